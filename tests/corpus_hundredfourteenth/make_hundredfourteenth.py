"""Turn the hand-written specs of msgs114_*.py into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredfourteenth/make_hundredfourteenth.py
It writes and deletes files only inside its own folder (the <kind>/ folders and labels.csv).
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime
from email import charset as email_charset
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

from msgs114_acks import MESSAGES as ACKS  # noqa: E402
from msgs114_common import CAND, CAND_NAME  # noqa: E402
from msgs114_invites import MESSAGES as INVITES  # noqa: E402
from msgs114_other import MESSAGES as OTHER  # noqa: E402
from msgs114_rejections import MESSAGES as REJECTIONS  # noqa: E402

KIND_FOLDERS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
                "missed_interview_notice", "application_received", "offer", "other")
BOUNDARY_STYLES = ("----=_Part_", "_000_", "b1_", "--==_mimepart_")
ENCODINGS = {"qp": email_charset.QP, "base64": email_charset.BASE64, "8bit": None}


def text_part(text: str, subtype: str, charset: str, cte: str, params: dict | None = None) -> MIMEText:
    """One text part in the given charset and transfer encoding."""
    cs = email_charset.Charset(charset)
    cs.body_encoding = ENCODINGS[cte]
    if not text.endswith("\n"):
        text += "\n"
    part = MIMEText(text, subtype, cs)
    for key, value in (params or {}).items():
        part.set_param(key, value)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows the given lines (WinAnsi text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 64 780 Td\n" + "".join(f"({esc(line)}) Tj T*\n" for line in lines) + "ET\n"
    body = stream.encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"endstream",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def address(pair: tuple[str, str] | str, charset: str) -> str:
    """'Name <addr>' with the name RFC 2047-encoded when it is not ASCII."""
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def header_text(value: str, charset: str) -> Header | str:
    """A header value, RFC 2047-encoded in the given charset when it is not ASCII."""
    if value.isascii():
        return value
    return Header(value, charset)


def message_id(spec: dict) -> str:
    """The spec's own Message-ID, or one made from its slug in the sender's domain."""
    if spec.get("mid"):
        return spec["mid"]
    sender = spec["sender"] if isinstance(spec["sender"], str) else spec["sender"][1]
    domain = sender.split("@")[1]
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()
    return f"<{digest[:10]}.{digest[10:18]}@{domain}>"


def build(spec: dict, ids: dict[str, str]) -> bytes:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    hcharset = spec.get("hcharset", "utf-8")
    structure = spec["structure"]
    text, html = spec.get("text"), spec.get("html")

    def body() -> MIMEText | MIMEMultipart:
        if structure == "html" or (structure == "mixed" and text is None):
            return text_part(html, "html", charset, cte)
        if html is None and not spec.get("ics"):
            return text_part(text, "plain", charset, cte)
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(text, "plain", charset, cte))
        if html is not None:
            alt.attach(text_part(html, "html", charset, cte))
        if spec.get("ics"):
            method = "CANCEL" if "METHOD:CANCEL" in spec["ics"] else "REQUEST"
            ics = spec["ics"].strip("\n")
            alt.attach(text_part(ics, "calendar", "utf-8", spec.get("ics_cte", "8bit"), {"method": method}))
        return alt

    if structure == "plain":
        assert html is None and not spec.get("ics"), spec["slug"]
        msg = body()
    elif structure == "html":
        assert text is None, spec["slug"]
        msg = body()
    elif structure == "alt":
        assert text is not None and (html is not None or spec.get("ics")), spec["slug"]
        msg = body()
    elif structure == "mixed":
        assert spec.get("attachments"), spec["slug"]
        msg = MIMEMultipart("mixed")
        msg.attach(body())
        for att in spec["attachments"]:
            if att.get("ics"):
                part = text_part(att["ics"].strip("\n"), "calendar", "utf-8", "base64",
                                 {"method": "REQUEST"})
            else:
                part = MIMEApplication(pdf_bytes(att["pdf"]), "pdf")
            part.add_header("Content-Disposition", "attachment", filename=att["filename"])
            msg.attach(part)
    else:
        raise ValueError(f"{spec['slug']}: unknown structure {structure}")

    # Deterministic boundaries, and MIME-Version on the top level only.
    digest = hashlib.sha1(("b" + spec["slug"]).encode()).hexdigest()
    for number, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"{BOUNDARY_STYLES[int(digest[0], 16) % 4]}{digest[:20]}_{number}")

    # Headers, in the order most servers write them.
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    top: list[tuple[str, object]] = []
    for name, value in spec.get("headers_top", []):
        top.append((name, value))
    top.append(("Date", format_datetime(when)))
    top.append(("From", address(spec["sender"], hcharset)))
    if spec.get("reply_to"):
        top.append(("Reply-To", address(spec["reply_to"], hcharset)))
    to = spec.get("to", [(CAND_NAME, CAND)])
    top.append(("To", ", ".join(address(t, hcharset) for t in to)))
    if spec.get("cc"):
        top.append(("Cc", ", ".join(address(c, hcharset) for c in spec["cc"])))
    top.append(("Subject", header_text(spec["subject"], hcharset)))
    top.append(("Message-ID", ids[spec["slug"]]))
    if spec.get("in_reply_to"):
        parent = spec["in_reply_to"]
        parent = ids.get(parent, parent)
        refs = [ids.get(r, r) for r in spec.get("references", [])]
        if parent not in refs:
            refs.append(parent)
        top.append(("In-Reply-To", parent))
        top.append(("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        top.append((name, header_text(value, hcharset) if isinstance(value, str) else value))

    # Put the headers before the MIME ones the part already carries.
    mime_headers = list(msg.items())
    for name in list(msg.keys()):
        del msg[name]
    for name, value in top:
        msg[name] = value
    if "MIME-Version" not in [n for n, _ in mime_headers]:
        msg["MIME-Version"] = "1.0"
    for name, value in mime_headers:
        msg[name] = value

    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


def main() -> None:
    groups = [("rejection", REJECTIONS), ("invites", INVITES), ("acks", ACKS), ("other", OTHER)]
    specs = [spec for _, group in groups for spec in group]
    slugs = [spec["slug"] for spec in specs]
    assert len(slugs) == len(set(slugs)), "slugs must be unique"
    ids = {spec["slug"]: message_id(spec) for spec in specs}
    assert len(set(ids.values())) == len(ids), "Message-IDs must be unique"

    for folder in KIND_FOLDERS:  # clear only our own generated files
        for old in (HERE / folder).glob("*.eml"):
            old.unlink()
    counters: dict[str, int] = {}
    rows = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KIND_FOLDERS, spec["slug"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(build(spec, ids))
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
