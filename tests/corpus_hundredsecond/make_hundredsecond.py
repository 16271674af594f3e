#!/usr/bin/env python3
"""Turn the hand-written specs of msgs102_*.py into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredsecond/make_hundredsecond.py
It writes and deletes files only inside its own folder: <kind>/<nnn>_<scenario>.eml and
labels.csv. Standard library only; the MIME is built with the `email` package (compat32
classes, so that each part keeps the charset and transfer encoding its spec asks for, and
RFC 2047 words keep the header charset of the sender).
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import importlib
import re
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, getaddresses
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("msgs102_rejections", "msgs102_invites", "msgs102_acks", "msgs102_other")
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
CANDIDATE = "ciaran.dm@example.ie"


def load_specs() -> list[dict]:
    sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    cs = Charset(charset)
    cs.body_encoding = {"quoted-printable": QP, "base64": BASE64}.get(cte)
    part = MIMENonMultipart("text", subtype)
    if not text.endswith("\n"):
        text += "\n"
    part.set_payload(text, cs)
    del part["MIME-Version"]  # set_charset adds it back; only the top level carries it
    return part


def ics_text(ics: dict, stamp: datetime) -> str:
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{start.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTEND:{end.strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{ics.get('attendee_name', 'Ciaran Delacroix-Mwangi')}\":mailto:{CANDIDATE}",
        f"STATUS:{ics.get('status', 'CONFIRMED')}",
    ]
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:  # RFC 5545 folding at 75 octets
        while len(line.encode()) > 75:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def calendar_part(ics: dict, stamp: datetime) -> Message:
    part = text_part(ics_text(ics, stamp), "calendar", "utf-8", ics.get("cte", "7bit"))
    part.set_param("method", ics["method"])
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) holding the given lines: small but valid."""
    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 15 Tf", "56 790 Td", "18 TL", f"({esc(title)}) Tj", "/F1 10 Tf", "14 TL", "T*"]
    text += [f"({esc(line)}) '" for line in lines]
    text.append("ET")
    stream = "\n".join(text).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("cp1252", "replace") + b") /Producer (corpus102) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def attachment(att: dict, stamp: datetime) -> Message:
    name = att["filename"]
    if "pdf" in att:
        part = MIMEApplication(pdf_bytes(att.get("title", name), att["pdf"]), "pdf")
    else:
        part = MIMEApplication(ics_text(att["ics"], stamp).encode(), "ics")
    del part["MIME-Version"]
    if name.isascii():
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        part.set_param("name", ("utf-8", "", name))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


def build_body(spec: dict, stamp: datetime) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    alternatives = []
    if spec.get("text") is not None:
        alternatives.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        html_cte = cte if cte in ("quoted-printable", "base64") else "quoted-printable"
        alternatives.append(text_part(spec["html"], "html", charset, html_cte))
    ics = spec.get("ics")
    if ics and not spec.get("ics_as_attachment"):
        alternatives.append(calendar_part(ics, stamp))
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = MIMEMultipart("alternative", boundary=boundary(spec, "alt"))
        del body["MIME-Version"]
        for part in alternatives:
            body.attach(part)
    extras = [attachment(att, stamp) for att in spec.get("attachments", [])]
    if ics and spec.get("ics_as_attachment"):
        extras.append(attachment({"filename": "invite.ics", "ics": ics}, stamp))
    if extras:
        mixed = MIMEMultipart("mixed", boundary=boundary(spec, "mix"))
        del mixed["MIME-Version"]
        mixed.attach(body)
        for part in extras:
            mixed.attach(part)
        body = mixed
    return body


def boundary(spec: dict, salt: str) -> str:
    digest = hashlib.sha1(f"{spec['scenario']}/{salt}".encode()).hexdigest()
    return f"----=_Part_{digest[:12]}_{digest[12:22]}"


# ---------------------------------------------------------------- headers

def address(value: object, charset: str) -> str:
    if isinstance(value, str):
        return value
    name, addr = value  # type: ignore[misc]
    return formataddr((name, addr), charset=charset) if name else addr


def header_value(value: str, charset: str) -> str | Header:
    return value if value.isascii() else Header(value, charset)


