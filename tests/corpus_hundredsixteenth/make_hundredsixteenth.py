"""Turn the hand-written specs of msgs116_*.py into .eml files and labels.csv.

Run: python tests/corpus_hundredsixteenth/make_hundredsixteenth.py

Standard library only. It writes and deletes files only inside its own folder: every
<kind>/<nnn>_<scenario>.eml and labels.csv are rebuilt from the specs on each run.

A spec is a dict:
  n (scenario slug), kind, company, contact, lang           -> the labels
  frm (name, address), reply_to, to, cc                       -> address headers
  subject, date ("2026-03-04 09:12 +0100"), msgid,
  in_reply_to, references                                     -> other headers
  text, html, ics (+ ics_method), attachments [(name, [pdf lines])],
  text_from_html (derive the text/plain alternative from the HTML, as ATS and ESPs do)
  charset, cte, html_charset, html_cte                        -> body encoding
  hdr_charset                                                 -> RFC 2047 charset for Subject/From
  headers [(name, value)]                                     -> list, auto-reply, mailer headers
"""

from __future__ import annotations

import csv
import hashlib
import html as htmllib
import importlib
import re
import sys
from datetime import datetime
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("msgs116_rejections", "msgs116_invites", "msgs116_acks", "msgs116_other")
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
REPLY = re.compile(r"^\s*(re|aw|antw|réf|rif|rv|sv)\s?:", re.IGNORECASE)


def load_specs() -> list[dict]:
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


def _address(value) -> Address:
    if isinstance(value, str):
        return Address(addr_spec=value)
    name, addr = value
    return Address(display_name=name or "", addr_spec=addr)


def _addresses(value) -> list[Address]:
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], (list, tuple)):
        return [_address(v) for v in value]
    if isinstance(value, list):
        return [_address(v) for v in value]
    return [_address(value)]


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def _domain(spec: dict) -> str:
    frm = spec["frm"]
    addr = frm if isinstance(frm, str) else frm[1]
    return addr.split("@", 1)[1]


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    body = ["BT", "/F1 11 Tf", "72 780 Td", "15 TL"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        body.append(f"({esc}) '")
    body.append("ET")
    stream = "\n".join(body).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class _TextOf(HTMLParser):
    """The text an ATS or mailing tool derives from its HTML for the text/plain alternative."""

    BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "table", "ul", "ol", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "title", "script"):
            self.skip += 1
        if tag in self.BREAKS:
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "title", "script"):
            self.skip -= 1
        if tag == "a" and self.href and self.href.startswith("http"):
            self.out.append(f" <{self.href}>")
            self.href = None
        if tag in ("p", "h1", "h2", "h3", "table"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _TextOf()
    parser.feed(markup)
    lines = [line.strip() for line in htmllib.unescape("".join(parser.out)).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text + "\n"


def _replace_header(raw: bytes, name: str, value: str) -> bytes:
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    out: list[bytes] = []
    i = 0
    key = name.lower().encode("ascii") + b":"
    while i < len(lines):
        if lines[i].lower().startswith(key):
            i += 1
            while i < len(lines) and lines[i][:1] in (b" ", b"\t"):
                i += 1
            out.append(f"{name}: {value}".encode("ascii"))
            continue
        out.append(lines[i])
        i += 1
    return b"\n".join(out) + sep + body


def build(spec: dict, number: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = _address(spec["frm"])
    if spec.get("reply_to"):
        msg["Reply-To"] = _addresses(spec["reply_to"])
    msg["To"] = _addresses(spec.get("to", ("Hannah Oyelaran-Weiß", "hannah.ow@example.de")))
    if spec.get("cc"):
        msg["Cc"] = _addresses(spec["cc"])
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"))
    h = _hash(spec["kind"], spec["n"], str(number))
    msg["Message-ID"] = spec.get("msgid") or f"<{h[:12]}.{h[12:20]}.{number:03d}@{_domain(spec)}>"
    irt = spec.get("in_reply_to")
    if not irt and REPLY.match(spec["subject"]):
        irt = f"<{h[20:36]}.{h[36:40]}@mail.example.de>"
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = " ".join(spec.get("references") or [irt])
    for name, value in spec.get("headers", []):
        msg[name] = value

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text, html, ics = spec.get("text"), spec.get("html"), spec.get("ics")
    if text is None and html is not None and spec.get("text_from_html"):
        text = html_to_text(html)
    html_charset = spec.get("html_charset", charset)
    html_cte = spec.get("html_cte", cte)
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=html_charset, cte=html_cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=html_charset, cte=html_cte)
    else:
        raise ValueError(f"{spec['n']}: no body")
    if ics is not None:
        msg.add_alternative(ics.replace("\n", "\r\n"), subtype="calendar", charset="utf-8", cte="8bit",
                            params={"method": spec.get("ics_method", "REQUEST")})
    for filename, lines in spec.get("attachments", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf", filename=filename)

    for index, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{h[:10]}_{number:03d}.{index}")
    buffer = BytesIO()
    BytesGenerator(buffer, policy=policy.default).flatten(msg)
    raw = buffer.getvalue()
    hdr_charset = spec.get("hdr_charset")
    if hdr_charset:
        subject = spec["subject"]
        if not subject.isascii():
            raw = _replace_header(raw, "Subject", Header(subject, hdr_charset, header_name="Subject").encode())
        frm = spec["frm"]
        if not isinstance(frm, str) and frm[0] and not frm[0].isascii():
            raw = _replace_header(raw, "From", formataddr(frm, charset=hdr_charset))
    return raw


def main() -> None:
    specs = load_specs()
    built: list[tuple[str, bytes]] = []
    rows = []
    for number, spec in enumerate(specs, 1):
        if spec["kind"] not in KINDS:
            raise SystemExit(f"{spec['n']}: unknown kind {spec['kind']}")
        rel = f"{spec['kind']}/{number:03d}_{spec['n']}.eml"
        if any(rel == done for done, _ in built):
            raise SystemExit(f"duplicate {rel}")
        try:
            built.append((rel, build(spec, number)))
        except Exception as exc:  # a message to fix by hand; nothing on disk is touched yet
            raise SystemExit(f"{rel}: {exc!r}") from exc
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    for old in HERE.rglob("*.eml"):
        old.unlink()
    for rel, raw in built:
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {HERE}")


if __name__ == "__main__":
    main()
