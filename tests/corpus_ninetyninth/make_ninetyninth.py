"""Turn the hand-written specs of the ninety-ninth corpus into .eml files and labels.csv.

Run from anywhere: ``python tests/corpus_ninetyninth/make_ninetyninth.py``. It writes
``<kind>/<nnn>_<scenario>.eml`` and ``labels.csv`` inside this folder only, after deleting the
.eml files it wrote before (and nothing else). Standard library only.

A spec is a dict (see the msgs99_*.py modules). Keys:
  key, kind, scenario, lang, company, contact      identity and labels
  sender (name, addr), reply_to, to, cc            addresses; a name may be None
  subject, date ("YYYY-MM-DD HH:MM +hhmm")
  structure: plain | html | alt                    the body; attachments/ics wrap it in mixed
  text, html                                       the bodies
  charset (utf-8, iso-8859-1, windows-1252), cte (quoted-printable, 8bit, base64)
  hcharset                                         charset of RFC 2047 header words (default: charset)
  thread: [ids or keys, root first]                In-Reply-To is the last one, References all
  headers: [(name, value)]                         list headers, Auto-Submitted, X-Mailer ...
  attachments: [(filename, [pdf text lines])]      PDF attachments, made here
  ics: (method, text)                              a text/calendar part inside the alternative
  ics_file: filename                               also attach the invitation as application/ics
  msgid                                            an explicit Message-ID
"""

from __future__ import annotations

import csv
import hashlib
import sys
import textwrap
from datetime import datetime
from email import charset as email_charset
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import msgs99_acks  # noqa: E402
import msgs99_invites  # noqa: E402
import msgs99_other  # noqa: E402
import msgs99_rejections  # noqa: E402
from msgs99_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
ENCODINGS = {"quoted-printable": email_charset.QP, "base64": email_charset.BASE64, "8bit": None}
POLICY = compat32.clone(linesep="\n", max_line_length=78)


def all_specs() -> list[dict]:
    return [*msgs99_rejections.SPECS, *msgs99_invites.SPECS, *msgs99_acks.SPECS, *msgs99_other.SPECS]


def body_text(text: str) -> str:
    text = textwrap.dedent(text).strip("\n")
    return text + "\n"


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    seed = f"{spec['key']}|{spec['scenario']}|{spec['date']}".encode()
    digest = hashlib.sha1(seed).hexdigest()
    when = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
    return f"<{when}.{digest[:16]}@{domain_of(spec['sender'][1])}>"


def header_charset(value: str, charset: str) -> str:
    """The message's charset when it can spell the value, else utf-8 (as mailers do)."""
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def header_value(value: str, charset: str) -> str | Header:
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset))


def address(pair: tuple[str | None, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=header_charset(name, charset))


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = ENCODINGS[cte]
    part = MIMEText(body_text(text), subtype, cs, policy=POLICY)
    del part["MIME-Version"]
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows the given lines (Helvetica, WinAnsi)."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def build(spec: dict, ids: dict[str, str]) -> MIMEMultipart | MIMEText:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    hcharset = spec.get("hcharset", charset)
    structure = spec["structure"]
    if structure == "plain":
        body = text_part(spec["text"], "plain", charset, cte)
    elif structure == "html":
        body = text_part(spec["html"], "html", charset, cte)
    elif structure == "alt":
        body = MIMEMultipart("alternative", policy=POLICY)
        del body["MIME-Version"]
        body.attach(text_part(spec["text"], "plain", charset, cte))
        body.attach(text_part(spec["html"], "html", charset, cte))
    else:
        raise ValueError(f"{spec['key']}: unknown structure {structure}")
    if spec.get("ics"):
        method, ics = spec["ics"]
        ics_text = textwrap.dedent(ics).strip("\n").replace("\n", "\r\n") + "\r\n"
        if structure != "alt":
            inner = MIMEMultipart("alternative", policy=POLICY)
            del inner["MIME-Version"]
            inner.attach(body)
            body = inner
        cal = Charset("utf-8")
        cal.body_encoding = email_charset.BASE64 if spec.get("ics_b64", True) else email_charset.QP
        calpart = MIMEText(ics_text, "calendar", cal, policy=POLICY)
        del calpart["MIME-Version"]
        calpart.set_param("method", method)
        body.attach(calpart)
        if spec.get("ics_file"):
            spec = {**spec, "attachments": [*spec.get("attachments", []), ("__ics__", ics_text)]}
    attachments = spec.get("attachments", [])
    if attachments:
        outer = MIMEMultipart("mixed", policy=POLICY)
        outer.attach(body)
        for filename, content in attachments:
            if filename == "__ics__":
                part = MIMEApplication(content.encode("utf-8"), "ics", policy=POLICY)
                part.add_header("Content-Disposition", "attachment", filename=spec["ics_file"])
            else:
                part = MIMEApplication(pdf_bytes(content), "pdf", policy=POLICY)
                if filename.isascii():
                    part.add_header("Content-Disposition", "attachment", filename=filename)
                else:
                    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
            del part["MIME-Version"]
            outer.attach(part)
        message = outer
    else:
        message = body
    if "MIME-Version" not in message:
        message["MIME-Version"] = "1.0"
    # Header order as most mailers write it.
    mime_headers = [(k, v) for k, v in message.items()]
    for name in list(message.keys()):
        del message[name]
    message["From"] = address(spec["sender"], hcharset)
    to = spec.get("to", CANDIDATE)
    message["To"] = ", ".join(address(a, hcharset) for a in to) if isinstance(to, list) else address(to, hcharset)
    if spec.get("cc"):
        message["Cc"] = ", ".join(address(a, hcharset) for a in spec["cc"])
    if spec.get("reply_to"):
        message["Reply-To"] = address(spec["reply_to"], hcharset)
    message["Subject"] = header_value(spec["subject"], hcharset)
    message["Date"] = format_datetime(parse_date(spec["date"]))
    message["Message-ID"] = ids[spec["key"]]
    thread = spec.get("thread", [])
    if thread:
        refs = [ids.get(item, item) for item in thread]
        message["In-Reply-To"] = refs[-1]
        message["References"] = " ".join(refs)
    for name, value in spec.get("headers", []):
        message[name] = header_value(value, hcharset)
    for name, value in mime_headers:
        message[name] = value
    return message


def fix_boundaries(message, key: str) -> None:
    """Deterministic MIME boundaries, so that a re-run writes the same bytes."""
    for depth, part in enumerate(p for p in message.walk() if p.is_multipart()):
        digest = hashlib.sha1(f"{key}|{depth}".encode()).hexdigest()
        part.set_boundary(f"----=_Part_{depth}_{digest[:20]}")


def serialise(message) -> bytes:
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(message)
    return buffer.getvalue()


def main() -> None:
    specs = all_specs()
    keys = [spec["key"] for spec in specs]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise SystemExit(f"duplicate keys: {sorted(duplicates)}")
    ids = {spec["key"]: message_id(spec) for spec in specs}
    for kind in KIND_ORDER:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows = []
    counters = dict.fromkeys(KIND_ORDER, 0)
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] += 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['scenario']}.eml"
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            message = build(spec, ids)
            fix_boundaries(message, spec["key"])
            path.write_bytes(serialise(message))
            rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    unknown = {s["kind"] for s in specs} - set(KIND_ORDER)
    if unknown:
        raise SystemExit(f"unknown kinds: {unknown}")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
