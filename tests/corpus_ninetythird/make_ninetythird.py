"""Writes the ninety-third labelled corpus from the hand-written specs in msgs93_*.py.

Run from anywhere: python tests/corpus_ninetythird/make_ninetythird.py

Every spec is one message. This script only turns it into MIME with the standard `email` package
(charset, transfer encoding, structure, calendar part, PDF attachment, threading headers) and
writes <kind>/<nnn>_<scenario>.eml and labels.csv. It writes and deletes files only inside its
own folder. The output is deterministic: boundaries and Message-IDs derive from the file name.
"""

from __future__ import annotations

import csv
import hashlib
from datetime import datetime
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path
from typing import Any

from msgs93_acks import ACKS, OFFERS
from msgs93_common import CANDIDATE, CANDIDATE_NAME, html_to_text
from msgs93_invites import INVITES, MISSED, RESCHEDULES
from msgs93_other import OTHER
from msgs93_rejections import REJECTIONS

HERE = Path(__file__).resolve().parent
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("de", "en", "fr", "es")
SPECS: list[dict[str, Any]] = [*REJECTIONS, *INVITES, *RESCHEDULES, *MISSED, *ACKS, *OFFERS,
                               *OTHER]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def charset_for(name: str, cte: str) -> Charset:
    cs = Charset(name)
    cs.body_encoding = {"quoted-printable": QP, "base64": BASE64}.get(cte)
    return cs


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    text.encode(charset)  # fails loudly when a character does not exist in the charset
    if cte == "7bit":
        assert text.isascii(), "7bit needs ASCII text"
        charset = "us-ascii"
    part = MIMEText(text, subtype, charset_for(charset, cte))  # type: ignore[arg-type]
    del part["MIME-Version"]
    return part


def header_value(value: str, charset: str, force: bool = False) -> str | Header:
    if not force and value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset if charset != "us-ascii" else "utf-8", maxlinelen=76)


def address(pair: tuple[str, str], charset: str, force: bool = False) -> str:
    name, addr = pair
    if not name:
        return addr
    if force and name.isascii():
        return f"{Header(name, 'utf-8').encode()} <{addr}>"
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset=charset if charset != "us-ascii" else "utf-8")


def ics(cal: dict[str, Any]) -> str:
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['dtstamp']}",
        f"DTSTART:{cal['start']}",
        f"DTEND:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CANDIDATE_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE}',
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def calendar_part(cal: dict[str, Any]) -> MIMEText:
    part = MIMEText(ics(cal), "calendar", charset_for("utf-8", "base64"))  # type: ignore[arg-type]
    del part["MIME-Version"]
    part.set_param("method", cal["method"])
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) holding the given lines: enough to be a real file."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = " ".join(f"({esc(line)}) Tj T*" for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 64 780 Td {ops} ET".encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def attachment(spec: dict[str, Any]) -> Message:
    if spec.get("type") == "ics":
        part: Message = MIMEApplication(ics(spec["calendar"]).encode(), "ics")
    else:
        part = MIMEApplication(make_pdf(spec["lines"]), "pdf")
    del part["MIME-Version"]
    name = spec["filename"]
    part.set_param("name", name if name.isascii() else ("utf-8", "", name))
    part.add_header("Content-Disposition", "attachment",
                    filename=name if name.isascii() else ("utf-8", "", name))
    return part


