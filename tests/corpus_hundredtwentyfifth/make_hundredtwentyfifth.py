"""Build corpus hundredtwentyfifth: the hand-written specs of msgs125_*.py become .eml files and
labels.csv.

Run from anywhere:  python tests/corpus_hundredtwentyfifth/make_hundredtwentyfifth.py

It writes and deletes files only inside its own folder. Standard library only; the output is
byte-for-byte reproducible (boundaries, Message-IDs and tracker tokens derive from the specs).
"""

from __future__ import annotations

import base64
import csv
import quopri
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs125_acks  # noqa: E402
import msgs125_invites  # noqa: E402
import msgs125_other  # noqa: E402
import msgs125_rejections  # noqa: E402
from msgs125_common import CANDIDATE, auto_html, digest  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


# ---------------------------------------------------------------- small builders

def when(spec: dict) -> datetime:
    """The spec's local date; Brussels/Paris/Frankfurt/Madrid time unless tz says otherwise."""
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    if "tz" in spec:
        sign = 1 if spec["tz"][0] == "+" else -1
        hours, minutes = int(spec["tz"][1:3]), int(spec["tz"][3:5])
        tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    else:
        summer = (3, 29) <= (naive.month, naive.day) < (10, 25)
        tz = timezone(timedelta(hours=2 if summer else 1))
    return naive.replace(tzinfo=tz, second=(sum(map(ord, spec["scenario"])) % 60))


