"""Write the hundred-and-forty-first corpus: specs in msgs141_*.py -> <kind>/<nnn>_<scenario>.eml + labels.csv.

Run: python tests/corpus_hundredfortyfirst/make_hundredfortyfirst.py
Standard library only. Writes and deletes files only inside its own folder; the output is
deterministic (fixed boundaries and ids), so running it twice gives the same bytes.
"""

from __future__ import annotations

import csv
import email.charset
import email.policy
import io
import re
import sys
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the corpus folder

from msgs141_acks import ACKS  # noqa: E402
from msgs141_common import CANDIDATE, CANDIDATE_NAME, digest  # noqa: E402
from msgs141_invites import INVITES  # noqa: E402
from msgs141_other import OTHER  # noqa: E402
from msgs141_rejections import REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
STRUCTURES = ("plain", "html", "alt", "alt_cal", "mixed", "mixed_alt", "mixed_html")
CTES = {"quoted-printable": email.charset.QP, "base64": email.charset.BASE64, "8bit": None, "7bit": None}
KEYS = {"scenario", "kind", "company", "contact", "lang", "sender", "reply_to", "to", "cc", "subject",
        "date", "structure", "charset", "cte", "body", "html", "mid", "in_reply_to", "references",
        "headers", "attachments", "ics", "ics_method", "html_cte"}


