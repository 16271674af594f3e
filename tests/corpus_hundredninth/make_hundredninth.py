"""Build the hundredninth labelled corpus from the hand-written specs in msgs109_*.py.

Run:  python tests/corpus_hundredninth/make_hundredninth.py

Writes <kind>/<nnn>_<scenario>.eml and labels.csv next to this file, and deletes only the
.eml files and labels.csv it previously wrote in this folder. Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import re
import sys
from datetime import UTC, datetime
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
MODULES = ("msgs109_rejections", "msgs109_invites", "msgs109_acks", "msgs109_other")
STRUCTURES = ("plain", "html", "alt", "mixed")
POLICY = compat32.clone(linesep="\n", max_line_length=78)


def load_specs() -> list[dict]:
    sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(specs, key=lambda s: (order[s["kind"]], s["date"]))


class _Text(HTMLParser):
    """A rough text rendering of an HTML body, as mail tools put in the text/plain twin."""

    BREAKS = frozenset({"p", "div", "tr", "br", "h1", "h2", "h3", "li", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.href: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "head", "title"):
            self.skip += 1
        if tag in self.BREAKS:
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "a":
            self.href.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "head", "title"):
            self.skip -= 1
        if tag == "a" and self.href:
            href = self.href.pop()
            if href.startswith("http"):
                self.out.append(f" <{href}>")
        if tag in ("p", "h1", "h2", "h3", "table"):
            self.out.append("\n")
        if tag == "td":
            self.out.append("\t")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    lines = [re.sub(r"[ \t]*\t[ \t]*", "  ", line).strip() for line in "".join(parser.out).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text + "\n"


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = email_charset.Charset(charset)
    cs.body_encoding = {"qp": email_charset.QP, "base64": email_charset.BASE64,
                        "8bit": None, "7bit": None}[cte]
    return MIMEText(text, subtype, cs)


def tiny_pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF showing the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        stream.append(f"({esc(line)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_text(cal: dict, organizer: tuple[str, str]) -> str:
    """An iCalendar object (METHOD REQUEST or CANCEL) for an interview slot."""
    status = "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED"
    org_name, org_addr = cal.get("organizer", organizer)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART:{cal['start']}",
        f"DTEND:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        "ATTENDEE;CN=\"Maëlle Tremblay-Nakamura\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maelle.tn@example.ca",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode()) > 75:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def header_charset(value: str, charset: str, b_words: bool) -> email_charset.Charset:
    """The charset for an RFC 2047 word: the message's own when it can carry the text, else
    utf-8; B (base64) words when the spec asks for them, else the charset's usual choice."""
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cs = email_charset.Charset(charset)
    if b_words:
        cs.header_encoding = email_charset.BASE64
    elif charset != "utf-8":
        cs.header_encoding = email_charset.QP
    return cs


def header(value: str, charset: str, b_words: bool = False) -> str | Header:
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset, b_words))


def address(pair: tuple[str, str], charset: str, b_words: bool = False) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=header_charset(name, charset, b_words))


def build(spec: dict, number: int) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    hcs = spec.get("hcs", charset)
    structure = spec["structure"]
    assert structure in STRUCTURES, spec["scenario"]
    html = spec.get("html")
    text = spec.get("text")
    seed = hashlib.sha1(f"{number}-{spec['scenario']}".encode()).hexdigest()

    def boundary(level: int) -> str:
        """A fixed boundary per message and level, so that re-running gives the same bytes."""
        return f"----=_Part_{level}_{seed[:12]}.{seed[12:24]}"
    if structure in ("alt",) or (structure == "mixed" and html):
        text = text or html_to_text(html)

    def body_part() -> Message:
        if structure == "plain" or (structure == "mixed" and not html):
            return text_part(text, "plain", charset, cte)
        if structure == "html":
            return text_part(html, "html", charset, spec.get("html_cte", cte))
        alt = MIMEMultipart("alternative", boundary=boundary(2))
        alt.attach(text_part(text, "plain", charset, cte))
        alt.attach(text_part(html, "html", charset, spec.get("html_cte", cte)))
        if spec.get("ics"):
            cal = text_part(ics_text(spec["ics"], spec["frm"]), "calendar", "utf-8",
                            spec["ics"].get("cte", "8bit"))
            cal.set_param("method", spec["ics"]["method"])
            alt.attach(cal)
        return alt

    if structure == "mixed":
        msg: Message = MIMEMultipart("mixed", boundary=boundary(1))
        msg.attach(body_part())
        for att in spec.get("attachments", []):
            if att.get("ics"):
                part = text_part(ics_text(att["ics"], spec["frm"]), "calendar", "utf-8", "base64")
                part.set_param("method", att["ics"]["method"])
            else:
                part = MIMEApplication(tiny_pdf(att["lines"]), "pdf")
            part.add_header("Content-Disposition", "attachment", filename=att["name"])
            msg.attach(part)
    else:
        msg = body_part()

    for sub in msg.walk():
        if sub is not msg:
            del sub["MIME-Version"]

    content = [(k, v) for k, v in msg.items()]
    for k in {k for k, _ in content}:
        del msg[k]

    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    domain = spec["frm"][1].split("@")[1]
    token = hashlib.sha1(f"{number}-{spec['scenario']}-{spec['date']}".encode()).hexdigest()
    msgid = spec.get("msgid") or f"<{token[:10]}.{token[10:22]}@{domain}>"

    for name, value in spec.get("pre_headers", []):
        msg[name] = value
    bw = spec.get("b_words", False)
    msg["From"] = address(spec["frm"], hcs, bw)
    to = spec.get("to", [("Maëlle Tremblay-Nakamura", "maelle.tn@example.ca")])
    msg["To"] = ", ".join(address(p, hcs, bw) for p in to)
    if spec.get("cc"):
        msg["Cc"] = ", ".join(address(p, hcs, bw) for p in spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = address(spec["reply_to"], hcs, bw)
    msg["Subject"] = header(spec["subject"], hcs, bw)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join(spec.get("refs") or [spec["irt"]])
    for name, value in spec.get("headers", []):
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in content:
        if name != "MIME-Version":
            msg[name] = value
    assert when.year == 2026 and 1 <= when.month <= 10, spec["scenario"]
    assert when < datetime(2026, 11, 1, tzinfo=UTC)
    return msg


def main() -> None:
    specs = load_specs()
    for old in HERE.glob("*/*.eml"):
        if old.parent.name in KINDS:
            old.unlink()
    rows = []
    seen = set()
    for number, spec in enumerate(specs, start=1):
        assert spec["scenario"] not in seen, spec["scenario"]
        seen.add(spec["scenario"])
        assert spec["kind"] in KINDS and spec["lang"] in ("en", "fr", "de", "es"), spec["scenario"]
        charset = spec.get("charset", "utf-8")
        for key in ("text", "html", "subject"):
            if spec.get(key) and key != "subject":
                spec[key].encode(charset)
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        msg = build(spec, number)
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(msg)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(out.getvalue())
        company = "" if spec["kind"] == "other" else spec["company"]
        rows.append([rel, spec["kind"], company, spec.get("contact", "").lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
