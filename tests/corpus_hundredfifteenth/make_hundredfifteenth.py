"""Build the hundredfifteenth corpus: hand-written specs (msgs115_*.py) -> <kind>/<nnn>_<scenario>.eml
and labels.csv, with the standard email package. Writes and deletes files only in this folder.

Run: python tests/corpus_hundredfifteenth/make_hundredfifteenth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import quopri
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # nothing but .eml files and labels.csv appear in this folder
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import msgs115_acks  # noqa: E402
import msgs115_invites  # noqa: E402
import msgs115_other  # noqa: E402
import msgs115_rejections  # noqa: E402
from msgs115_common import CAND  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
CTE_NAMES = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}
POLICY = compat32.clone(linesep="\n", max_line_length=998)


# --- bodies -----------------------------------------------------------------------------------

def text_part(body: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> Message:
    """One text part whose bytes are encoded exactly as asked (charset, transfer encoding)."""
    if not body.endswith("\n"):
        body += "\n"
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    del part["MIME-Version"]
    raw = body.encode(charset)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    part.set_payload(payload)
    return part


class _Text(HTMLParser):
    """What an ATS writes as the text/plain twin of its HTML: the words, links in brackets."""

    BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.href: str | None = None
        self.skip = 0

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
        if tag == "a" and self.href and self.href.startswith("http"):
            self.out.append(f" [{self.href}]")
            self.href = None
        if tag in ("p", "div", "tr", "h1", "h2", "h3", "table"):
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip or not data.strip():
            return
        text = " ".join(data.split())
        if data[:1].isspace():
            text = " " + text
        if data[-1:].isspace():
            text += " "
        self.out.append(text)


def html_to_text(source: str) -> str:
    parser = _Text()
    parser.feed(source)
    lines = [line.strip() for line in "".join(parser.out).split("\n")]
    text: list[str] = []
    for line in lines:
        if line or (text and text[-1]):
            text.append(line)
    return "\n".join(text).strip() + "\n"


def fold_ics(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 74:
        return line
    pieces, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    pieces.append(cur)
    return "\n ".join(pieces)


def ics_text(cal: dict, sender: tuple[str, str]) -> str:
    def stamp(iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    start = datetime.fromisoformat(cal["start"])
    end = start + timedelta(minutes=cal.get("minutes", 60))
    org = cal.get("organizer", sender)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"DTSTART:{stamp(start.isoformat())}",
        f"DTEND:{stamp(end.isoformat())}",
        f"DTSTAMP:{stamp(cal['stamp'])}",
        f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
        f"UID:{cal['uid']}",
        ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
         f"CN={CAND[0]}:mailto:{CAND[1]}"),
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{cal['location']}")
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold_ics(line) for line in lines) + "\n"


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", "replace")
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with the letter's lines in Helvetica (what an HR tool attaches)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td", f"({_pdf_string(title)}) Tj", "T*", "T*"]
    for line in lines:
        ops += [f"({_pdf_string(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
         b"/Resources << /Font << /F1 4 0 R >> >> >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + _pdf_string(title).encode("latin-1") + b") /Producer (HR Docs 4.2) >>",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(buf.tell())
        buf.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def boundary(spec: dict, level: str) -> str:
    """A fixed boundary per message and level, so that rerunning gives the same bytes."""
    digest = hashlib.sha1(f"{spec['file']}/{level}".encode()).hexdigest()
    return f"=_{level}_{digest[:24]}"


def body_tree(spec: dict) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    structure = spec["structure"]
    if structure == "plain":
        body = text_part(spec["text"], "plain", charset, cte)
    elif structure == "html":
        body = text_part(spec["html"], "html", charset, spec.get("html_cte", cte))
    elif structure == "alt":
        body = MIMEMultipart("alternative", boundary=boundary(spec, "alt"))
        del body["MIME-Version"]
        text = spec.get("text") or html_to_text(spec["html"])
        body.attach(text_part(text, "plain", charset, cte))
        body.attach(text_part(spec["html"], "html", charset, spec.get("html_cte", cte)))
        if spec.get("calendar"):
            cal = spec["calendar"]
            body.attach(text_part(ics_text(cal, spec["sender"]), "calendar", "utf-8",
                                  cal.get("cte", "8bit"),
                                  {"method": cal["method"]}))
    else:
        raise ValueError(structure)
    attachments = spec.get("attachments", [])
    if not attachments:
        return body
    root = MIMEMultipart("mixed", boundary=boundary(spec, "mix"))
    del root["MIME-Version"]
    root.attach(body)
    for att in attachments:
        if att.get("type") == "ics":
            part = text_part(ics_text(spec["calendar"], spec["sender"]), "calendar", "utf-8",
                             "base64", {"method": spec["calendar"]["method"], "name": att["name"]})
        else:
            part = MIMEApplication(pdf_bytes(att["title"], att["lines"]), "pdf")
            del part["MIME-Version"]
        if att["name"].isascii():
            part.add_header("Content-Disposition", "attachment", filename=att["name"])
        else:
            part.add_header("Content-Disposition", "attachment",
                            filename=("utf-8", "", att["name"]))
        root.attach(part)
    return root


# --- headers ----------------------------------------------------------------------------------

def addr(pair: tuple[str, str], charset: str = "utf-8") -> str:
    name, address = pair
    return formataddr((name, address), charset=charset) if name else address


def header_text(value: str, charset: str = "utf-8") -> str:
    if value.isascii():
        return value
    return Header(value, charset, header_name="Subject").encode(maxlinelen=76)


def _fits(charset: str, *values: str) -> str:
    """The message's own charset for its headers when every value fits in it, else utf-8."""
    try:
        for value in values:
            value.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()
    domain = spec["sender"][1].split("@")[1]
    return f"<{digest[:12].upper()}.{digest[12:20]}@{domain}>"