def address(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    return formataddr((name, addr), charset=charset) if name else addr


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    if subtype == "html":
        text = text.replace("{{CHARSET}}", charset)
    data = text.encode(charset)
    encoding = CTE[cte]
    part["Content-Transfer-Encoding"] = encoding
    if encoding == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif encoding == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    return part


def calendar_part(ics: dict, organizer: tuple[str, str]) -> Message:
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    tzid = ics.get("tzid", "Romance Standard Time")
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{CANDIDATE[0]}":'
        f"mailto:{CANDIDATE[1]}",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART;TZID={tzid}:{start.strftime(fmt)}",
        f"DTEND;TZID={tzid}:{end.strftime(fmt)}",
        f"SUMMARY;LANGUAGE={ics.get('language', 'fr-BE')}:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:  # RFC 5545 folding at 75 octets
        while len(line.encode("utf-8")) > 75:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    part = Message()
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={ics["method"]}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(("\r\n".join(folded) + "\r\n").encode("utf-8"))
                     .decode("ascii"))
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing title and lines (ASCII only, accents dropped)."""
    def ascii_only(value: str) -> str:
        plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
        return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 15 Tf", "56 780 Td", f"({ascii_only(title)}) Tj", "/F1 10 Tf"]
    for line in lines:
        stream_lines += ["0 -17 Td", f"({ascii_only(line)}) Tj"]
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_part(attachment: dict) -> Message:
    part = Message()
    name = attachment["filename"]
    if name.isascii():
        part["Content-Type"] = f'application/pdf; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        part["Content-Type"] = "application/pdf"
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(attachment["title"], attachment["lines"]))
                     .decode("ascii"))
    return part


BOUNDARY_STYLES = {
    "gmail": lambda h: f"000000000000{h[:18]}",
    "outlook": lambda h: f"_000_{h[:8].upper()}{h[8:20].upper()}EURP195PROD_",
    "apple": lambda h: f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}",
    "java": lambda h: f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.17{int(h[14:20], 16)}",
    "plain": lambda h: f"==============={int(h[:12], 16)}==",
}


def multipart(subtype: str, parts: list[Message], boundary: str,
              extra: str = "") -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for part in parts:
        container.attach(part)
    return container


# ---------------------------------------------------------------- one message

def build(spec: dict, number: int) -> tuple[bytes, str]:
    charset = spec.get("charset", "utf-8")
    hcharset = spec.get("hcharset", "iso-8859-1" if charset == "iso-8859-1" else "utf-8")
    cte = spec.get("cte", "qp")
    h = digest(spec["scenario"], spec["date"], spec["subject"])
    bstyle = spec.get("boundary", "java")

    def boundary(role: str) -> str:
        return BOUNDARY_STYLES[bstyle](digest(h, role))

    text = spec.get("text")
    html = spec.get("html")
    if html is None and spec.get("html_from_text"):
        html = auto_html(text, spec["html_from_text"])
    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, cte))
    if html is not None:
        parts.append(text_part(html, "html", charset, spec.get("html_cte", cte)))
    if not parts:
        raise ValueError(f"{spec['scenario']}: no body")
    if "ics" in spec:
        parts.append(calendar_part(spec["ics"], spec.get("organizer", spec["frm"])))
    body = parts[0] if len(parts) == 1 else multipart("alternative", parts, boundary("alternative"))
    if spec.get("attach"):
        body = multipart("mixed", [body, *[pdf_part(a) for a in spec["attach"]]], boundary("mixed"))

    top = body  # the body part becomes the message: its content headers move to the end
    content_headers = list(top.items())
    for name, _ in content_headers:
        del top[name]
    top["From"] = address(spec["frm"], hcharset)
    tos = spec.get("to", [CANDIDATE])
    top["To"] = ", ".join(address(t, hcharset) for t in tos)
    if spec.get("cc"):
        top["Cc"] = ", ".join(address(c, hcharset) for c in spec["cc"])
    if spec.get("reply_to"):
        top["Reply-To"] = address(spec["reply_to"], hcharset)
    subject = spec["subject"]
    top["Subject"] = subject if subject.isascii() else Header(subject, hcharset)
    top["Date"] = format_datetime(when(spec))
    domain = (spec["frm"] if isinstance(spec["frm"], str) else spec["frm"][1]).split("@")[1]
    top["Message-ID"] = spec.get("msgid") or f"<{h[:12]}.{h[12:20]}.{number}@{domain}>"
    thread = spec.get("thread", [])
    if thread:
        top["In-Reply-To"] = thread[-1]
        top["References"] = " ".join(thread)
    for name, value in spec.get("headers", {}).items():
        top[name] = value
    top["MIME-Version"] = "1.0"
    for name, value in content_headers:
        top[name] = value

    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(top)
    return out.getvalue(), top["Message-ID"]


# ---------------------------------------------------------------- checks and output

def check(spec: dict) -> None:
    where = spec["scenario"]
    assert spec["kind"] in KIND_ORDER, where
    assert spec["lang"] in LANGS, where
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower(), where
        senders = [spec["frm"], spec.get("reply_to")]
        assert any(s and (s if isinstance(s, str) else s[1]).lower() == contact
                   for s in senders), f"{where}: contact is neither sender nor Reply-To"
    if spec["kind"] == "other":
        assert spec["company"] == "", where
    else:
        assert spec["company"], where
    frm = spec["frm"] if isinstance(spec["frm"], str) else spec["frm"][1]
    if frm == CANDIDATE[1]:
        assert spec["kind"] == "other" and not contact, where
    assert spec["date"].startswith("2026-"), where


def main() -> None:
    specs = [*msgs125_rejections.MESSAGES, *msgs125_invites.MESSAGES, *msgs125_acks.MESSAGES,
             *msgs125_other.MESSAGES]
    for kind in KIND_ORDER:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows, ids, per_kind = [], set(), Counter()
    structure, charsets, ctes = Counter(), Counter(), Counter()
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            check(spec)
            per_kind[kind] += 1
            rel = f"{kind}/{per_kind[kind]:03d}_{spec['scenario']}.eml"
            data, msgid = build(spec, len(rows) + 1)
            assert msgid not in ids, f"duplicate Message-ID {msgid}"
            ids.add(msgid)
            (HERE / kind).mkdir(exist_ok=True)
            (HERE / rel).write_bytes(data)
            rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
            shape = ("mixed" if spec.get("attach") else "calendar" if "ics" in spec
                     else "alternative" if spec.get("text") and (spec.get("html") or
                                                                  spec.get("html_from_text"))
                     else "plain" if spec.get("text") else "html")
            structure[shape] += 1
            charsets[spec.get("charset", "utf-8")] += 1
            ctes[spec.get("cte", "qp")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs = Counter(row[4] for row in rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(per_kind))
    print("languages:", dict(langs), {k: f"{v / len(rows):.0%}" for k, v in langs.items()})
    print("structure:", dict(structure))
    print("charsets:", dict(charsets), "encodings:", dict(ctes))


if __name__ == "__main__":
    main()
