"""Build the ninety-eighth labelled corpus from the hand-written specs in msgs98_*.py.

Run from anywhere:  python tests/corpus_ninetyeighth/make_ninetyeighth.py

It deletes and rewrites <kind>/*.eml and labels.csv inside this folder only, with the standard
`email` package: headers are stored raw (so RFC 2047 words keep the charset chosen for them),
bodies go through EmailMessage.set_content / add_alternative / add_attachment with an explicit
charset and transfer encoding, and MIME boundaries are fixed so that every run gives the same
bytes.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmllib
import re
import sys
from collections import Counter
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs98_acks  # noqa: E402
import msgs98_invites  # noqa: E402
import msgs98_other  # noqa: E402
import msgs98_rejections  # noqa: E402
from msgs98_common import ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "es", "fr", "de")
STRUCTURES = ("plain", "html", "alt", "mixed", "calendar")
CHARSETS = ("utf-8", "iso-8859-1", "windows-1252", "us-ascii")
CTES = ("7bit", "8bit", "quoted-printable", "base64")
REPLY_PREFIX = re.compile(r"^\s*(re|aw|rv|r|sv|réf|ref|antw|wg|fw|fwd|tr)\s*:", re.IGNORECASE)
KNOWN = {"kind", "company", "contact", "lang", "slug", "frm", "to", "cc", "reply_to", "subject",
         "date", "text", "html", "html_from_text", "structure", "charset", "cte", "html_cte",
         "headers", "msgid", "refs", "pdfs", "ics", "ics_method", "hcharset", "enc_subject",
         "preamble"}


def all_specs() -> list[dict]:
    return [*msgs98_rejections.SPECS, *msgs98_invites.SPECS, *msgs98_acks.SPECS,
            *msgs98_other.SPECS]


# ---------------------------------------------------------------------------------------------
# headers


def header_charset(spec: dict, value: str) -> str:
    wanted = spec.get("hcharset") or spec.get("charset", "utf-8")
    if wanted == "us-ascii":
        wanted = "utf-8"
    try:
        value.encode(wanted)
    except UnicodeEncodeError:
        return "utf-8"
    return wanted


def enc_text(spec: dict, name: str, value: str, force: bool = False) -> str:
    if value.isascii() and not force:
        return value
    return Header(value, header_charset(spec, value), header_name=name).encode()


def enc_addr(spec: dict, pair: tuple[str, str] | str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=header_charset(spec, name))


def enc_addrs(spec: dict, value) -> str:
    if isinstance(value, (tuple, str)):
        value = [value]
    return ", ".join(enc_addr(spec, pair) for pair in value)


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    addr = spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]
    domain = addr.split("@")[1].rstrip(">")
    token = hashlib.sha1((spec["slug"] + spec["date"]).encode()).hexdigest()
    return f"<{token[:12]}.{token[12:24]}@{domain}>"


def parent_id(spec: dict) -> str:
    token = hashlib.sha1(("parent" + spec["slug"]).encode()).hexdigest()[:24].upper()
    return f"<CA{token}@mail.example.com>"


# ---------------------------------------------------------------------------------------------
# bodies


def html_to_text(markup: str) -> str:
    """A plain alternative the way ATS tools derive it: tags out, links kept after their text."""
    text = re.sub(r"(?is)<(head|style|script|title)\b.*?</\1>", "", markup)
    text = re.sub(r'(?is)<div style="display:none[^>]*>.*?</div>', "", text)
    text = re.sub(r'(?is)<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>',
                  lambda m: f"{m.group(2)} [{m.group(1)}]" if m.group(1).startswith("http") else m.group(2), text)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n\n", text)
    text = re.sub(r"(?i)<li[^>]*>", "* ", text)
    text = re.sub(r"(?s)<[^>]+>", "", text)
    text = htmllib.unescape(text).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out + "\n"


def text_to_html(text: str, style: str) -> str:
    """The HTML half a mail client adds to a hand-typed message (Gmail, Outlook, Apple Mail)."""
    blocks = re.split(r"\n\s*\n", text.strip("\n"))

    def para(block: str) -> str:
        lines = block.splitlines()
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(re.sub(r"^> ?", "", line) for line in lines)
            return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                    + para(inner) + "</blockquote>")
        return "<br>\n".join(htmllib.escape(line) for line in lines)

    if style == "outlook":
        body = "\n".join(f'<p class="MsoNormal">{para(b)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                         for b in blocks)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n'
                '@page WordSection1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style == "apple":
        body = "\n".join(f"<div>{para(b)}</div><div><br></div>" for b in blocks)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n{body}\n</body></html>\n')
    body = "\n".join(f"<div>{para(b)}</div><div><br></div>" for b in blocks)
    return f'<div dir="ltr">\n{body}\n</div>\n'


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF (Helvetica, WinAnsi) carrying the letter's text."""
    def esc(s: str) -> str:
        s = s.encode("cp1252", "replace").decode("cp1252")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "72 750 Td", f"({esc(title)}) Tj", "/F1 10.5 Tf", "0 -26 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj")
        ops.append("0 -15 Td")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (DocGen 4.2) >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# one message


