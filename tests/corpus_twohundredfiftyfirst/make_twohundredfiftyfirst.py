"""Build corpus 251 (blind, hand-written) from the msgs251_* spec modules.

Run from the repository root:

    python tests/corpus_twohundredfiftyfirst/make_twohundredfiftyfirst.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this
folder, then re-parses every written message and checks it (no defects, subject and bodies
round-trip, labels consistent).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import sys
from email import charset as _charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs251_acks  # noqa: E402
import msgs251_invites  # noqa: E402
import msgs251_other  # noqa: E402
import msgs251_rejections  # noqa: E402
from msgs251_common import CAND, CANDIDATE_ADDR, html_to_text  # noqa: E402

KINDS = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
LANGS = {"en", "de", "fr", "es"}
LEGAL = ("GmbH", "AG", "SA", "S.A.", "S.L.", "SL", "Ltd", "Limited", "Inc", "SAS", "SARL",
         "LLC", "plc", "e.V.", "KG", "S.L.U.")


# --- dates -----------------------------------------------------------------

def _summer(day: dt.date) -> bool:
    """European summer time 2026: 29 March to 25 October."""
    return dt.date(2026, 3, 29) <= day < dt.date(2026, 10, 25)


def make_date(spec: dict) -> dt.datetime:
    local = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz")
    if tz is None:
        region = spec.get("region") or ("uk" if spec["lang"] == "en" else "cet")
        minutes = (0 if region == "uk" else 60) + (60 if _summer(local.date()) else 0)
    else:
        sign = -1 if tz[0] == "-" else 1
        minutes = sign * (int(tz[1:3]) * 60 + int(tz[3:5]))
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))


# --- headers ---------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(
            "_" if b == 0x20 else (chr(b) if b in _Q_SAFE else f"={b:02X}") for b in raw
        )
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 66) -> list[str]:
    """Split text into RFC 2047 encoded words no longer than limit characters."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_word(chunk + ch, charset, enc)) > limit:
            words.append(_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_word(chunk, charset, enc))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII unstructured header at spaces to lines of at most 78 characters."""
    line = f"{name}:"
    lines = []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip() and line != f"{name}:":
            lines.append(line)
            line = " " + token
        else:
            line = f"{line} {token}"
    lines.append(line)
    return "\n".join(lines)


def subject_header(spec: dict) -> str:
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold_plain("Subject", subject)
    return "Subject: " + "\n ".join(encoded_words(subject, *enc))


def _addr(entry: tuple[str, str] | str, enc: tuple[str, str] | None) -> str:
    if isinstance(entry, str):
        return entry
    name, addr = entry
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    words = encoded_words(name, *(enc or ("utf-8", "Q")), limit=60)
    return "\n ".join(words) + f" <{addr}>"


def address_header(name: str, entries: list, enc: tuple[str, str] | None) -> str:
    return f"{name}: " + ",\n ".join(_addr(e, enc) for e in entries)


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, (tuple, str)):
        return [value]
    return list(value)


# --- bodies ----------------------------------------------------------------

def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = _charset.Charset(charset)
    cs.body_encoding = {"quoted-printable": _charset.QP, "base64": _charset.BASE64}.get(cte)
    return MIMEText(body, subtype, cs)


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def _utc(spec_local: str, tz_minutes: int) -> str:
    local = dt.datetime.strptime(spec_local, "%Y-%m-%d %H:%M")
    return (local - dt.timedelta(minutes=tz_minutes)).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, sent: dt.datetime) -> str:
    """A small valid iCalendar object (times in UTC)."""
    offset = ics.get("offset")
    if offset is None:
        region = ics.get("region", "uk")
        day = dt.datetime.strptime(ics["start"], "%Y-%m-%d %H:%M").date()
        offset = (0 if region == "uk" else 60) + (60 if _summer(day) else 0)
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus251//Calendar 1.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{sent.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{_utc(ics['start'], offset)}",
        f"DTEND:{_utc(ics['end'], offset)}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    lines.append(
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}"
    )
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(ln) for ln in lines) + "\r\n"


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF with the given lines in Helvetica (WinAnsi)."""
    content = "BT\n/F1 11 Tf\n14 TL\n72 780 Td\n"
    content += "".join(f"({_pdf_escape(ln)}) '\n" for ln in lines) + "ET\n"
    stream = content.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title (" + _pdf_escape(title).encode("cp1252") + b") /Producer (corpus251) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def build_body(spec: dict, sent: dt.datetime, tag: str, expected: list) -> MIMEBase:
    """The MIME tree of one message; expected collects (subtype, text) to check later."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit")
    html = spec.get("html")
    text = spec.get("text")
    if text == "auto":
        text = html_to_text(html)
    alternatives = []
    if text is not None:
        alternatives.append(text_part(text, "plain", charset, cte))
        expected.append(("plain", text))
    if html is not None:
        html_charset = spec.get("html_charset", charset)
        if html_charset != "utf-8":
            html = html.replace('charset="utf-8"', f'charset="{html_charset}"')
            html = html.replace("charset=utf-8", f"charset={html_charset}")
        alternatives.append(text_part(html, "html", html_charset, spec.get("html_cte", cte)))
        expected.append(("html", html))
    ics = spec.get("ics")
    if ics and ics.get("inline", True):
        cal = text_part(make_ics(ics, sent), "calendar", "utf-8", ics.get("cte", "base64"))
        cal.set_param("method", ics.get("method", "REQUEST"))
        alternatives.append(cal)
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_alt_{tag}", _subparts=alternatives)

    attachments = []
    if ics and not ics.get("inline", True):
        data = make_ics(ics, sent).encode("utf-8")
        part = MIMEApplication(data, "ics")
        part.add_header("Content-Disposition", "attachment",
                        filename=ics.get("filename", "invite.ics"))
        attachments.append(part)
    for att in spec.get("attach", []):
        if "pdf" in att:
            part = MIMEApplication(make_pdf(att["lines"], att.get("title", att["pdf"])), "pdf")
            name = att["pdf"]
            if name.isascii():
                part.add_header("Content-Disposition", "attachment", filename=name)
            else:
                part.add_header("Content-Disposition", "attachment",
                                filename=("utf-8", "", name))
            attachments.append(part)
        elif "rfc822" in att:
            inner_bytes, _ = render(att["rfc822"], tag + "_inner", [])
            inner = email.message_from_bytes(inner_bytes)
            attachments.append(MIMEMessage(inner))
    root = body if not attachments else MIMEMultipart(
        "mixed", boundary=f"=_mix_{tag}", _subparts=[body, *attachments])
    _strip_mime_version(root, top=True)
    return root


def _strip_mime_version(part: MIMEBase, top: bool) -> None:
    """Only the top-level header block carries MIME-Version (as mail programs write it)."""
    if not top:
        del part["MIME-Version"]
    if part.get_content_maintype() == "multipart":
        for sub in part.get_payload():
            _strip_mime_version(sub, top=False)


# --- one message -----------------------------------------------------------

MIDS: dict[str, str] = {}
PARENTS: dict[str, list[str]] = {}


def message_id(spec: dict, sent: dt.datetime) -> str:
    frm = spec["frm"]
    addr = frm if isinstance(frm, str) else frm[1]
    domain = addr.split("@", 1)[1]
    digest = hashlib.sha1(f"251/{spec['kind']}/{spec['name']}".encode()).hexdigest()[:12]
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{digest}@{domain}>"


def render(spec: dict, tag: str, expected: list) -> tuple[bytes, str]:
    sent = make_date(spec)
    mid = message_id(spec, sent)
    lines = [address_header("From", _as_list(spec["frm"]), spec.get("frm_enc"))]
    lines.append(address_header("To", _as_list(spec.get("to", CAND)), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", _as_list(spec["cc"]), spec.get("cc_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", _as_list(spec["reply_to"]),
                                    spec.get("reply_to_enc")))
    lines.append(subject_header(spec))
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"Message-ID: {mid}")
    parent = spec.get("parent")
    if parent:
        chain = [*PARENTS.get(parent, []), MIDS[parent]]
        lines.append(f"In-Reply-To: {MIDS[parent]}")
        lines.append("References: " + "\n ".join(chain))
        if spec.get("key"):
            PARENTS[spec["key"]] = chain
    if spec.get("key"):
        MIDS[spec["key"]] = mid
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value) if " " in value else f"{name}: {value}")
    body = build_body(spec, sent, tag, expected)
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=78).flatten(body)
    head = "\n".join(lines).encode("ascii") + b"\n"
    return head + buffer.getvalue(), mid


# --- checks ----------------------------------------------------------------

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def verify(path: Path, spec: dict, expected: list) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        for name, value in part.items():
            problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    seen = [(p.get_content_subtype(), p.get_content()) for p in msg.walk()
            if p.get_content_type() in ("text/plain", "text/html")]
    for (subtype, want), (got_sub, got) in zip(expected, seen, strict=False):
        if subtype != got_sub or _norm(want) != _norm(got):
            problems.append(f"{subtype} body does not round-trip")
    if len(seen) < len(expected):
        problems.append("missing body parts")
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    for required in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[required] is None:
            problems.append(f"no {required}")
    frm = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("From", [])])]
    reply = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
    contact = spec.get("contact", "")
    if contact and contact not in frm + reply:
        problems.append(f"contact {contact} not in From/Reply-To")
    if CANDIDATE_ADDR in frm and (contact or spec["kind"] != "other"):
        problems.append("candidate's own mail must be other with no contact")
    if spec["kind"] != "other" and not spec.get("company"):
        problems.append("job mail needs a company")
    if spec["kind"] == "other" and spec.get("company"):
        problems.append("other must have no company")
    company = spec.get("company", "")
    if any(company.endswith(" " + form) for form in LEGAL):
        problems.append("company with legal form")
    if spec["lang"] not in LANGS:
        problems.append("bad language")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    specs = (msgs251_rejections.MESSAGES + msgs251_invites.MESSAGES + msgs251_acks.MESSAGES
             + msgs251_other.MESSAGES)
    # Threads may point at messages from any module: render in date order.
    numbered = []
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        assert spec["kind"] in KINDS, spec["name"]
        counters[spec["kind"]] += 1
        numbered.append((spec, f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"))
    rows = []
    mids = set()
    for spec, rel in sorted(numbered, key=lambda item: make_date(item[0])):
        expected: list = []
        tag = hashlib.sha1(rel.encode()).hexdigest()[:16]
        try:
            data, mid = render(spec, tag, expected)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        assert mid not in mids, f"duplicate Message-ID {mid}"
        mids.add(mid)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(path, spec, expected)
        rows.append((rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]))
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(sorted(LANGS), 0) for k in KINDS}
    for _, kind, _, _, lang in rows:
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{lang:>3}" for lang in sorted(LANGS)) + "  all")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32} " + " ".join(f"{counts[lang]:>3}" for lang in sorted(LANGS))
              + f"  {sum(counts.values()):>3}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in sorted(LANGS)}
    print(f"{'all':32} " + " ".join(f"{totals[lang]:>3}" for lang in sorted(LANGS))
          + f"  {len(rows):>3}")


if __name__ == "__main__":
    main()
