"""Turn the hand-written specs of this corpus into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredthirtyseventh/make_hundredthirtyseventh.py
It writes and deletes files only inside its own folder. Standard library only; the output is
deterministic (fixed Message-IDs where a spec gives one, hashed ones otherwise, fixed boundaries).
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import re
import sys
from collections import Counter
from datetime import datetime
from email import charset as email_charset
from email.charset import Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs137_acks  # noqa: E402
import msgs137_invites  # noqa: E402
import msgs137_other  # noqa: E402
import msgs137_rejections  # noqa: E402
from msgs137_common import CANDIDATE, CANDIDATE_NAME, ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "fr", "de")
NOT_HUMAN = re.compile(r"no-?reply|do-?not-?reply|ne-?pas-?repondre|no-?responder|nao-?responder|"
                       r"keine-?antwort|notification|notificacion|mailer-daemon|alert|jobagent|"
                       r"jobmail|newsletter|bounce", re.IGNORECASE)
CTE = {"qp": email_charset.QP, "base64": email_charset.BASE64, "8bit": None, "7bit": None}


def _charset(name: str, cte: str) -> Charset:
    cs = Charset(name)
    cs.body_encoding = CTE[cte]
    return cs


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    if cte == "7bit":
        text.encode("ascii")  # a 7bit part must be plain ASCII
    return MIMEText(text, subtype, _charset(charset, cte))


def _hcs(charset: str, b_words: bool) -> Charset:
    """The charset of encoded words: Q by default, B when asked (as many ATS do for UTF-8)."""
    cs = Charset(charset)
    cs.header_encoding = email_charset.BASE64 if b_words else email_charset.QP
    return cs


def _header(value: str, charset: str, b_words: bool = False) -> str | Header:
    if value.isascii():
        return value
    return Header(value, _hcs(charset, b_words))


def _addr(value: tuple[str, str] | str, charset: str, b_words: bool = False) -> str:
    if isinstance(value, str):
        return value
    name, address = value
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset=_hcs(charset, b_words))


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream_lines.append(f"({esc(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("cp1252", "replace")
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


def structure_of(spec: dict) -> str:
    body = "alt" if spec.get("text") and spec.get("html") else ("html" if spec.get("html") else "plain")
    if spec.get("ics") and body == "plain":
        body = "alt"
    if spec.get("attachments") or spec.get("ics_attachment"):
        return "mixed"
    return body


def build(spec: dict, number: int) -> tuple[MIMEBase, str]:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    hcs = spec.get("header_charset", "utf-8" if charset == "utf-8" else charset)
    bw = spec.get("b_words", hcs == "utf-8" and cte == "base64")
    text, html, ics = spec.get("text"), spec.get("html"), spec.get("ics")
    bnd = f"b137_{number:03d}"
    parts: list[MIMEBase] = []
    if text:
        parts.append(_text_part(text, "plain", charset, cte))
    if html:
        parts.append(_text_part(html, "html", charset, spec.get("html_cte", cte)))
    if ics:
        method = re.search(r"^METHOD:(\w+)", ics, re.MULTILINE).group(1)
        cal = _text_part(ics, "calendar", "utf-8", spec.get("ics_cte", "7bit" if ics.isascii() else "qp"))
        cal.set_param("method", method)
        parts.append(cal)
    body: MIMEBase = parts[0] if len(parts) == 1 else MIMEMultipart("alternative", boundary=bnd + "_alt", _subparts=parts)
    shape = structure_of(spec)
    if shape == "mixed":
        outer = MIMEMultipart("mixed", boundary=bnd + "_mix")
        outer.attach(body)
        for att in spec.get("attachments", []):
            pdf = MIMEApplication(make_pdf(att["lines"]), "pdf")
            name = att["filename"]
            if name.isascii():
                pdf.add_header("Content-Disposition", "attachment", filename=name)
                pdf.set_param("name", name)
            else:
                pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            outer.attach(pdf)
        if spec.get("ics_attachment"):
            inv = MIMEApplication(ics.encode("utf-8"), "ics")
            inv.add_header("Content-Disposition", "attachment", filename="invite.ics")
            inv.set_param("name", "invite.ics")
            outer.attach(inv)
        msg = outer
    else:
        msg = body
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # only the top level carries it, as real mailers write it
    sender = spec["sender"]
    sender_addr = sender if isinstance(sender, str) else sender[1]
    domain = sender_addr.split("@")[1]
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    digest = hashlib.sha1(f"{number}|{spec['subject']}|{sender_addr}".encode()).hexdigest()
    msgid = spec.get("msgid") or f"<{when:%Y%m%d%H%M}.{digest[:14]}@{domain}>"
    headers: list[tuple[str, object]] = []
    headers.append(("Return-Path", f"<{spec.get('return_path', sender_addr)}>"))
    headers.append(("Message-ID", msgid))
    headers.append(("Date", format_datetime(when)))
    headers.append(("From", _addr(sender, hcs, bw)))
    if spec.get("reply_to"):
        headers.append(("Reply-To", _addr(spec["reply_to"], hcs, bw)))
    to = spec.get("to", [ME])
    headers.append(("To", ", ".join(_addr(t, hcs, bw) for t in to)))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(_addr(c, hcs) for c in spec["cc"])))
    headers.append(("Subject", _header(spec["subject"], hcs, bw)))
    if spec.get("in_reply_to"):
        headers.append(("In-Reply-To", spec["in_reply_to"]))
        refs = list(spec.get("references", []))
        if spec["in_reply_to"] not in refs:
            refs.append(spec["in_reply_to"])
        headers.append(("References", " ".join(refs)))
    for name, value in spec.get("headers", {}).items():
        headers.append((name, value))
    headers.append(("MIME-Version", "1.0"))
    existing = [(k, v) for k, v in msg.items()]
    for key in list(msg.keys()):
        del msg[key]
    for name, value in headers:
        msg[name] = value
    for name, value in existing:
        if name != "MIME-Version":
            msg[name] = value
    return msg, shape


def check(spec: dict, raw: bytes, rel: str) -> email.message.EmailMessage:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, (rel, part.defects)
    found = {p.get_content_type(): p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text"}
    for key, ctype in (("text", "text/plain"), ("html", "text/html"), ("ics", "text/calendar")):
        if spec.get(key):
            got = found[ctype].replace("\r\n", "\n")
            assert got.rstrip("\n") == spec[key].rstrip("\n"), (rel, ctype)
    assert parsed["Subject"] == spec["subject"], (rel, parsed["Subject"])
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, rel
    contact = spec["contact"]
    senders = [a.lower() for _, a in getaddresses([str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])])]
    if CANDIDATE in senders:
        assert contact == "" and spec["kind"] == "other", rel
    if contact:
        assert contact == contact.lower() and contact in senders and not NOT_HUMAN.search(contact), rel
    if spec["kind"] == "other":
        assert spec["company"] == "", rel
    else:
        assert spec["company"], rel
    assert 1 <= int(parsed["Date"].datetime.month) <= 10 and parsed["Date"].datetime.year == 2026, rel
    return parsed


def main() -> None:
    specs = [*msgs137_rejections.MESSAGES, *msgs137_invites.MESSAGES, *msgs137_acks.MESSAGES,
             *msgs137_other.MESSAGES]
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows, ids = [], set()
    shapes, charsets, ctes, langs, kinds = Counter(), Counter(), Counter(), Counter(), Counter()
    extras = Counter()
    for number, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        msg, shape = build(spec, number)
        raw = msg.as_bytes()
        parsed = check(spec, raw, rel)
        assert parsed["Message-ID"] not in ids, rel
        ids.add(parsed["Message-ID"])
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        shapes[shape] += 1
        charsets[spec.get("charset", "utf-8")] += 1
        ctes[spec.get("cte", "qp")] += 1
        langs[spec["lang"]] += 1
        kinds[spec["kind"]] += 1
        if spec.get("ics"):
            extras["calendar"] += 1
        if spec.get("attachments"):
            extras["pdf"] += 1
        if spec.get("in_reply_to"):
            extras["threaded"] += 1
        if b"=?" in raw.split(b"\n\n", 1)[0]:
            extras["rfc2047 headers"] += 1
        if "List-Unsubscribe" in spec.get("headers", {}):
            extras["list-unsubscribe"] += 1
        if "Auto-Submitted" in spec.get("headers", {}):
            extras["auto-submitted"] += 1
        if spec.get("reply_to"):
            extras["reply-to"] += 1
        if spec["contact"]:
            extras["with contact"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    total = len(rows)
    print(f"{total} messages for {CANDIDATE_NAME}")
    for title, counter in (("kinds", kinds), ("languages", langs), ("structure", shapes),
                           ("charsets", charsets), ("transfer encodings", ctes), ("other", extras)):
        print(title + ": " + ", ".join(f"{k} {v} ({100 * v / total:.0f}%)" for k, v in counter.most_common()))


if __name__ == "__main__":
    main()
