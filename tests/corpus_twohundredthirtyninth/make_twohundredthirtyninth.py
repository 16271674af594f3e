# ruff: noqa
"""Build corpus 239 (Nerea Castillo-Whitmore) from the hand-written specs in msgs239_*.py.

Run from the repository root:  python tests/corpus_twohundredthirtyninth/make_twohundredthirtyninth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every written message is parsed again with the default policy and checked: no defects, the
subject and every text body come back exactly as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs239_acks  # noqa: E402
import msgs239_invites  # noqa: E402
import msgs239_other  # noqa: E402
import msgs239_rejections  # noqa: E402
from msgs239_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
CET_DST = (datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc),
           datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc))
LANG_TZ = {"en": "uk", "es": "cet", "fr": "cet", "de": "cet"}
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=998)


# ---------------------------------------------------------------- dates

def _offset(zone: str, naive: datetime) -> timezone:
    if zone.startswith(("+", "-")):
        sign = 1 if zone[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    if zone == "utc":
        return timezone.utc
    base = {"cet": 1, "uk": 0}[zone]
    # decide DST on the approximate UTC instant
    approx = (naive - timedelta(hours=base)).replace(tzinfo=timezone.utc)
    dst = CET_DST[0] <= approx < CET_DST[1]
    return timezone(timedelta(hours=base + (1 if dst else 0)))


def make_date(spec: dict) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("tz") or LANG_TZ[spec["lang"]]
    return naive.replace(tzinfo=_offset(zone, naive), second=int(spec.get("sec", 0)))


# ---------------------------------------------------------------- header encoding

_PHRASE_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    if ch in _PHRASE_SAFE:
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encode_words(text: str, charset: str, method: str) -> str:
    """RFC 2047 encoded words (<= 75 chars each), joined by folding whitespace."""
    text.encode(charset)  # fails loudly when the charset cannot carry the text
    head = f"=?{charset}?{method}?"
    words, chunk = [], ""
    limit = 75 - len(head) - 2
    for ch in text:
        candidate = chunk + ch
        if method == "Q":
            size = len("".join(_q_char(c, charset) for c in candidate))
        else:
            size = len(base64.b64encode(candidate.encode(charset)))
        if size > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = candidate
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        if method == "Q":
            body = "".join(_q_char(c, charset) for c in w)
        else:
            body = base64.b64encode(w.encode(charset)).decode("ascii")
        out.append(f"{head}{body}?=")
    return "\n ".join(out)


def fold_ascii(name: str, value: str) -> str:
    """Fold a long ASCII header value at spaces."""
    line, lines = f"{name}: ", []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 78 and line.strip() and not line.endswith(": "):
            lines.append(line.rstrip(" "))
            line = " "
        line += word + " "
    lines.append(line.rstrip(" "))
    return "\n".join(lines)


_PREFIXES = ("Re: ", "RE: ", "AW: ", "Aw: ", "WG: ", "TR: ", "Fwd: ", "FW: ", "RV: ", "Rép. : ")


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_ascii("Subject", subject)
    charset, method = enc or ("utf-8", "Q")
    prefix = ""
    for p in _PREFIXES:
        if subject.startswith(p) and p.isascii():
            prefix, subject = p, subject[len(p):]
            break
    return f"Subject: {prefix}" + encode_words(subject, charset, method)


def fmt_addr(entry: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = entry
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    charset, method = enc or ("utf-8", "Q")
    return f"{encode_words(name, charset, method)} <{addr}>"


def addr_list(entries, enc=None) -> str:
    if isinstance(entries, tuple):
        entries = [entries]
    return ",\n ".join(fmt_addr(e, enc) for e in entries)


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, charset: str, cte: str | None) -> Message:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() and max(map(len, text.split("\n"))) < 900 else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit part with non-ASCII text"
        payload = text
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


# ---------------------------------------------------------------- PDF

def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    stream = b"BT /F1 11 Tf 60 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + _pdf_str(line) + b") Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (corpus239) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------- iCalendar

_VTZ = {
    "cet": ("+0100", "+0200", "CET", "CEST", "030000", "020000"),
    "uk": ("+0000", "+0100", "GMT", "BST", "020000", "010000"),
}
_TZKIND = {"Europe/Madrid": "cet", "Europe/Paris": "cet", "Europe/Berlin": "cet",
           "Europe/London": "uk"}


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(ev: dict, stamp: datetime) -> str:
    tzid = ev.get("tz", "Europe/Madrid")
    std, dst, sname, dname, sstart, dstart = _VTZ[_TZKIND[tzid]]
    start = datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ev.get("minutes", 45))
    method = ev.get("method", "REQUEST")
    status = ev.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    org_name, org_addr = ev["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ev.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:19701025T{sstart}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:19700329T{dstart}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_escape(ev['summary'])}",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ev['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE[1]}",
    ]
    for name, addr in ev.get("attendees", []):
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [f for line in lines for f in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- one message

def build(spec: dict, n: int, msgids: dict[str, str], refs: dict[str, list[str]]):
    kind, slug = spec["kind"], spec["slug"]
    tag = f"{kind[:3]}{n:03d}"
    date = make_date(spec)
    frm = spec["frm"]
    domain = spec.get("mid_domain") or frm[1].split("@", 1)[1]
    digest = hashlib.sha1(f"239/{kind}/{slug}".encode()).hexdigest()[:10]
    msgid = f"<{date:%Y%m%d%H%M%S}.{digest}.{slug}@{domain}>"
    if spec.get("tid"):
        msgids[spec["tid"]] = msgid

    charset = spec.get("charset", "utf-8")
    texts: list[str] = []  # every text part, in MIME order, for the round-trip check
    body_parts: list[Message] = []
    if spec.get("text") is not None:
        body_parts.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        texts.append(spec["text"])
    if spec.get("html") is not None:
        body_parts.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                    spec.get("html_cte")))
        texts.append(spec["html"])
    inline_cal, attachments = [], []
    for att in spec.get("attach", []):
        if att["type"] == "ics":
            ics = make_ics(att, date)
            part = text_part(ics, "calendar", "utf-8", att.get("cte"))
            part.set_param("method", att.get("method", "REQUEST"))
            if att.get("inline"):
                inline_cal.append(part)
            else:
                part.add_header("Content-Disposition", "attachment",
                                filename=att.get("name", "invite.ics"))
                attachments.append(part)
            texts.append(ics)
        elif att["type"] == "pdf":
            part = MIMEApplication(make_pdf(att.get("title", att["name"]), att["lines"]), "pdf",
                                   policy=COMPAT)
            name = att["name"]
            if name.isascii():
                part.add_header("Content-Disposition", "attachment", filename=name)
            else:
                part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            attachments.append(part)
        else:
            raise ValueError(att["type"])
    # text parts order: plain, html, inline calendars, attached calendars
    texts = ([t for t in texts[:len(body_parts)]]
             + [make_ics(a, date) for a in spec.get("attach", []) if a["type"] == "ics" and a.get("inline")]
             + [make_ics(a, date) for a in spec.get("attach", []) if a["type"] == "ics" and not a.get("inline")])

    alt = body_parts + inline_cal
    if len(alt) == 1:
        body = alt[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_alt_{tag}_239", policy=COMPAT)
        for p in alt:
            body.attach(p)
    if attachments:
        root = MIMEMultipart("mixed", boundary=f"=_mix_{tag}_239", policy=COMPAT)
        root.attach(body)
        for p in attachments:
            root.attach(p)
    else:
        root = body
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"

    lines = [f"From: {fmt_addr(frm, spec.get('name_enc'))}"]
    lines.append(f"To: {addr_list(spec.get('to', [CANDIDATE]), spec.get('to_enc'))}")
    if spec.get("cc"):
        lines.append(f"Cc: {addr_list(spec['cc'])}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {addr_list(spec['reply_to'], spec.get('reply_enc'))}")
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"Message-ID: {msgid}")
    chain: list[str] = []
    if spec.get("parent"):
        parent = spec["parent"]
        chain = refs.get(parent, []) + [msgids[parent]]
        lines.append(f"In-Reply-To: {msgids[parent]}")
        lines.append(fold_ascii("References", " ".join(chain)))
    if spec.get("tid"):
        refs[spec["tid"]] = chain
    for name, value in spec.get("headers", []):
        assert value.isascii(), f"header {name} must be ASCII"
        lines.append(fold_ascii(name, value))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=COMPAT).flatten(root)
    data = ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()
    return data, texts


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(path: Path, spec: dict, texts: list[str]) -> None:
    parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in parsed.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    for name, value in parsed.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name} defects {value.defects}")
    if str(parsed["subject"]) != spec["subject"]:
        problems.append(f"subject {parsed['subject']!r} != {spec['subject']!r}")
    got = [part.get_content() for part in parsed.walk() if part.get_content_maintype() == "text"]
    if [_norm(g) for g in got] != [_norm(t) for t in texts]:
        problems.append("bodies do not round-trip")
    if parsedate_to_datetime(str(parsed["date"])).year != 2026:
        problems.append("date not 2026")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs239_rejections.MESSAGES + msgs239_invites.MESSAGES + msgs239_acks.MESSAGES
             + msgs239_other.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels_path = HERE / "labels.csv"
    if labels_path.exists():
        labels_path.unlink()
    # numbering per kind follows the order the specs are written in
    counters: dict[str, int] = {}
    numbered = []
    for spec in specs:
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        numbered.append((counters[spec["kind"]], spec))
    # build in date order so every parent has its Message-ID before its replies
    msgids: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    rows = []
    for n, spec in sorted(numbered, key=lambda x: make_date(x[1])):
        try:
            data, texts = build(spec, n, msgids, refs)
        except Exception as error:
            raise SystemExit(f"{spec['kind']}/{spec['slug']}: {type(error).__name__}: {error}")
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(path, spec, texts)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort(key=lambda r: (KIND_ORDER.index(r[1]), r[0]))
    with labels_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")
    table: dict[str, dict[str, int]] = {}
    for r in rows:
        table.setdefault(r[1], {}).setdefault(r[4], 0)
        table[r[1]][r[4]] += 1
    for kind in KIND_ORDER:
        counts = table.get(kind, {})
        print(f"  {kind:32} " + " ".join(f"{l}={counts.get(l, 0):3d}" for l in ("es", "en", "fr", "de"))
              + f"  total={sum(counts.values())}")


if __name__ == "__main__":
    main()
