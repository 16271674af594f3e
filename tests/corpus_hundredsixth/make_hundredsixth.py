"""Turn the hand-written specs of msgs106_*.py into .eml files and labels.csv.

Run: python tests/corpus_hundredsixth/make_hundredsixth.py
It writes and deletes files only inside its own folder (tests/corpus_hundredsixth/).

A spec is a dict. Label keys: kind, company, contact, language. Message keys:
  slug            file-name scenario (the number is given by the order of the specs)
  from, reply_to  (display name, address); reply_to may be absent
  to, cc          lists of (display name, address); `to` defaults to the candidate
  subject, date   date as "YYYY-MM-DD HH:MM +ZZZZ"
  structure       plain | html | alt | mixed (mixed = body plus attachments)
  text, html      bodies; an `alt`/`mixed` message without `html` gets one drawn from its text
                  in the style of its mail program (html_style: gmail, outlook, apple)
  charset, cte    body charset and transfer encoding (quoted-printable, 8bit, base64, 7bit)
  header_charset  when set, Subject and display names are RFC 2047-encoded in that charset
  mid             Message-ID (otherwise derived from the slug and the sender's domain)
  in_reply_to, references   threading
  headers         extra headers, a list of (name, value)
  ics             {"method": ..., "text": ...}; ics_file names an extra .ics attachment
  attachments     list of {"filename", "title", "lines"} rendered as small PDFs
"""

from __future__ import annotations

import csv
import hashlib
import html as htmllib
import re
import sys
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs106_acks  # noqa: E402
import msgs106_invites  # noqa: E402
import msgs106_other  # noqa: E402
import msgs106_rejections  # noqa: E402
from msgs106_common import CANDIDATE  # noqa: E402

KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")
POLICY = default.clone(refold_source="none", linesep="\n")


def all_specs() -> list[dict]:
    return [*msgs106_rejections.MESSAGES, *msgs106_invites.MESSAGES, *msgs106_acks.MESSAGES,
            *msgs106_other.MESSAGES]


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing title and lines in Helvetica (WinAnsi)."""
    def esc(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj")
        ops.append("0 -15 Td")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
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
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)


def _paragraphs_html(text: str, quote_style: str) -> str:
    """Lines to HTML; runs of '>'-quoted lines become nested blockquotes."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(lines[i][1:].removeprefix(" "))
                i += 1
            out.append(f'<blockquote {quote_style}>' + _paragraphs_html("\n".join(block),
                                                                          quote_style)
                       + "</blockquote>")
            continue
        line = lines[i]
        out.append(htmllib.escape(line) + "<br>" if line.strip() else "<br>")
        i += 1
    return "\n".join(out)


def html_from_text(text: str, style: str, lang: str) -> str:
    """The HTML half a mail program would send next to the plain text."""
    if style == "outlook":
        body = _paragraphs_html(text, 'style="border:none;border-left:solid #E1E1E1 1.0pt;'
                                      'padding:0cm 0cm 0cm 4.0pt"')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",'
                'sans-serif;}--></style>\n</head>\n'
                f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n<p class="MsoNormal">\n' + body
                + '\n</p>\n</div>\n</body>\n</html>\n')
    if style == "apple":
        body = _paragraphs_html(text, 'type="cite"')
        return ('<html><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                f'<div>{body}</div>\n</body></html>\n')
    body = _paragraphs_html(text, 'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                  'border-left:1px solid rgb(204,204,204);padding-left:1ex"')
    return f'<div dir="ltr">\n{body}\n</div>\n'


def fold_ics_line(line: str) -> str:
    """RFC 5545 folding: content lines longer than 75 octets continue after CRLF + space."""
    pieces = []
    while len(line.encode("utf-8")) > 75:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        pieces.append(line[:cut])
        line = " " + line[cut:]
    pieces.append(line)
    return "\r\n".join(pieces)


def _addr(pair: tuple[str, str], charset: str | None) -> str:
    name, addr = pair
    if charset and name and not name.isascii():
        return formataddr((name, addr), charset=charset)
    return formataddr((name, addr))


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()
    host = spec["from"][1].split("@")[1]
    return f"<{digest[:10]}.{digest[10:22]}@{host}>"


def build(spec: dict) -> EmailMessage:
    hc = spec.get("header_charset")
    msg = EmailMessage(policy=POLICY)
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"))
    for name, key in (("From", "from"), ("Reply-To", "reply_to")):
        if spec.get(key):
            if hc:
                msg.set_raw(name, _addr(spec[key], hc))
            else:
                msg[name] = _addr(spec[key], None)
    to = spec.get("to", [CANDIDATE])
    if hc:
        msg.set_raw("To", ", ".join(_addr(p, hc) for p in to))
    else:
        msg["To"] = ", ".join(_addr(p, None) for p in to)
    if spec.get("cc"):
        msg["Cc"] = ", ".join(_addr(p, None) for p in spec["cc"])
    subject = spec["subject"]
    if hc and not subject.isascii():
        msg.set_raw("Subject", Header(subject, hc, header_name="Subject").encode(maxlinelen=76))
    else:
        msg["Subject"] = subject
    msg["Message-ID"] = message_id(spec)
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = " ".join(spec.get("references") or [spec["in_reply_to"]])
    for name, value in spec.get("headers", []):
        msg[name] = value

    structure = spec.get("structure", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    if structure == "html":
        msg.set_content(spec["html"], subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(spec["text"], charset=charset, cte=cte)
        html = spec.get("html")
        if structure == "alt" or (structure == "mixed" and (html or spec.get("html_style"))):
            if html is None:
                html = html_from_text(spec["text"], spec.get("html_style", "gmail"),
                                      spec["language"])
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    ics = spec.get("ics")
    if ics:
        body = "".join(fold_ics_line(line) + "\r\n" for line in ics["text"].strip("\n").split("\n"))
        msg.add_alternative(body, subtype="calendar", charset="utf-8",
                            params={"method": ics["method"]})
        if spec.get("ics_file"):
            msg.add_attachment(body.encode("utf-8"), maintype="application", subtype="ics",
                               filename=spec["ics_file"])
    for att in spec.get("attachments", []):
        msg.add_attachment(make_pdf(att["title"], att["lines"]), maintype="application",
                           subtype="pdf", filename=att["filename"])
    if structure == "mixed":
        assert msg.get_content_type() == "multipart/mixed", spec["slug"]
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    return msg


def structure_of(msg: EmailMessage) -> str:
    return msg.get_content_type()


def main() -> None:
    specs = all_specs()
    for kind in KIND_DIRS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    seen_ids: set[str] = set()
    for n, spec in enumerate(specs, 1):
        assert spec["kind"] in KIND_DIRS, spec["slug"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
        msg = build(spec)
        mid = msg["Message-ID"]
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        (HERE / rel).write_bytes(msg.as_bytes(policy=POLICY))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["language"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