def build(spec: dict, number: int) -> tuple[str, bytes]:
    rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
    salt = hashlib.sha1(rel.encode()).hexdigest()
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z") + timedelta(seconds=int(salt[:2], 16) % 60)
    body = build_body(spec, stamp)
    content = list(body.items())
    for key in {key for key, _ in content}:
        del body[key]
    hcs = spec.get("hcharset") or spec.get("charset", "utf-8")
    from_addr = spec["frm"] if isinstance(spec["frm"], str) else spec["frm"][1]
    body["From"] = address(spec["frm"], hcs)
    if spec.get("reply_to"):
        body["Reply-To"] = address(spec["reply_to"], hcs)
    body["To"] = ", ".join(address(value, hcs) for value in spec.get("to", [("Ciarán Delacroix-Mwangi", CANDIDATE)]))
    if spec.get("cc"):
        body["Cc"] = ", ".join(address(value, hcs) for value in spec["cc"])
    body["Subject"] = header_value(spec["subject"], hcs)
    body["Date"] = format_datetime(stamp)
    domain = from_addr.rsplit("@", 1)[1]
    body["Message-ID"] = spec.get("msgid") or f"<{salt[2:22]}.{number:03d}@{domain}>"
    if spec.get("in_reply_to"):
        body["In-Reply-To"] = spec["in_reply_to"]
        refs = spec.get("references") or [spec["in_reply_to"]]
        body["References"] = " ".join(refs)
    for key, value in spec.get("headers", []):
        body[key] = header_value(value, hcs)
    body["MIME-Version"] = "1.0"
    for key, value in content:
        body[key] = value
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32).flatten(body)
    head, sep, rest = out.getvalue().partition(b"\n\n")
    # compat32 folds a long unbreakable value onto its own line ("Message-ID: \n <...>"); mail
    # programs keep such a value on the header line, so undo that one fold.
    head = re.sub(rb"^([A-Za-z-]+): \n ", rb"\1: ", head, flags=re.MULTILINE)
    return rel, head + sep + rest


# ---------------------------------------------------------------- checks and stats

def structure(message: Message) -> str:
    ctype = message.get_content_type()
    if ctype == "multipart/mixed":
        return "multipart/mixed"
    return ctype


def check(rel: str, data: bytes, spec: dict) -> Message:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert not message.defects, (rel, message.defects)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    too_long = [line for line in data.split(b"\n") if len(line) > 998]
    assert not too_long, f"{rel}: line over 998 octets"
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE, rel
        senders = [addr.lower() for _, addr in getaddresses(
            [str(v) for k in ("Reply-To", "From") for v in message.get_all(k, [])])]
        assert contact in senders, (rel, contact, senders)
    assert spec["kind"] in KINDS, rel
    assert (spec["company"] == "") == (spec["kind"] == "other"), rel
    return message


def main() -> None:
    specs = load_specs()
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows, ids = [], Counter()
    stats: dict[str, Counter] = {name: Counter() for name in ("kind", "lang", "structure", "charset",
                                                             "cte", "calendar", "pdf", "threaded")}
    per_kind_lang: Counter = Counter()
    for number, spec in enumerate(specs, start=1):
        rel, data = build(spec, number)
        message = check(rel, data, spec)
        ids[message["Message-ID"]] += 1
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats["kind"][spec["kind"]] += 1
        stats["lang"][spec["lang"]] += 1
        per_kind_lang[(spec["kind"], spec["lang"])] += 1
        stats["structure"][structure(message)] += 1
        for part in message.walk():
            if part.get_content_maintype() == "text":
                stats["charset"][part.get_content_charset()] += 1
                stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_content_type() in ("text/calendar", "application/ics"):
                stats["calendar"][part.get_content_type()] += 1
            if part.get_content_type() == "application/pdf":
                stats["pdf"]["pdf"] += 1
        if message["In-Reply-To"]:
            stats["threaded"]["in-reply-to"] += 1
    duplicates = [key for key, count in ids.items() if count > 1]
    assert not duplicates, duplicates
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for name, counter in stats.items():
        print(f"{name}: {dict(sorted(counter.items()))}")
    for kind in KINDS:
        print(kind, {lang: per_kind_lang[(kind, lang)] for lang in ("en", "de", "fr", "es")})


if __name__ == "__main__":
    main()
