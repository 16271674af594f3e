"""Turn the hand-written specs of msgs135_*.py into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredthirtyfifth/make_hundredthirtyfifth.py
It writes and deletes files only inside its own folder (the seven kind folders and labels.csv).
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from datetime import datetime
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs135_acks  # noqa: E402
import msgs135_invites  # noqa: E402
import msgs135_other  # noqa: E402
import msgs135_rejections  # noqa: E402
from msgs135_common import SHAUNA  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
STRUCTURES = ("plain", "html", "alt", "mixed")
ENCODINGS = {"qp": QP, "base64": BASE64, "8bit": None, "7bit": None}
BOUNDARIES = (
    lambda t, n: f"000000000000{t[:12]}{n}",  # Gmail
    lambda t, n: f"_00{n}_{t[:24].upper()}_",  # Outlook
    lambda t, n: f"----=_Part_{int(t[:6], 16)}_{n}.{int(t[6:14], 16)}",  # Java mailers (ATS)
    lambda t, n: f"Apple-Mail={t[:8]}-{t[8:12]}-{t[12:16]}-{n}",  # Apple Mail
)


def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = ENCODINGS[cte]
    body.encode(charset)  # fails loudly when the text does not fit its charset
    return MIMEText(body, subtype, cs)


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small one-page PDF with the given lines in Helvetica (Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    shown = " ".join(f"({esc(line)}) '" for line in lines)
    stream = f"BT /F1 11 Tf 15 TL 64 780 Td ({esc(title)}) Tj T* {shown} ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics(cal: dict, charset: str) -> MIMEText:
    """A text/calendar part (REQUEST or CANCEL, with UID and SEQUENCE)."""
    def stamp(value: str) -> str:
        return datetime.fromisoformat(value).strftime("%Y%m%dT%H%M%S")
    tz = cal.get("tzid", "Europe/London")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{stamp(cal['stamp'])}Z",
        f"DTSTART;TZID={tz}:{stamp(cal['start'])}",
        f"DTEND;TZID={tz}:{stamp(cal['end'])}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN={cal['organizer'][0]}:mailto:{cal['organizer'][1]}",
        f"ATTENDEE;CN={SHAUNA[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{SHAUNA[1]}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    part = text_part("\r\n".join(lines), "calendar", charset, "7bit" if charset == "utf-8" else "qp")
    part.set_param("method", cal["method"])
    return part


def address(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    return formataddr((name, addr), charset) if name else addr


def build(spec: dict) -> MIMEMultipart | MIMEText:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    structure = spec["structure"]
    assert structure in STRUCTURES, spec["scenario"]
    text, html = spec.get("text"), spec.get("html")
    cal = spec.get("calendar")
    if structure == "plain":
        assert text and not html and not cal, spec["scenario"]
        root = text_part(text, "plain", charset, cte)
    elif structure == "html":
        assert html and not text and not cal, spec["scenario"]
        root = text_part(html, "html", charset, cte)
    else:
        assert text, spec["scenario"]
        parts = [text_part(text, "plain", charset, cte)]
        if html:
            parts.append(text_part(html, "html", charset, cte))
        if cal:
            parts.append(ics(cal, charset))
        if len(parts) > 1:
            body = MIMEMultipart("alternative")
            for part in parts:
                body.attach(part)
        else:
            body = parts[0]
        if structure == "alt":
            assert len(parts) > 1 and not spec.get("attachments"), spec["scenario"]
            root = body
        else:
            assert spec.get("attachments"), spec["scenario"]
            root = MIMEMultipart("mixed")
            root.attach(body)
            for att in spec["attachments"]:
                pdf = MIMEApplication(pdf_bytes(att["title"], att["lines"]), "pdf", name=att["filename"])
                pdf.add_header("Content-Disposition", "attachment", filename=att["filename"])
                root.attach(pdf)
    name_cs = spec.get("name_charset", "utf-8")
    root["From"] = address(spec["sender"], name_cs)
    root["To"] = ", ".join(address(p, name_cs) for p in spec.get("to", [SHAUNA]))
    if spec.get("cc"):
        root["Cc"] = ", ".join(address(p, name_cs) for p in spec["cc"])
    if spec.get("reply_to"):
        root["Reply-To"] = address(spec["reply_to"], name_cs)
    subject = spec["subject"]
    if subject.isascii():
        root["Subject"] = subject
    else:  # RFC 2047: Q for mostly-Latin subjects, B when dashes or emoji make Q unreadable anyway
        subject_cs = Charset(spec.get("subject_charset", "utf-8"))
        subject_cs.header_encoding = BASE64 if any(ord(c) > 0x2000 for c in subject) else QP
        root["Subject"] = Header(subject, subject_cs)
    root["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"))
    root["Message-ID"] = message_id(spec)
    if spec.get("in_reply_to"):
        root["In-Reply-To"] = spec["in_reply_to"]
        root["References"] = " ".join(spec.get("references", [spec["in_reply_to"]]))
    for key, value in spec.get("headers", {}).items():
        root[key] = value
    # Fixed boundaries (in the styles of a few mail programs) keep the output reproducible.
    token = hashlib.sha1(spec["scenario"].encode()).hexdigest()
    style = BOUNDARIES[int(token[-1], 16) % len(BOUNDARIES)]
    for number, part in enumerate(p for p in root.walk() if p.is_multipart()):
        part.set_boundary(style(token, number))
    # Mail programs write the addressing headers first and MIME-Version once, at the top.
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        value = root[name]
        if value is not None:
            del root[name]
            root[name] = value
    return root


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    domain = spec["sender"][1].split("@")[1]
    token = hashlib.sha1(f"{spec['scenario']}|{spec['date']}|{spec['subject']}".encode()).hexdigest()
    return f"<{token[:12]}.{token[12:20]}.{int(token[20:28], 16) % 10**9}@{domain}>"


def main() -> None:
    specs = (msgs135_rejections.MESSAGES + msgs135_invites.MESSAGES + msgs135_acks.MESSAGES
             + msgs135_other.MESSAGES)
    for kind in KINDS:  # only our own folders, only .eml files
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows, seen_ids, scenarios = [], set(), set()
    numbers: Counter[str] = Counter()
    stats: Counter[str] = Counter()
    for spec in sorted(specs, key=lambda s: KINDS.index(s["kind"])):
        kind = spec["kind"]
        assert kind in KINDS, spec["scenario"]
        assert spec["scenario"] not in scenarios, spec["scenario"]
        scenarios.add(spec["scenario"])
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['scenario']}.eml"
        message = build(spec)
        assert message["Message-ID"] not in seen_ids, spec["scenario"]
        seen_ids.add(message["Message-ID"])
        buffer = BytesIO()
        BytesGenerator(buffer, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(message)
        (HERE / rel).write_bytes(buffer.getvalue())
        contact = spec.get("contact", "")
        company = spec.get("company", "")
        assert contact == contact.lower(), spec["scenario"]
        assert (company == "") == (kind == "other"), spec["scenario"]
        rows.append([rel, kind, company, contact, spec["lang"]])
        stats[f"structure:{spec['structure']}"] += 1
        stats[f"kind:{kind}"] += 1
        stats[f"lang:{spec['lang']}"] += 1
        stats[f"charset:{spec.get('charset', 'utf-8')}"] += 1
        stats[f"cte:{spec.get('cte', 'qp')}"] += 1
        if spec.get("calendar"):
            stats["calendar"] += 1
        if spec.get("attachments"):
            stats["pdf"] += 1
        if spec.get("in_reply_to"):
            stats["threaded"] += 1
        if not spec["subject"].isascii():
            stats["rfc2047-subject"] += 1
        if any(not p[0].isascii() for p in [spec["sender"], *spec.get("to", []), *([spec["reply_to"]] if spec.get("reply_to") else [])]):
            stats["rfc2047-name"] += 1
        if "List-Unsubscribe" in spec.get("headers", {}):
            stats["list-unsubscribe"] += 1
        if spec.get("reply_to"):
            stats["reply-to"] += 1
        if contact:
            stats["with-contact"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
