"""Build corpus 270 (Ingrid Okonkwo-Haldane) from the hand-written specs in msgs270_*.py.

Run from the repository root:

    python tests/corpus_twohundredseventieth/make_twohundredseventieth.py

Standard library only. It deletes and rewrites only the *.eml files and labels.csv in this
folder. Header blocks are written here (not by the email package's policy) so that encoded
words can use the charset and encoding (Q or B) each spec asks for; bodies are built as MIME
parts with email.message.MIMEPart. Every written file is parsed back with the default policy
and checked: no defects, subject, addresses and every text body round-trip.
"""

from __future__ import annotations

import csv
import email
import email.charset
import email.policy
import hashlib
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import MIMEPart
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
sys.path.insert(0, str(HERE))

import msgs270_acks  # noqa: E402
import msgs270_invites  # noqa: E402
import msgs270_other  # noqa: E402
import msgs270_rejections  # noqa: E402
from msgs270_common import CANDIDATE  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
SPEC_KEYS = {
    "kind", "slug", "company", "contact", "lang", "frm", "frm_cs", "to", "cc", "reply_to",
    "subject", "subj_cs", "date", "msgid", "irt", "refs", "hdrs", "text", "html", "text_cs",
    "text_cte", "html_cs", "html_cte", "ics", "pdfs", "order",
}


# ---------------------------------------------------------------- headers

def charset_for(spec: str) -> email.charset.Charset:
    """'iso-8859-1/q' -> a Charset whose header encoding is Q (or B for '/b')."""
    name, mode = spec.split("/")
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.QP if mode == "q" else email.charset.BASE64
    return cs


def encode_text(value: str, header_name: str, cs_spec: str | None) -> str:
    if cs_spec is None:
        if value.isascii():
            return Header(value, "us-ascii", header_name=header_name).encode(linesep="\n")
        cs_spec = "utf-8/q"
    return Header(value, charset_for(cs_spec), header_name=header_name).encode(linesep="\n")


def encode_addr(item: tuple) -> str:
    name, addr = item[0], item[1]
    cs_spec = item[2] if len(item) > 2 else None
    if not name:
        return addr
    if name.isascii() and cs_spec is None:
        return formataddr((name, addr))
    return f"{encode_text(name, 'From', cs_spec)} <{addr}>"


def addr_list(items: list[tuple]) -> str:
    return ",\n ".join(encode_addr(item) for item in items)


def parse_date(text: str) -> datetime:
    """'2026-03-04 14:05 +0100' -> an aware datetime."""
    stamp, offset = text.rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


# ---------------------------------------------------------------- PDF and iCalendar

