"""Write the hundred-thirty-fourth labelled corpus from its hand-written specs.

    python tests/corpus_hundredthirtyfourth/make_hundredthirtyfourth.py

Every message is a dict in one of the msgs134_* modules. This script turns each into MIME with
the standard `email` package (charset, transfer encoding, structure and headers as the spec
says), writes <kind>/<nnn>_<scenario>.eml and labels.csv beside it, and deletes only the .eml
files and labels.csv it wrote before. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.encoders import encode_base64
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, getaddresses, parseaddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs134_acks  # noqa: E402
import msgs134_invites  # noqa: E402
import msgs134_other  # noqa: E402
import msgs134_rejections  # noqa: E402
from msgs134_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
KEYS = {"kind", "name", "lang", "company", "contact", "sender", "to", "cc", "reply_to", "subject",
        "date", "text", "html", "structure", "charset", "cte", "header_charset", "msgid", "irt",
        "refs", "headers", "attach", "ics", "ics_method", "ics_file"}
CTE = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}


class _Text(HTMLParser):
    """HTML to the plain text an ATS sends beside it: blocks on their own lines, links as
    'label <url>', no style or head."""

    BLOCKS = frozenset({"p", "div", "tr", "br", "h1", "h2", "h3", "li", "table", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "head", "title"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "head", "title"):
            self.skip -= 1
        if tag == "a" and self.href and not self.href.startswith("mailto:"):
            self.out.append(f" <{self.href}>")
            self.href = None
        if tag in ("p", "h1", "h2", "h3", "table", "ul"):
            self.out.append("\n")
        if tag == "td":
            self.out.append("  ")

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            lead = " " if data[0].isspace() else ""
            trail = " " if data[-1].isspace() else ""
            self.out.append(lead + " ".join(data.split()) + trail)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    text, blank = [], False
    for line in lines:
        if line:
            text.append(line)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip() + "\n"


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = CTE[cte]
    text.encode(charset)  # fail loudly when a spec uses a letter its charset lacks
    return MIMEText(text, subtype, cs)


def _pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF that shows `lines`."""
    def lit(line: str) -> str:
        return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    stream = "BT /F1 11 Tf 56 790 Td 15 TL\n" + "\n".join(f"{lit(line)} '" for line in lines) + "\nET"
    data = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _fits(text: str, charset: str) -> str:
    """The charset a header is encoded in: the message's own when it holds every letter."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def _address(value: str, charset: str) -> str:
    pairs = getaddresses([value])
    assert all("@" in addr and addr.isascii() for _, addr in pairs), value
    return ", ".join(formataddr((name, addr), charset=_fits(name, charset)) for name, addr in pairs)


def _boundary(seed: str, level: int) -> str:
    return f"=_{hashlib.sha1(f'{seed}/{level}'.encode()).hexdigest()[:24]}"


def build(spec: dict, rel: str) -> Message:
    unknown = set(spec) - KEYS
    assert not unknown, (rel, unknown)
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    text, markup = spec.get("text"), spec.get("html")
    structure = spec.get("structure") or ("alt" if text and markup else "html" if markup else "plain")
    if structure == "alt" and not text:
        text = html_to_text(markup)
    if structure == "plain":
        assert text and not markup, rel
        body: Message = _text_part(text, "plain", charset, cte)
    elif structure == "html":
        assert markup and not text, rel
        body = _text_part(markup, "html", charset, cte)
    else:
        body = MIMEMultipart("alternative", boundary=_boundary(rel, 1))
        body.attach(_text_part(text, "plain", charset, cte))
        body.attach(_text_part(markup, "html", charset, cte))
    if spec.get("ics"):
        method = spec.get("ics_method", "REQUEST")
        if not body.is_multipart():
            inner = MIMEMultipart("alternative", boundary=_boundary(rel, 1))
            inner.attach(body)
            body = inner
        cal = _text_part(spec["ics"].replace("\n", "\r\n"), "calendar", "utf-8", "b64" if cte == "b64" else "7bit" if spec["ics"].isascii() else "qp")
        cal.set_param("method", method)
        body.attach(cal)
    attachments = list(spec.get("attach", []))
    if spec.get("ics_file"):
        attachments.append({"ics": spec["ics"], "filename": spec["ics_file"]})
    if attachments:
        outer = MIMEMultipart("mixed", boundary=_boundary(rel, 0))
        outer.attach(body)
        for item in attachments:
            if "pdf" in item:
                part: Message = MIMEApplication(_pdf(item["pdf"]), "pdf")
            else:
                part = MIMEBase("application", "ics", name=item["filename"])
                part.set_payload(item["ics"].replace("\n", "\r\n").encode())
                encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=item["filename"])
            outer.attach(part)
        body = outer
    msg = body
    header_charset = spec.get("header_charset", charset if charset != "windows-1252" else "utf-8")
    sender = spec["sender"]
    msg["From"] = _address(sender, header_charset)
    msg["To"] = _address(spec.get("to", CANDIDATE), header_charset)
    if spec.get("cc"):
        msg["Cc"] = _address(spec["cc"], header_charset)
    if spec.get("reply_to"):
        msg["Reply-To"] = _address(spec["reply_to"], header_charset)
    subject = spec["subject"]
    msg["Subject"] = subject if subject.isascii() else Header(subject, _fits(subject, header_charset), header_name="Subject")
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert when.year == 2026 and 1 <= when.month <= 10, rel
    msg["Date"] = format_datetime(when)
    domain = parseaddr(sender)[1].split("@")[-1]
    msg["Message-ID"] = spec.get("msgid") or f"<{hashlib.sha1(rel.encode()).hexdigest()[:20]}@{domain}>"
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join([*spec.get("refs", []), spec["irt"]])
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # only the top of a message carries it
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # put the envelope headers first, as a mail program shows them
    ordered = ["Return-Path", "From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID",
               "In-Reply-To", "References"]
    items = msg._headers
    first = [h for key in ordered for h in items if h[0] == key]
    rest = [h for h in items if h[0] not in ordered]
    msg._headers = first + rest
    return msg


def structure_of(msg: Message) -> str:
    types = {part.get_content_type() for part in msg.walk()}
    if msg.get_content_type() == "multipart/mixed":
        return "multipart/mixed"
    return msg.get_content_type() if "text/calendar" not in types else "multipart/alternative"


def main() -> None:
    specs = [*msgs134_rejections.MESSAGES, *msgs134_invites.MESSAGES, *msgs134_acks.MESSAGES,
             *msgs134_other.MESSAGES]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows, ids, figures = [], set(), Counter()
    numbers: Counter[str] = Counter()
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec["name"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['name']}.eml"
        msg = build(spec, rel)
        assert msg["Message-ID"] not in ids, rel
        ids.add(msg["Message-ID"])
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(msg.as_bytes())
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
        figures[structure_of(msg)] += 1
        figures["calendar"] += any(p.get_content_type() == "text/calendar" for p in msg.walk())
        figures["pdf"] += any(p.get_content_type() == "application/pdf" for p in msg.walk())
        figures[f"charset {spec.get('charset', 'utf-8')}"] += 1
        figures[f"cte {spec.get('cte', 'qp')}"] += 1
        figures["reply"] += bool(spec.get("irt"))
        figures["list headers"] += "List-Unsubscribe" in spec.get("headers", {})
        figures["reply-to"] += bool(spec.get("reply_to"))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(len(rows), "messages")
    print(" ", dict(Counter(row[1] for row in rows)))
    print(" ", dict(Counter(row[4] for row in rows)))
    for key, value in sorted(figures.items()):
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
