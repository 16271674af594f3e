"""Turn the hand-written message specs of msgs121_*.py into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredtwentyfirst/make_hundredtwentyfirst.py
It writes and deletes files only inside its own folder (the seven kind folders and labels.csv).
Standard library only.

A spec is a dict. Keys:
  kind, scenario, company, contact, language   the labels (scenario names the file)
  sender (name, address)                       From
  reply_to, to, cc                             (name, address) or a list of them; To defaults to the candidate
  subject, date ("2026-03-04 10:12:00 +0000")
  structure   plain | html | alt | mixed
  text, html  the bodies (alt and mixed-with-html use both)
  charset, cte                                 body charset and Content-Transfer-Encoding
  hdr_charset, hdr_enc                         RFC 2047 charset and q/b for Subject and display names
  msgid, in_reply_to, references               threading; a Message-ID is derived when none is given
  headers                                      extra headers, in order (List-Id, Auto-Submitted, ...)
  calendar    dict(method, uid, sequence, stamp, start, end, summary, location, organizer, where=alt|attach|both)
  attachments list of dict(filename, lines) rendered as one-page PDFs
  returned    dict(From, To, Subject, Date, Message-ID, text): a returned message/rfc822 (bounces)
"""

from __future__ import annotations

import csv
import hashlib
import shutil
import sys
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs121_acks  # noqa: E402
import msgs121_invites  # noqa: E402
import msgs121_other  # noqa: E402
import msgs121_rejections  # noqa: E402
from msgs121_common import ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]


def encoded_words(text: str, charset: str, enc: str, header_name: str = "") -> str:
    """RFC 2047 encoded words of text in the given charset, Q or B, folded as a mailer would."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs, header_name=header_name).encode(linesep="\n")


def fold_words(name: str, text: str) -> str:
    """An ASCII header value folded at spaces so that no line passes 78 characters."""
    lines, line = [], ""
    room = 78 - len(name) - 2
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > room:
            lines.append(line)
            line, room = word, 77
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


def address_header(name: str, pairs: list[tuple[str, str]], spec: dict) -> str:
    """The raw value of an address header; display names that are not ASCII become encoded
    words in the spec's header charset (utf-8 unless told), one address per line when long."""
    charset = spec.get("hdr_charset", "utf-8")
    enc = spec.get("hdr_enc", "q")
    parts = []
    for display, addr in pairs:
        if display and not display.isascii():
            words = encoded_words(display, charset, enc)
            joiner = "\n " if len(name) + len(words) + len(addr) + 5 > 76 else " "
            parts.append(f"{words}{joiner}<{addr}>")
        else:
            whole = formataddr((display, addr))
            if display and len(name) + len(whole) + 2 > 78:
                whole = whole[: -len(addr) - 3] + f"\n <{addr}>"
            parts.append(whole)
    return ",\n ".join(parts)


def as_pairs(value) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)