def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) with the given lines of text."""
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT\n/F1 15 Tf\n56 780 Td\n18 TL\n" + pdf_str(title) + b" Tj\n/F1 10.5 Tf\n14 TL\nT*\n"
    for line in lines:
        stream += pdf_str(line) + b" Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus270 make_pdf) >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def check_pdf(data: bytes) -> None:
    """The structure a PDF reader relies on: header, xref offsets, stream length, trailer."""
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    start = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[start:start + 4] == b"xref"
    for number, offset in enumerate(re.findall(rb"(\d{10}) 00000 n ", data), start=1):
        assert data[int(offset):].startswith(f"{number} 0 obj".encode()), number
    length = int(re.search(rb"/Length (\d+)", data).group(1))
    begin = data.index(b"stream\n") + len(b"stream\n")
    assert data[begin + length:].startswith(b"endstream"), "stream length"


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


def ics_utc(local: str, offset: str) -> str:
    return parse_date(f"{local} {offset}").astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{ics_utc(ics['start'], ics['offset'])}",
        f"DTEND:{ics_utc(ics['end'], ics['offset'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    partstat = "NEEDS-ACTION" if method == "REQUEST" else "DECLINED"
    lines.append(f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
                 f"RSVP={'TRUE' if method == 'REQUEST' else 'FALSE'}:mailto:{CANDIDATE[1]}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, cs: str, cte: str | None,
              params: dict | None = None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    part.set_content(text + "\n", subtype=subtype, charset=cs, cte=cte, params=params or {})
    return part


def container(subtype: str, boundary: str, parts: list[MIMEPart]) -> MIMEPart:
    box = MIMEPart(policy=POLICY)
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        box.attach(part)
    return box


def build_body(spec: dict, key: str, stamp: datetime) -> tuple[MIMEPart, dict]:
    """The MIME tree of a spec and what its text parts must read back as."""
    expect: dict = {}
    tag = hashlib.sha1(key.encode()).hexdigest()[:16]
    alts = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", spec.get("text_cs", "utf-8"),
                              spec.get("text_cte")))
        expect["plain"] = spec["text"]
    html = spec.get("html")
    if callable(html):  # a layout from msgs270_common around the message's own text
        html = html(spec["text"])
    if html is not None:
        html_cs = spec.get("html_cs", "utf-8")
        if html_cs != "utf-8":  # the shells declare utf-8; say what the part really is
            html = html.replace('charset="utf-8"', f'charset="{html_cs}"')
            html = html.replace("charset=utf-8", f"charset={html_cs}")
        alts.append(text_part(html, "html", html_cs, spec.get("html_cte")))
        expect["html"] = html
    ics = spec.get("ics")
    if ics:
        ics_text = make_ics(ics, stamp)
        alts.append(text_part(ics_text, "calendar", "utf-8", ics.get("cte", "7bit")
                              if ics_text.isascii() else ics.get("cte", "base64"),
                              {"method": ics.get("method", "REQUEST")}))
        expect["calendar"] = ics_text
    body = alts[0] if len(alts) == 1 else container("alternative", f"==b270_{tag}_alt==", alts)
    attachments = []
    for pdf in spec.get("pdfs", []):
        part = MIMEPart(policy=POLICY)
        part.set_content(make_pdf(pdf["title"], pdf["lines"]), maintype="application",
                         subtype="pdf", filename=pdf["name"], disposition="attachment")
        attachments.append(part)
    if ics and ics.get("attach"):
        part = MIMEPart(policy=POLICY)
        part.set_content(make_ics(ics, stamp).encode("utf-8"), maintype="application",
                         subtype="ics", filename=ics.get("filename", "invite.ics"),
                         disposition="attachment")
        attachments.append(part)
    if attachments:
        body = container("mixed", f"==b270_{tag}_mix==", [body, *attachments])
    return body, expect


# ---------------------------------------------------------------- one message

def default_msgid(spec: dict, key: str, stamp: datetime) -> str:
    domain = spec["frm"][1].split("@", 1)[1]
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]
    return f"<{stamp.strftime('%Y%m%d%H%M')}.{digest}@{domain}>"


def render(spec: dict, key: str) -> bytes:
    unknown = set(spec) - SPEC_KEYS
    assert not unknown, f"{key}: unknown spec keys {unknown}"
    stamp = parse_date(spec["date"])
    assert stamp.year == 2026, key
    heads = [("From", encode_addr(spec["frm"])),
             ("To", addr_list(spec.get("to", [CANDIDATE])))]
    if spec.get("cc"):
        heads.append(("Cc", addr_list(spec["cc"])))
    if spec.get("reply_to"):
        heads.append(("Reply-To", addr_list(spec["reply_to"])))
    heads.append(("Subject", encode_text(spec["subject"], "Subject", spec.get("subj_cs"))))
    heads.append(("Date", format_datetime(stamp)))
    heads.append(("Message-ID", spec.get("msgid") or default_msgid(spec, key, stamp)))
    if spec.get("irt"):
        heads.append(("In-Reply-To", spec["irt"]))
    if spec.get("refs"):
        heads.append(("References", "\n ".join(spec["refs"])))
    heads += list(spec.get("hdrs", []))
    heads.append(("MIME-Version", "1.0"))
    body, expect = build_body(spec, key, stamp)
    buffer = BytesIO()
    BytesGenerator(buffer, policy=POLICY).flatten(body)
    head = "".join(f"{name}: {value}\n" for name, value in heads).encode("ascii")
    raw = head + buffer.getvalue()
    verify(raw, spec, expect, key)
    return raw


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(raw: bytes, spec: dict, expect: dict, key: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name}: {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    from_name, from_addr = spec["frm"][0], spec["frm"][1]
    addr = msg["From"].addresses[0]
    if (addr.display_name, addr.addr_spec) != (from_name, from_addr):
        problems.append(f"from {addr!r}")
    if spec.get("reply_to"):
        got = [a.addr_spec for a in msg["Reply-To"].addresses]
        if got != [r[1] for r in spec["reply_to"]]:
            problems.append(f"reply-to {got}")
    found = {}
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            check_pdf(part.get_content())
        if part.get_content_maintype() == "text":
            found[part.get_content_subtype()] = part.get_content()
    for sub, text in expect.items():
        if norm(found.get(sub, "")) != norm(text):
            problems.append(f"{sub} body does not round-trip")
    if not any(norm(t).strip() for t in found.values()):
        problems.append("no text")
    assert not problems, f"{key}: " + "; ".join(problems)


# ---------------------------------------------------------------- the corpus

def all_specs() -> list[dict]:
    return [*msgs270_rejections.MESSAGES, *msgs270_invites.MESSAGES, *msgs270_acks.MESSAGES,
            *msgs270_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows, seen_ids = [], set()
    for spec in specs:
        kind = spec["kind"]
        assert kind in counters, spec["slug"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        raw = render(spec, rel.replace("/", "_").removesuffix(".eml"))
        msgid = email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]
        assert msgid not in seen_ids, f"{rel}: duplicate Message-ID {msgid}"
        seen_ids.add(msgid)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        company, contact = spec.get("company", ""), spec.get("contact", "")
        assert (kind == "other") == (company == ""), f"{rel}: company {company!r}"
        assert contact == contact.lower(), rel
        if contact:
            assert contact in [a[1] for a in [spec["frm"], *spec.get("reply_to", [])]], rel
        rows.append([rel, kind, company, contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs: dict[str, int] = {}
    for row in rows:
        langs[row[4]] = langs.get(row[4], 0) + 1
    print(f"wrote {len(rows)} messages: {counters} {langs}")


if __name__ == "__main__":
    main()