# ---------------------------------------------------------------- text from HTML (for alt parts)
class _Text(HTMLParser):
    BREAKS = frozenset({"p", "div", "tr", "br", "h1", "h2", "h3", "li", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "head"):
            self.skip += 1
        if tag == "br":
            self.out.append("\n")
        if tag == "li":
            self.out.append("\n* ")
        if tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head"):
            self.skip -= 1
        if tag in self.BREAKS:
            self.out.append("\n\n" if tag == "p" else "\n")
        if tag == "a" and self.href and not self.href.startswith("mailto:"):
            self.out.append(f" [{self.href}]")
            self.href = None

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    text = "".join(parser.out)
    lines = [line.strip() for line in text.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# ---------------------------------------------------------------- PDF attachments
def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the given lines (Helvetica, WinAnsi), enough for a mail reader."""
    def esc(line: str) -> str:
        out = []
        for char in line:
            code = ord(char.encode("cp1252", "replace")[0:1] or b"?")
            if char in "()\\":
                out.append("\\" + char)
            elif 32 <= code < 127:
                out.append(chr(code))
            else:
                out.append(f"\\{code:03o}")
        return "".join(out)

    stream = ["BT", "/F1 11 Tf", "14 TL", "64 780 Td"]
    for line in lines:
        stream.append(f"({esc(line)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


# ---------------------------------------------------------------- MIME building
def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    text.encode(charset)  # fail loudly if the text does not fit its charset
    cs = email.charset.Charset(charset)
    cs.body_encoding = CTES[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    if cte == "8bit" and part["Content-Transfer-Encoding"] == "7bit" and not text.isascii():
        raise ValueError("8bit expected")
    return part


def header_text(name: str, value: str, charset: str) -> str | Header:
    """ASCII as is; anything else as RFC 2047 encoded words in the message's charset."""
    if value.isascii():
        return value
    return Header(value, charset if charset != "us-ascii" else "utf-8", header_name=name)


def address(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset if charset in ("utf-8", "iso-8859-1") else "utf-8")


def build(spec: dict, number: int, mids: dict[str, str]) -> MIMENonMultipart | MIMEMultipart:
    charset = spec.get("charset", "utf-8")
    body = spec.get("body")
    html = spec.get("html")
    if html is not None:
        html = html.replace("__CHARSET__", charset)
    text_cte = spec.get("cte") or ("7bit" if (body or html or "").isascii() else "quoted-printable")
    html_cte = spec.get("html_cte", text_cte)
    structure = spec["structure"]

    def plain() -> MIMENonMultipart:
        return text_part(body if body is not None else html_to_text(html), "plain", charset, text_cte)

    def htmlpart() -> MIMENonMultipart:
        return text_part(html, "html", charset, html_cte)

    def alternative(with_cal: bool = False) -> MIMEMultipart:
        alt = MIMEMultipart("alternative")
        alt.attach(plain())
        alt.attach(htmlpart())
        if with_cal:
            alt.attach(calendar())
        return alt

    def calendar() -> MIMENonMultipart:
        part = text_part(spec["ics"], "calendar", "utf-8", "8bit" if not spec["ics"].isascii() else "7bit")
        part.set_param("method", spec["ics_method"])
        return part

    if structure == "plain":
        msg = plain()
    elif structure == "html":
        msg = htmlpart()
    elif structure == "alt":
        msg = alternative()
    elif structure == "alt_cal":
        msg = alternative(with_cal=True)
    else:
        msg = MIMEMultipart("mixed")
        msg.attach({"mixed": plain, "mixed_alt": alternative, "mixed_html": htmlpart}[structure]())
        for filename, lines in spec.get("attachments", []):
            if filename.endswith(".ics"):
                part = text_part(spec["ics"], "calendar", "utf-8", "7bit")
                part.set_param("method", spec["ics_method"])
                part.add_header("Content-Disposition", "attachment", filename=filename)
            else:
                part = MIMEApplication(make_pdf(lines), "pdf")
                part.add_header("Content-Disposition", "attachment", filename=filename)
            msg.attach(part)

    # deterministic boundaries; MIME-Version only on the top level
    for index, part in enumerate(msg.walk()):
        if index:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number:03d}_{index}_{digest(spec['scenario'] + str(index), 12)}")

    headers: list[tuple[str, str | Header]] = []
    headers.append(("From", address(spec["sender"], charset)))
    headers.append(("To", ", ".join(address(a, charset) for a in spec.get("to", [(CANDIDATE_NAME, CANDIDATE)]))))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(address(a, charset) for a in spec["cc"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", address(spec["reply_to"], charset)))
    headers.append(("Subject", header_text("Subject", spec["subject"], charset)))
    headers.append(("Date", format_datetime(datetime.fromisoformat(spec["date"]))))
    headers.append(("Message-ID", mids[spec["scenario"]]))
    if spec.get("in_reply_to"):
        headers.append(("In-Reply-To", resolve(spec["in_reply_to"], mids)))
        refs = spec.get("references") or [spec["in_reply_to"]]
        headers.append(("References", " ".join(resolve(ref, mids) for ref in refs)))
    headers.append(("MIME-Version", "1.0"))
    for name, value in spec.get("headers", []):
        headers.append((name, header_text(name, value, charset)))

    content_headers = list(msg.items())
    for name in list(msg.keys()):
        del msg[name]
    for name, value in headers:
        msg[name] = value
    for name, value in content_headers:
        if name != "MIME-Version":
            msg[name] = value
    return msg


def resolve(ref: str, mids: dict[str, str]) -> str:
    return ref if ref.startswith("<") else mids[ref]


def message_id(spec: dict) -> str:
    mid = spec.get("mid")
    if mid and mid.startswith("<"):
        return mid
    sender = spec["sender"] if isinstance(spec["sender"], str) else spec["sender"][1]
    domain = sender.split("@")[1]
    stamp = datetime.fromisoformat(spec["date"]).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest(spec['scenario'], 12)}@{domain}>"


def check(spec: dict) -> None:
    unknown = set(spec) - KEYS
    assert not unknown, (spec["scenario"], unknown)
    assert spec["kind"] in KINDS, spec["scenario"]
    assert spec["lang"] in LANGS, spec["scenario"]
    assert spec["structure"] in STRUCTURES, spec["scenario"]
    assert re.fullmatch(r"[a-z0-9_]+", spec["scenario"]), spec["scenario"]
    assert spec["contact"] == spec["contact"].lower()
    if spec["kind"] == "other":
        assert spec["company"] == "", spec["scenario"]
    else:
        assert spec["company"], spec["scenario"]
    if spec["contact"]:
        sender = spec["sender"] if isinstance(spec["sender"], str) else spec["sender"][1]
        reply = spec.get("reply_to")
        reply = (reply if isinstance(reply, str) else reply[1]) if reply else ""
        assert spec["contact"] in (sender.lower(), reply.lower()), spec["scenario"]
    if spec["structure"] in ("plain", "mixed"):
        assert spec.get("body"), spec["scenario"]
    if spec["structure"] in ("html", "mixed_html", "alt", "alt_cal", "mixed_alt"):
        assert spec.get("html"), spec["scenario"]
    assert datetime.fromisoformat(spec["date"]).year == 2026


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for spec in specs:
        check(spec)
    names = [spec["scenario"] for spec in specs]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    mids = {spec["scenario"]: message_id(spec) for spec in specs}
    assert len(set(mids.values())) == len(mids)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for folder in HERE.iterdir():
        if folder.is_dir() and folder.name in KINDS and not any(folder.iterdir()):
            folder.rmdir()

    rows = []
    policy = email.policy.compat32.clone(linesep="\n", max_line_length=78)
    for number, spec in enumerate(specs, 1):
        try:
            msg = build(spec, number, mids)
        except Exception as error:
            detail = repr(error)[:300]
            if isinstance(error, UnicodeEncodeError):
                detail = f"{error.reason}: {error.object[max(0, error.start - 40):error.end + 20]!r}"
            raise SystemExit(f"{spec['scenario']}: {detail}") from error
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, policy=policy).flatten(msg)
        path.write_bytes(buffer.getvalue())
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    kinds = Counter(spec["kind"] for spec in specs)
    langs = Counter(spec["lang"] for spec in specs)
    structures = Counter(spec["structure"] for spec in specs)
    charsets = Counter(spec.get("charset", "utf-8") for spec in specs)
    print(f"{len(specs)} messages")
    print("kinds:", dict(kinds))
    print("languages:", dict(langs))
    print("structures:", dict(structures))
    print("charsets:", dict(charsets))


if __name__ == "__main__":
    main()
