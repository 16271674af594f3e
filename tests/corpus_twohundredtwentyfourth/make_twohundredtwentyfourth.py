"""Build corpus 224 from the hand-written specs in the msgs224_* modules.

Run from the repository root:

    python tests/corpus_twohundredtwentyfourth/make_twohundredtwentyfourth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this
folder. Every written message is parsed back with the default policy and checked: no
defects, the subject, the sender's display name and the text bodies survive the trip.
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
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs224_acks  # noqa: E402
import msgs224_invites  # noqa: E402
import msgs224_other  # noqa: E402
import msgs224_rejections  # noqa: E402
from msgs224_common import CAND  # noqa: E402

KIND_LISTS = [
    ("rejection", msgs224_rejections.REJECTION),
    ("interview_invitation", msgs224_invites.INTERVIEW_INVITATION),
    ("interview_reschedule_or_cancel", msgs224_invites.INTERVIEW_RESCHEDULE_OR_CANCEL),
    ("missed_interview_notice", msgs224_invites.MISSED_INTERVIEW_NOTICE),
    ("application_received", msgs224_acks.APPLICATION_RECEIVED),
    ("offer", msgs224_acks.OFFER),
    ("other", msgs224_other.OTHER),
]
CODECS = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
          "us-ascii": "ascii"}
SPEC_KEYS = {
    "slug", "lang", "company", "contact", "key", "parent", "date", "frm", "name_cs", "to",
    "cc", "reply_to", "subject", "subj_cs", "text", "html", "charset", "cte", "html_cte",
    "html_charset", "ics", "ics_as", "pdfs", "headers",
}


# ---------------------------------------------------------------- headers

def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """text as RFC 2047 encoded words of at most 75 characters, folded."""
    codec = CODECS[charset]
    prefix, words, current = f"=?{charset}?{enc}?", [], ""

    def encode(chunk: str) -> str:
        raw = chunk.encode(codec)
        return _q_encode(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")

    for ch in text:
        if current and len(prefix) + len(encode(current + ch)) + 2 > 75:
            words.append(current)
            current = ch
        else:
            current += ch
    words.append(current)
    return "\n ".join(f"{prefix}{encode(word)}?=" for word in words)


def mailbox(name: str | None, addr: str, cs: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if not name.isascii() or cs:
        return f"{encoded_words(name, *(cs or ('utf-8', 'Q')))} <{addr}>"
    if any(ch in name for ch in '()<>@,;:\\".[]'):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def mailboxes(value) -> str:
    if isinstance(value, tuple):
        value = [value]
    return ",\n ".join(mailbox(name, addr) for name, addr in value)


# ---------------------------------------------------------------- parts

def body_payload(text: str, charset: str, cte: str) -> str:
    raw = text.encode(CODECS[charset])
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(subtype: str, text: str, charset: str, cte: str | None) -> Message:
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(body_payload(text, charset, cte))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    node = Message()
    node["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        node.attach(part)
    return node


def _pdf_text(line: str) -> str:
    out = []
    for byte in line.encode("cp1252", errors="replace"):
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF with the lines in Helvetica."""
    text = ["BT", "/F1 15 Tf", "56 790 Td", "20 TL", f"({_pdf_text(title)}) Tj", "T*",
            "/F1 10 Tf", "14 TL"]
    for line in lines:
        text += [f"({_pdf_text(line)}) Tj", "T*"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (corpus224) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def attachment(mime: str, filename: str, data: bytes) -> Message:
    part = Message()
    part["Content-Type"] = f'{mime}; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


# ---------------------------------------------------------------- iCalendar

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (74 if out else 75):
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


def make_ics(spec: dict, sent: datetime) -> tuple[str, str]:
    """(method, calendar text with CRLF line ends) for the spec's "ics" entry."""
    cal = spec["ics"]
    method = cal["method"]
    tz = cal.get("tz", "Europe/Berlin")

    def local(stamp: str) -> str:
        return datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    organizer_name, organizer_addr = cal["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}",
             *VTIMEZONE.format(tz=tz).split("\n"), "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
             f"DTSTAMP:{sent.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID={tz}:{local(cal['start'])}", f"DTEND;TZID={tz}:{local(cal['end'])}",
             f"SUMMARY:{_ics_escape(cal['summary'])}"]
    if cal.get("location"):
        lines.append(f"LOCATION:{_ics_escape(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(cal['description'])}")
    lines.append(f'ORGANIZER;CN="{organizer_name}":mailto:{organizer_addr}')
    for name, addr in cal.get("attendees", [CAND]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else cal.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _fold(line)]
    return method, "\r\n".join(folded) + "\r\n"


def calendar_part(method: str, ics: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(ics.encode("utf-8")).decode("ascii"))
    return part


# ---------------------------------------------------------------- whole messages

def ending(text: str) -> str:
    return text.strip("\n") + "\n"


def build_body(spec: dict, tag: str, sent: datetime) -> Message:
    charset = spec.get("charset", "utf-8")
    alternatives = []
    if spec.get("text"):
        alternatives.append(text_part("plain", ending(spec["text"]), charset, spec.get("cte")))
    if spec.get("html"):
        alternatives.append(text_part("html", ending(spec["html"]),
                                      spec.get("html_charset", charset), spec.get("html_cte")))
    attachments = []
    if spec.get("ics"):
        method, ics = make_ics(spec, sent)
        how = spec.get("ics_as", "alt")
        if how in ("alt", "both"):
            alternatives.append(calendar_part(method, ics))
        if how in ("attach", "both"):
            attachments.append(attachment("application/ics", "invite.ics", ics.encode("utf-8")))
    for filename, title, lines in spec.get("pdfs", []):
        attachments.append(attachment("application/pdf", filename, make_pdf(title, lines)))
    body = (alternatives[0] if len(alternatives) == 1
            else multipart("alternative", f"=_224{tag}_alt", alternatives))
    if attachments:
        body = multipart("mixed", f"=_224{tag}_mix", [body, *attachments])
    return body


def header_block(spec: dict, mid: str, parents: list[str], sent: datetime) -> str:
    name, addr = spec["frm"]
    lines = [f"From: {mailbox(name, addr, spec.get('name_cs'))}"]
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {mailboxes(spec['reply_to'])}")
    lines.append(f"To: {mailboxes(spec.get('to', [CAND]))}")
    if spec.get("cc"):
        lines.append(f"Cc: {mailboxes(spec['cc'])}")
    subject = spec["subject"]
    if not subject.isascii() or spec.get("subj_cs"):
        subject = encoded_words(subject, *(spec.get("subj_cs") or ("utf-8", "Q")))
    lines += [f"Subject: {subject}", f"Date: {format_datetime(sent)}", f"Message-ID: {mid}"]
    if parents:
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append("References: " + "\n ".join(parents))
    for hname, value in spec.get("headers", []):
        lines.append(f"{hname}: {value}")
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n"


def serialize(part: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(part)
    return out.getvalue()


def check(path: Path, spec: dict) -> None:
    """Parse the written file back and compare it with its spec."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = [f"{part.get_content_type()}: {part.defects}" for part in msg.walk()
                if part.defects]
    assert not problems, f"{path}: defects {problems}"
    assert str(msg["subject"]) == spec["subject"], (path, str(msg["subject"]))
    name, addr = spec["frm"]
    parsed = msg["from"].addresses[0]
    assert (parsed.display_name or None, parsed.addr_spec) == (name or None, addr), (
        path, parsed)
    bodies = {part.get_content_subtype(): part.get_content() for part in msg.walk()
              if part.get_content_maintype() == "text"
              and part.get_content_disposition() != "attachment"}
    for subtype in ("plain", "html"):
        wanted = spec.get("text" if subtype == "plain" else "html")
        if wanted:
            assert bodies.get(subtype) == ending(wanted), (path, subtype)
    if spec.get("ics"):
        calendars = [part.get_content() if part.get_content_maintype() == "text"
                     else part.get_content().decode("utf-8") for part in msg.walk()
                     if part.get_content_type() in ("text/calendar", "application/ics")]
        assert calendars and all(f"METHOD:{spec['ics']['method']}" in c for c in calendars)
    pdfs = [part for part in msg.walk() if part.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("pdfs", []))
    for part in pdfs:
        assert part.get_content().startswith(b"%PDF-1.4")


def main() -> None:
    entries = []
    for kind, specs in KIND_LISTS:
        for number, spec in enumerate(specs, start=1):
            unknown = set(spec) - SPEC_KEYS
            assert not unknown, (kind, number, unknown)
            entries.append((kind, number, spec))

    message_ids, by_key = {}, {}
    for kind, number, spec in entries:
        digest = hashlib.sha1(f"224/{kind}/{spec['slug']}".encode()).hexdigest()[:16]
        domain = spec["frm"][1].split("@")[1]
        mid = f"<{digest}.{number:03d}.c224@{domain}>"
        message_ids[(kind, number)] = mid
        if spec.get("key"):
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = (kind, number, spec)

    def ancestry(spec: dict) -> list[str]:
        chain, seen = [], set()
        while spec.get("parent"):
            assert spec["parent"] not in seen, spec["parent"]
            seen.add(spec["parent"])
            pkind, pnumber, spec = by_key[spec["parent"]]
            chain.insert(0, message_ids[(pkind, pnumber)])
        return chain

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for kind, number, spec in entries:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        rel = f"{kind}/{number:03d}_{spec['slug']}.eml"
        sent = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
        assert sent.year == 2026 and 1 <= sent.month <= 10, rel
        tag = f"{kind[:3]}{number:03d}"
        body = build_body(spec, tag, sent)
        data = header_block(spec, message_ids[(kind, number)], ancestry(spec), sent).encode(
            "ascii") + serialize(body)
        (HERE / rel).write_bytes(data)
        check(HERE / rel, spec)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages and labels.csv")


if __name__ == "__main__":
    main()