def make_msgid(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    digest = hashlib.sha1((spec["kind"] + spec["scenario"] + spec["date"]).encode()).hexdigest()
    domain = spec["sender"][1].split("@")[1]
    return f"<{digest[:10]}.{digest[10:22]}.{digest[22:30]}@{domain}>"


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) that prints the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 60 780 Td 15 TL\n" + "".join(f"({esc(line)}) '\n" for line in lines) + "ET\n"
    stream = text.encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def ics_text(cal: dict, spec: dict) -> str:
    organizer_name, organizer = cal.get("organizer", spec["sender"])
    status = cal.get("status", "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART:{cal['start']}",
        f"DTEND:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal['location']}",
        f"ORGANIZER;CN=\"{organizer_name}\":mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{ME[0]}\":mailto:{ME[1]}",
        f"STATUS:{status}",
    ]
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{cal['description']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:  # RFC 5545: content lines longer than 75 octets are folded
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def build(spec: dict) -> EmailMessage:
    msg = EmailMessage()
    for name, value in (("From", spec["sender"]), ("Reply-To", spec.get("reply_to")),
                        ("To", spec.get("to", ME)), ("Cc", spec.get("cc"))):
        pairs = as_pairs(value)
        if pairs:
            msg.set_raw(name, address_header(name, pairs, spec))
    subject = spec["subject"]
    if subject.isascii():
        msg.set_raw("Subject", fold_words("Subject", subject))
    else:
        msg.set_raw("Subject", encoded_words(subject, spec.get("hdr_charset", "utf-8"), spec.get("hdr_enc", "q"), "Subject"))
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S %z"))
    msg["Message-ID"] = make_msgid(spec)
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = " ".join(spec.get("references") or [spec["in_reply_to"]])
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    structure = spec["structure"]
    cal = spec.get("calendar")
    if structure == "plain":
        msg.set_content(spec["text"], charset=charset, cte=cte)
    elif structure == "html":
        msg.set_content(spec["html"], subtype="html", charset=charset, cte=cte)
    elif structure in ("alt", "mixed"):
        if spec.get("text") is not None:
            msg.set_content(spec["text"], charset=charset, cte=cte)
            if spec.get("html") is not None:
                msg.add_alternative(spec["html"], subtype="html", charset=charset, cte=cte)
        else:
            msg.set_content(spec["html"], subtype="html", charset=charset, cte=cte)
        if cal and cal.get("where", "alt") in ("alt", "both"):
            msg.add_alternative(ics_text(cal, spec), subtype="calendar", charset="utf-8",
                                cte=cal.get("cte", "7bit"), params={"method": cal["method"]})
        if cal and cal.get("where") in ("attach", "both"):
            msg.add_attachment(ics_text(cal, spec).encode(), maintype="application", subtype="ics",
                               filename=cal.get("filename", "invite.ics"))
        for att in spec.get("attachments", []):
            msg.add_attachment(pdf_bytes(att["lines"]), maintype="application", subtype="pdf",
                               filename=att["filename"])
        if spec.get("returned"):
            returned = spec["returned"]
            original = EmailMessage()
            for name in ("From", "To", "Subject", "Date", "Message-ID"):
                original[name] = returned[name]
            original.set_content(returned["text"], charset="utf-8", cte="8bit")
            msg.add_attachment(original)
    else:
        raise ValueError(f"{spec['scenario']}: unknown structure {structure}")
    for number, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(msg["Message-ID"], number))
    return msg


def boundary(msgid: str, number: int) -> str:
    """A MIME boundary in the style of one of the common mailers, chosen from the Message-ID."""
    digest = hashlib.sha1(f"{msgid}/{number}".encode()).hexdigest()
    style = int(digest[:2], 16) % 4
    if style == 0:  # Gmail
        return f"000000000000{digest[2:18]}"
    if style == 1:  # Outlook / Exchange
        return f"_00{number}_{digest[2:30].upper()}_"
    if style == 2:  # JavaMail, used by many ATS
        return f"----=_Part_{int(digest[2:7], 16)}_{int(digest[7:15], 16)}.{int(digest[15:25], 16)}"
    return f"Apple-Mail={digest[2:10].upper()}-{digest[10:14].upper()}-{digest[14:18].upper()}-{digest[18:30].upper()}"


def to_bytes(msg: EmailMessage) -> bytes:
    buffer = BytesIO()
    BytesGenerator(buffer, policy=msg.policy).flatten(msg)
    return buffer.getvalue()


def main() -> None:
    specs = [*msgs121_rejections.MESSAGES, *msgs121_invites.MESSAGES,
             *msgs121_acks.MESSAGES, *msgs121_other.MESSAGES]
    for kind in KINDS:
        shutil.rmtree(HERE / kind, ignore_errors=True)
    (HERE / "labels.csv").unlink(missing_ok=True)
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    seen_ids: set[str] = set()
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec["scenario"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scenario']}.eml"
        msg = build(spec)
        assert msg["Message-ID"] not in seen_ids, rel
        seen_ids.add(msg["Message-ID"])
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(to_bytes(msg))
        rows.append([rel, kind, spec["company"], spec["contact"], spec["language"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