def build(spec: dict) -> Message:
    body = body_tree(spec)
    payload_headers = [(k, v) for k, v in body.items()]
    for key in {k for k, _ in payload_headers}:
        del body[key]
    name_cs = spec.get("name_charset", _fits(spec.get("charset", "utf-8"),
                                             spec["sender"][0], spec.get("reply_to", ("", ""))[0]))
    heads: list[tuple[str, str]] = []
    for name, value in spec.get("headers_before", {}).items():
        heads.append((name, value))
    heads.append(("From", addr(spec["sender"], name_cs)))
    heads.append(("To", ", ".join(addr(p, name_cs) for p in spec.get("to", [CAND]))))
    if spec.get("cc"):
        heads.append(("Cc", ", ".join(addr(p, name_cs) for p in spec["cc"])))
    if spec.get("reply_to"):
        heads.append(("Reply-To", addr(spec["reply_to"], name_cs)))
    subject_cs = spec.get("subject_charset", _fits(spec.get("charset", "utf-8"), spec["subject"]))
    heads.append(("Subject", header_text(spec["subject"], subject_cs)))
    heads.append(("Date", format_datetime(datetime.fromisoformat(spec["date"]))))
    heads.append(("Message-ID", message_id(spec)))
    thread = spec.get("thread", [])
    if thread:
        heads.append(("In-Reply-To", thread[-1]))
        heads.append(("References", " ".join(thread)))
    for name, value in spec.get("list", {}).items():
        heads.append((name, value))
    for name, value in spec.get("headers", {}).items():
        heads.append((name, value))
    heads.append(("MIME-Version", "1.0"))
    for name, value in heads + payload_headers:
        body[name] = value
    return body


def render(message: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(message)
    return buf.getvalue()


# --- main -------------------------------------------------------------------------------------

def all_specs() -> list[dict]:
    specs = [*msgs115_rejections.MESSAGES, *msgs115_invites.MESSAGES,
             *msgs115_acks.MESSAGES, *msgs115_other.MESSAGES]
    return sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"]))


def main() -> None:
    specs = all_specs()
    for kind in KIND_ORDER:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    counters: dict[str, int] = Counter()
    rows = []
    seen_ids: set[str] = set()
    stats: dict[str, Counter] = {k: Counter() for k in
                                 ("kind", "lang", "top", "charset", "cte", "extra")}
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['file']}.eml"
        message = build(spec)
        mid = message["Message-ID"]
        if mid in seen_ids:
            raise SystemExit(f"duplicate Message-ID {mid}")
        seen_ids.add(mid)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(render(message))
        contact = spec["contact"].lower()
        company = spec["company"] if kind != "other" else ""
        rows.append({"file": rel, "kind": kind, "company": company, "contact": contact,
                     "language": spec["lang"]})
        stats["kind"][kind] += 1
        stats["lang"][spec["lang"]] += 1
        stats["top"][message.get_content_type()] += 1
        stats["charset"][spec.get("charset", "utf-8")] += 1
        stats["cte"][spec.get("cte", "qp")] += 1
        if spec.get("calendar"):
            stats["extra"]["calendar"] += 1
        if any(a.get("type") != "ics" for a in spec.get("attachments", [])):
            stats["extra"]["pdf"] += 1
        if spec.get("thread"):
            stats["extra"]["threaded"] += 1
        if spec.get("list"):
            stats["extra"]["list headers"] += 1
        if spec.get("reply_to"):
            stats["extra"]["reply-to"] += 1
        if not spec["subject"].isascii():
            stats["extra"]["encoded subject"] += 1
        if not spec["sender"][0].isascii():
            stats["extra"]["encoded sender name"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for name, counter in stats.items():
        print(name, dict(counter.most_common()))


if __name__ == "__main__":
    main()