def body(spec: dict[str, Any], rel: str) -> Message:
    charset, cte = spec.get("charset", "utf-8"), spec.get("cte", "quoted-printable")
    structure = spec["structure"]
    html, text = spec.get("html"), spec.get("text")
    cal = spec.get("calendar")
    if structure == "plain":
        return text_part(text, "plain", charset, cte)
    if structure == "html":
        return text_part(html, "html", charset, cte)
    alternatives: list[Message] = []
    if html is not None:
        alternatives.append(text_part(text or html_to_text(html), "plain", charset, cte))
        alternatives.append(text_part(html, "html", charset, cte))
    else:
        alternatives.append(text_part(text, "plain", charset, cte))
    if cal:
        alternatives.append(calendar_part(cal))
    if len(alternatives) > 1:
        inner: Message = MIMEMultipart("alternative", boundary=f"==alt_{digest(rel)[:20]}",
                                       _subparts=alternatives)
        del inner["MIME-Version"]
    else:
        inner = alternatives[0]
    if structure == "alt":
        assert len(alternatives) > 1, rel
        return inner
    assert structure == "mixed", rel
    parts = [inner] + [attachment(a) for a in spec.get("attachments", [])]
    assert len(parts) > 1, rel
    return MIMEMultipart("mixed", boundary=f"==mix_{digest(rel)[:20]}", _subparts=parts)


def message_id(spec: dict[str, Any], rel: str) -> str:
    if "msgid" in spec:
        return spec["msgid"]
    h = digest("ninetythird/" + rel)
    domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
    style = spec.get("mid_style", "plain")
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4].upper()}MB{h[5:9].upper()}{h[9:21].upper()}@{domain}>"
    if style == "gmail":
        return f"<CA{h[:10]}+{h[10:34]}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:12]}.{h[12:24]}@{domain}>"


def build(spec: dict[str, Any], rel: str, ids: dict[str, str]) -> Message:
    root = body(spec, rel)
    mime = list(root.items())
    for name in {name for name, _ in mime}:
        del root[name]
    hcs = spec.get("hcharset", spec.get("charset", "utf-8"))
    for name, value in spec.get("pre_headers", []):
        root[name] = value
    root["From"] = address(spec["frm"], hcs, spec.get("encode_name", False))
    if spec.get("sender"):
        root["Sender"] = spec["sender"]
    if spec.get("reply_to"):
        root["Reply-To"] = address(spec["reply_to"], hcs)
    to = spec.get("to", [(CANDIDATE_NAME, CANDIDATE)])
    root["To"] = ", ".join(address(pair, hcs) for pair in to)
    if spec.get("cc"):
        root["Cc"] = ", ".join(address(pair, hcs) for pair in spec["cc"])
    root["Subject"] = header_value(spec["subject"], hcs, spec.get("encode_subject", False))
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    root["Date"] = format_datetime(date)
    root["Message-ID"] = ids[rel]
    parent = ids[spec["thread"]] if spec.get("thread") else spec.get("parent")
    if parent:
        root["In-Reply-To"] = parent
        root["References"] = " ".join([*spec.get("refs", []), parent])
    for name, value in spec.get("headers", []):
        root[name] = value
    for name, value in mime:
        root[name] = value
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    return root


def check(spec: dict[str, Any], rel: str) -> None:
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, rel
    contact = spec["contact"]
    if contact:
        senders = [spec["frm"][1].lower()] + ([spec["reply_to"][1].lower()]
                                              if spec.get("reply_to") else [])
        assert contact == contact.lower() and contact in senders and contact != CANDIDATE, rel
    if spec["kind"] == "other":
        assert spec["company"] == "", rel
    else:
        assert spec["company"], rel
    if spec["frm"][1] == CANDIDATE:
        assert spec["kind"] == "other" and not contact, rel


def main() -> None:
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    numbered: list[tuple[str, dict[str, Any]]] = []
    counters: dict[str, int] = dict.fromkeys(KINDS, 0)
    for spec in SPECS:
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scenario']}.eml"
        check(spec, rel)
        numbered.append((rel, spec))
    ids: dict[str, str] = {}
    for rel, spec in numbered:
        ids[rel] = message_id(spec, rel)
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = ids[rel]
    assert len({ids[rel] for rel, _ in numbered}) == len(numbered), "duplicate Message-ID"
    rows = []
    for rel, spec in numbered:
        message = build(spec, rel, ids)
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")
                       ).flatten(message)
        (HERE / rel).write_bytes(out.getvalue())
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