def check(spec: dict) -> None:
    unknown = set(spec) - KNOWN
    assert not unknown, (spec.get("slug"), unknown)
    for key in ("kind", "company", "contact", "lang", "slug", "frm", "subject", "date", "structure"):
        assert key in spec, (spec.get("slug"), key)
    assert spec["kind"] in KINDS, spec["slug"]
    assert spec["lang"] in LANGS, spec["slug"]
    assert spec["structure"] in STRUCTURES, spec["slug"]
    assert spec.get("charset", "utf-8") in CHARSETS, spec["slug"]
    assert spec.get("cte", "quoted-printable") in CTES, spec["slug"]
    assert spec["contact"] == spec["contact"].lower(), spec["slug"]
    assert (spec["kind"] == "other") == (spec["company"] == ""), spec["slug"]
    if spec["structure"] in ("plain", "mixed", "alt", "calendar"):
        assert spec.get("text") or spec.get("html"), spec["slug"]
    if spec["structure"] == "html":
        assert spec.get("html"), spec["slug"]
    if spec["structure"] == "alt":
        assert spec.get("html") or spec.get("html_from_text"), spec["slug"]
    if spec["structure"] == "calendar":
        assert spec.get("ics"), spec["slug"]
    if spec["structure"] == "mixed":
        assert spec.get("pdfs"), spec["slug"]
    charset = spec.get("charset", "utf-8")
    for key in ("text", "html"):
        if spec.get(key):
            try:
                spec[key].encode(charset)
            except UnicodeEncodeError as exc:
                raise AssertionError(f"{spec['slug']}: {key} does not fit {charset}: {exc}") from None


def build(spec: dict) -> EmailMessage:
    check(spec)
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    html_cte = spec.get("html_cte", cte)
    msg = EmailMessage(policy=POLICY)

    msg.set_raw("From", enc_addr(spec, spec["frm"]))
    msg.set_raw("To", enc_addrs(spec, spec.get("to", ME)))
    if spec.get("cc"):
        msg.set_raw("Cc", enc_addrs(spec, spec["cc"]))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", enc_addrs(spec, spec["reply_to"]))
    msg.set_raw("Subject", enc_text(spec, "Subject", spec["subject"], spec.get("enc_subject", False)))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg.set_raw("Date", format_datetime(when))
    msg.set_raw("Message-ID", message_id(spec))
    refs = list(spec.get("refs", []))
    if not refs and REPLY_PREFIX.match(spec["subject"]) and not spec["subject"].lower().startswith(("fw", "wg", "tr")):
        refs = [parent_id(spec)]
    if refs:
        msg.set_raw("In-Reply-To", refs[-1])
        msg.set_raw("References", " ".join(refs) if len(" ".join(refs)) < 60 else "\n ".join(refs))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (spec["slug"], name)
        msg.set_raw(name, value)

    text = spec.get("text")
    markup = spec.get("html")
    if spec.get("html_from_text") and not markup:
        markup = text_to_html(text, spec["html_from_text"])
    if markup and not text and spec["structure"] in ("alt", "calendar", "mixed"):
        text = html_to_text(markup)

    structure = spec["structure"]
    if structure == "html":
        msg.set_content(markup, subtype="html", charset=charset, cte=html_cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if structure == "alt" or (structure in ("calendar", "mixed") and markup):
            msg.add_alternative(markup, subtype="html", charset=charset, cte=html_cte)
        if structure == "calendar":
            method = spec.get("ics_method", "REQUEST")
            msg.add_alternative(spec["ics"], subtype="calendar", charset="utf-8", cte="7bit",
                                params={"method": method})
        for filename, title, lines in spec.get("pdfs", []):
            msg.add_attachment(pdf_bytes(title, lines), maintype="application", subtype="pdf",
                               filename=filename)
    if spec.get("preamble") and msg.is_multipart():
        msg.preamble = spec["preamble"]

    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    seed = hashlib.md5(spec["slug"].encode()).hexdigest()
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{number}_{seed[:10]}.{seed[10:20]}")
    return msg


def main() -> None:
    specs = all_specs()
    slugs = [s["slug"] for s in specs]
    dupes = [s for s, n in Counter(slugs).items() if n > 1]
    assert not dupes, dupes
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters: Counter = Counter()
    rows = []
    ids = set()
    for spec in specs:
        msg = build(spec)
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(msg.as_bytes(policy=POLICY))
        assert msg["Message-ID"] not in ids, rel
        ids.add(msg["Message-ID"])
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(s["kind"] for s in specs)))
    print("languages:", dict(Counter(s["lang"] for s in specs)))
    print("structures:", dict(Counter(s["structure"] for s in specs)))
    print("charsets:", dict(Counter(s.get("charset", "utf-8") for s in specs)))
    print("ctes:", dict(Counter(s.get("cte", "quoted-printable") for s in specs)))


if __name__ == "__main__":
    main()
