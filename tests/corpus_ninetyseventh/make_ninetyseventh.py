"""Build the ninety-seventh labelled corpus from the hand-written specs in msgs97_*.py.

Run from anywhere: `python tests/corpus_ninetyseventh/make_ninetyseventh.py`. It deletes the
.eml files and labels.csv it wrote before (only inside this folder), then writes
<kind>/<nnn>_<scenario>.eml and labels.csv again. Standard library only.

A spec is a dict; the keys it may carry:
  kind, scenario, company, contact, lang          the labels (and the file name)
  sender=(name, addr), reply_to=(name, addr)      From and Reply-To (name may be "")
  to=[(name, addr)], cc=[(name, addr)]            default To is the candidate
  subject, date="YYYY-MM-DD HH:MM", tz="+0100"    tz defaults to Brussels time for that day
  structure: plain | html | alt | mixed | calendar
  text, html                                      the bodies (mixed/calendar use text, html if any)
  charset (utf-8 | iso-8859-1 | windows-1252), cte (quoted-printable | 8bit | base64 | 7bit)
  html_cte                                        transfer encoding of the HTML part if different
  header_charset                                  charset of RFC 2047 words (default: charset)
  b_words                                         RFC 2047 words in base64 ("B") rather than "Q"
  msgid, in_reply_to, references=[...]            threading
  list_id, list_unsubscribe, list_post            mailing-list headers
  auto_submitted, headers={...}                   anything else, verbatim
  attachments=[(filename, [lines])]               small PDFs
  calendar={method, uid, sequence, start, end, summary, location, organizer, cte}
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs97_acks  # noqa: E402
import msgs97_invites  # noqa: E402
import msgs97_other  # noqa: E402
import msgs97_rejections  # noqa: E402
from msgs97_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
STRUCTURES = {"plain", "html", "alt", "mixed", "calendar"}
POLICY = compat32.clone(linesep="\n", max_line_length=78)


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _brussels_offset(moment: datetime) -> str:
    summer_start = _last_sunday(moment.year, 3).replace(hour=2)
    summer_end = _last_sunday(moment.year, 10).replace(hour=3)
    return "+0200" if summer_start <= moment < summer_end else "+0100"


def _date(spec: dict) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    if "second" in spec:
        local = local.replace(second=spec["second"])
    else:
        local = local.replace(second=int(hashlib.sha1(spec["scenario"].encode()).hexdigest()[:2], 16) % 60)
    tz = spec.get("tz") or _brussels_offset(local)
    sign = 1 if tz[0] == "+" else -1
    delta = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return local.replace(tzinfo=timezone(delta))


def _charset(name: str, b_words: bool) -> Charset:
    """The charset for RFC 2047 words; `b_words` asks for base64 ("B") words instead of "Q"."""
    charset = Charset(name)
    if b_words:
        charset.header_encoding = BASE64
    elif name != "utf-8":
        charset.header_encoding = QP
    return charset


def _words(text: str, charset: Charset, name: str) -> str | Header:
    """A header value: ASCII as is, otherwise RFC 2047 encoded words in the given charset."""
    if text.isascii():
        return text
    return Header(text, charset, header_name=name)


def _addresses(pairs: list[tuple[str, str]], charset: Charset, header: str) -> str | Header:
    """An address header; display names outside ASCII become RFC 2047 words in `charset`."""
    if all(name.isascii() for name, _ in pairs):
        return ", ".join(formataddr((name, addr)) if name else addr for name, addr in pairs)
    value = Header(header_name=header)
    for index, (name, addr) in enumerate(pairs):
        sep = "," if index < len(pairs) - 1 else ""
        if name and not name.isascii():
            value.append(name, charset)
            value.append(f"<{addr}>{sep}", "us-ascii")
        else:
            value.append((formataddr((name, addr)) if name else addr) + sep, "us-ascii")
    return value


def _text_part(body: str, subtype: str, charset: str, cte: str) -> Message:
    data = body.encode(charset)  # raises if the text does not fit the declared charset
    part = Message(policy=POLICY)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit" and not data.isascii():
            raise ValueError("7bit part with non-ASCII text")
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def tiny_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows the given lines."""
    def esc(s: str) -> str:
        return _ascii(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 72 770 Td 14 TL\n" + "".join(f"({esc(line)}) '\n" for line in lines) + "ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode())} >>\nstream\n{stream}endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _ics(cal: dict, spec: dict) -> str:
    stamp = _date(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal.get('tzid', 'Romance Standard Time')}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{CANDIDATE[0]}\":mailto:{CANDIDATE[1]}",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={cal.get('tzid', 'Romance Standard Time')}:{cal['start']}",
        f"DTEND;TZID={cal.get('tzid', 'Romance Standard Time')}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal['location']}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:  # RFC 5545: content lines longer than 75 octets are folded
        while len(line.encode()) > 75:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def _body(spec: dict) -> Message:
    structure = spec["structure"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte") or ("8bit" if structure == "plain" else "quoted-printable")
    html_cte = spec.get("html_cte", cte)
    if structure == "plain":
        return _text_part(spec["text"], "plain", charset, cte)
    if structure == "html":
        return _text_part(spec["html"], "html", charset, html_cte)
    if structure == "alt":
        alt = MIMEMultipart("alternative", policy=POLICY)
        alt.attach(_text_part(spec["text"], "plain", charset, cte))
        alt.attach(_text_part(spec["html"], "html", charset, html_cte))
        return alt
    if structure == "calendar":
        cal = spec["calendar"]
        alt = MIMEMultipart("alternative", policy=POLICY)
        alt.attach(_text_part(spec["text"], "plain", charset, cte))
        if "html" in spec:
            alt.attach(_text_part(spec["html"], "html", charset, html_cte))
        ics = _ics(cal, spec)
        part = Message(policy=POLICY)
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={cal["method"]}'
        ics_cte = cal.get("cte", "base64")
        part["Content-Transfer-Encoding"] = ics_cte
        data = ics.encode("utf-8")
        if ics_cte == "base64":
            part.set_payload(base64.encodebytes(data).decode("ascii"))
        elif ics_cte == "7bit" and not data.isascii():
            raise ValueError("7bit calendar with non-ASCII text")
        else:
            part.set_payload(data.decode("ascii", "surrogateescape"))
        alt.attach(part)
        if not cal.get("attach_ics"):
            return alt
        mixed = MIMEMultipart("mixed", policy=POLICY)
        mixed.attach(alt)
        invite = MIMEApplication(data, "ics", name="invite.ics", policy=POLICY)
        invite.add_header("Content-Disposition", "attachment", filename="invite.ics")
        mixed.attach(invite)
        return mixed
    if structure == "mixed":
        mixed = MIMEMultipart("mixed", policy=POLICY)
        if "html" in spec and "text" in spec:
            alt = MIMEMultipart("alternative", policy=POLICY)
            alt.attach(_text_part(spec["text"], "plain", charset, cte))
            alt.attach(_text_part(spec["html"], "html", charset, html_cte))
            mixed.attach(alt)
        elif "html" in spec:
            mixed.attach(_text_part(spec["html"], "html", charset, html_cte))
        else:
            mixed.attach(_text_part(spec["text"], "plain", charset, cte))
        for filename, lines in spec["attachments"]:
            pdf = MIMEApplication(tiny_pdf(lines), "pdf", policy=POLICY)
            pdf.add_header("Content-Disposition", "attachment", filename=filename)
            pdf.set_param("name", filename)
            mixed.attach(pdf)
        return mixed
    raise ValueError(structure)


def _msgid(spec: dict) -> str:
    if "msgid" in spec:
        return spec["msgid"]
    addr = spec["sender"][1]
    domain = addr.split("@", 1)[1]
    digest = hashlib.sha1((spec["scenario"] + spec["subject"] + spec["date"]).encode()).hexdigest()
    stamp = _date(spec).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest[:16]}@{domain}>"


def build(spec: dict) -> Message:
    structure = spec["structure"]
    if structure not in STRUCTURES:
        raise ValueError(f"{spec['scenario']}: structure {structure}")
    charset = spec.get("charset", "utf-8")
    hcs = _charset(spec.get("header_charset", charset), spec.get("b_words", False))
    msg = _body(spec)
    headers: list[tuple[str, str | Header]] = [
        ("From", _addresses([spec["sender"]], hcs, "From")),
    ]
    if spec.get("reply_to"):
        headers.append(("Reply-To", _addresses([spec["reply_to"]], hcs, "Reply-To")))
    headers.append(("To", _addresses(spec.get("to", [CANDIDATE]), hcs, "To")))
    if spec.get("cc"):
        headers.append(("Cc", _addresses(spec["cc"], hcs, "Cc")))
    headers += [
        ("Subject", _words(spec["subject"], hcs, "Subject")),
        ("Date", format_datetime(_date(spec))),
        ("Message-ID", _msgid(spec)),
    ]
    if spec.get("in_reply_to"):
        headers.append(("In-Reply-To", spec["in_reply_to"]))
        headers.append(("References", " ".join(spec.get("references") or [spec["in_reply_to"]])))
    if spec.get("list_id"):
        headers.append(("List-Id", spec["list_id"]))
    if spec.get("list_unsubscribe"):
        headers.append(("List-Unsubscribe", spec["list_unsubscribe"]))
        if spec.get("list_unsubscribe_post", True):
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if spec.get("list_post"):
        headers.append(("List-Post", spec["list_post"]))
    if spec.get("auto_submitted"):
        headers.append(("Auto-Submitted", spec["auto_submitted"]))
    for name, value in spec.get("headers", {}).items():
        headers.append((name, _words(value, hcs, name)))
    headers.append(("MIME-Version", "1.0"))
    # The body part carries its own Content-* headers; the envelope ones go in front of them.
    content = [(name, value) for name, value in msg.items() if name != "MIME-Version"]
    for name in list(msg.keys()):
        del msg[name]
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    for name, value in headers + content:
        if isinstance(value, str) and not value.isascii():
            raise ValueError(f"{spec['scenario']}: non-ASCII header {name}")
        msg[name] = value
    digest = hashlib.sha1(spec["scenario"].encode()).hexdigest()[:20]
    for index, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{index}_{digest}")
    return msg


def _serialise(msg: Message) -> bytes:
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(msg)
    return buffer.getvalue()


def main() -> None:
    specs = [*msgs97_rejections.MESSAGES, *msgs97_invites.MESSAGES, *msgs97_acks.MESSAGES,
             *msgs97_other.MESSAGES]
    built: list[tuple[str, bytes]] = []
    rows = []
    seen_ids: set[str] = set()
    seen_scenarios: set[str] = set()
    counters = dict.fromkeys(KIND_ORDER, 0)
    for spec in specs:  # build everything first: a bad spec must not leave a half-written corpus
        kind = spec["kind"]
        if kind not in counters:
            raise SystemExit(f"{spec['scenario']}: kind {kind}")
        if spec["scenario"] in seen_scenarios:
            raise SystemExit(f"duplicate scenario {spec['scenario']}")
        seen_scenarios.add(spec["scenario"])
        try:
            msg = build(spec)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['scenario']}: {error}") from error
        if msg["Message-ID"] in seen_ids:
            raise SystemExit(f"{spec['scenario']}: duplicate Message-ID")
        seen_ids.add(msg["Message-ID"])
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scenario']}.eml"
        built.append((rel, _serialise(msg)))
        rows.append({"file": rel, "kind": kind, "company": spec.get("company", ""),
                     "contact": spec.get("contact", ""), "language": spec["lang"]})
    for kind in KIND_ORDER:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    for rel, data in built:
        (HERE / rel).parent.mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
    rows.sort(key=lambda row: (KIND_ORDER.index(row["kind"]), row["file"]))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages written to {HERE}")


if __name__ == "__main__":
    main()
