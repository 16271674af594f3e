"""Build corpus 172 (blind, hand-written) from the msgs172_* spec modules.

Run from the repository root:  python tests/corpus_hundredseventysecond/make_hundredseventysecond.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder,
then re-parses every written message and checks it (no defects, subject and bodies round-trip).
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import sys
from datetime import datetime, timezone
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.message import Message
from email.utils import format_datetime, getaddresses
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs172_acks  # noqa: E402
import msgs172_invites  # noqa: E402
import msgs172_other  # noqa: E402
import msgs172_rejections  # noqa: E402
from msgs172_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
ZONES = {
    "mx": "America/Mexico_City", "mty": "America/Monterrey", "bog": "America/Bogota",
    "mad": "Europe/Madrid", "hou": "America/Chicago", "mtl": "America/Toronto",
    "fra": "Europe/Berlin", "utc": "UTC",
}
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# ---------------------------------------------------------------- small helpers

def when(spec_date: str, tz: str) -> datetime:
    return datetime.strptime(spec_date, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(ZONES[tz]))


def is_ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def encoded_words(text: str, charset: str, enc: str) -> str:
    cs = Charset(charset)
    cs.header_encoding = QP if enc.upper() == "Q" else BASE64
    words = Header(text, charset=cs, maxlinelen=76).encode(linesep="\n")
    if charset.lower() != "utf-8":  # some mailers write the Q/B marker in capitals
        words = words.replace("?q?", "?Q?").replace("?b?", "?B?")
    return words


def fmt_addr(name: str | None, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc or not is_ascii(name):
        charset, how = enc or ("utf-8", "Q")
        return f"{encoded_words(name, charset, how)} <{addr}>"
    if any(c in name for c in '()<>[]:;@\\,."'):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def fmt_subject(subject: str, enc: tuple[str, str] | None) -> str:
    if enc or not is_ascii(subject):
        charset, how = enc or ("utf-8", "Q")
        return encoded_words(subject, charset, how)
    return subject


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def pdf_str(text: str) -> str:
        out = []
        for ch in text.encode("cp1252"):
            c = chr(ch)
            if c in "()\\":
                out.append("\\" + c)
            elif 32 <= ch < 127:
                out.append(c)
            else:
                out.append(f"\\{ch:03o}")
        return "(" + "".join(out) + ")"

    stream_lines = ["BT", "/F1 15 Tf", "56 770 Td", "18 TL", pdf_str(title) + " Tj", "T*",
                    "/F1 10.5 Tf", "15 TL"]
    for line in lines:
        stream_lines.append(pdf_str(line) + " Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus172) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_text(ics: dict, default_tz: str) -> str:
    """An iCalendar object (REQUEST or CANCEL) with folded lines."""
    tz = ics.get("tz", default_tz)
    start = when(ics["start"], tz).astimezone(timezone.utc)
    end = when(ics["end"], tz).astimezone(timezone.utc)
    stamp = when(ics["stamp"], tz).astimezone(timezone.utc) if "stamp" in ics else start

    def esc(value: str) -> str:
        return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    org_name, org_addr = ics["organizer"]
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
        f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{esc(ics['summary'])}",
        f"LOCATION:{esc(ics.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CANDIDATE[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{esc(ics['description'])}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        raw = line.encode("utf-8")
        if len(raw) <= 75:
            folded.append(line)
            continue
        chunk, size, first = "", 0, True
        for ch in line:
            width = len(ch.encode("utf-8"))
            limit = 75 if first else 74
            if size + width > limit:
                folded.append(chunk if first else " " + chunk)
                chunk, size, first = "", 0, False
            chunk += ch
            size += width
        folded.append(chunk if first else " " + chunk)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- building

class Builder:
    def __init__(self, key: str):
        self.key = key
        self.count = 0
        self.expected: list[tuple[str, str]] = []

    def boundary(self) -> str:
        self.count += 1
        digest = hashlib.sha1(f"{self.key}/{self.count}".encode()).hexdigest()[:16]
        return f"----=_Part172_{self.count}_{digest}"

    def text(self, content: str, subtype: str, charset: str, cte: str,
             **params: str) -> MIMENonMultipart:
        cs = Charset(charset)
        cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
        part = MIMENonMultipart("text", subtype, policy=COMPAT)
        part.set_payload(content, cs)
        for name, value in params.items():
            part.set_param(name, value)
        self.expected.append((f"text/{subtype}", content))
        return part

    def multipart(self, subtype: str, parts: list[Message]) -> MIMEMultipart:
        mp = MIMEMultipart(subtype, boundary=self.boundary(), policy=COMPAT)
        for p in parts:
            mp.attach(p)
        return mp


def default_cte(content: str) -> str:
    return "7bit" if is_ascii(content) else "qp"


def strip_inner_mime_version(root: Message) -> None:
    """MIMEBase stamps MIME-Version on every part; a mail program writes it once, on top."""
    stack = [root]
    while stack:
        part = stack.pop()
        if part is not root and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            stack.extend(part.get_payload())
        elif part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                for sub in inner.walk():
                    if sub is not inner and "MIME-Version" in sub:
                        del sub["MIME-Version"]


def build_body(spec: dict, b: Builder) -> Message:
    charset = spec.get("charset", "utf-8")
    tz = spec.get("tz", "mx")
    alts: list[Message] = []
    if spec.get("text") is not None:
        text = spec["text"]
        alts.append(b.text(text, "plain", charset, spec.get("cte", default_cte(text))))
    if spec.get("html") is not None:
        html = spec["html"]
        alts.append(b.text(html, "html", spec.get("html_charset", charset),
                           spec.get("html_cte", spec.get("cte", default_cte(html)))))
    if spec.get("ics"):
        cal = ics_text(spec["ics"], tz)
        alts.append(b.text(cal, "calendar", "utf-8", spec["ics"].get("cte", default_cte(cal)),
                           method=spec["ics"].get("method", "REQUEST")))
    body = alts[0] if len(alts) == 1 else b.multipart("alternative", alts)

    extras: list[Message] = []
    for pdf in spec.get("pdfs", []):
        part = MIMEApplication(pdf_bytes(pdf["title"], pdf["lines"]), "pdf", policy=COMPAT)
        part.set_param("name", pdf["name"])
        part.add_header("Content-Disposition", "attachment", filename=pdf["name"])
        extras.append(part)
    if spec.get("ics_attach"):
        cal = ics_text(spec["ics"], tz)
        part = MIMEApplication(cal.encode("utf-8"), "ics", policy=COMPAT)
        part.set_param("name", "invite.ics")
        part.add_header("Content-Disposition", "attachment", filename="invite.ics")
        extras.append(part)
    if spec.get("rfc822"):
        inner_spec = spec["rfc822"]
        inner = b.text(inner_spec["text"], "plain", inner_spec.get("charset", "utf-8"),
                       inner_spec.get("cte", default_cte(inner_spec["text"])))
        inner_dt = when(inner_spec["date"], inner_spec.get("tz", tz))
        headers = [
            ("From", fmt_addr(*inner_spec["frm"])),
            ("To", fmt_addr(*inner_spec.get("to", CANDIDATE))),
            ("Subject", fmt_subject(inner_spec["subject"], None)),
            ("Date", format_datetime(inner_dt)),
            ("Message-ID", f"<{inner_dt:%Y%m%d%H%M}.inner.{hashlib.sha1(b.key.encode()).hexdigest()[:10]}"
                           f"@{inner_spec['frm'][1].split('@')[1]}>"),
        ]
        wrapper = Message(policy=COMPAT)
        for name, value in headers:
            wrapper[name] = value
        wrapper["MIME-Version"] = "1.0"
        for name, value in inner.items():
            if name != "MIME-Version":
                wrapper[name] = value
        wrapper.set_payload(inner.get_payload())
        att = MIMEMessage(wrapper, policy=COMPAT)
        att.add_header("Content-Disposition", "attachment",
                       filename=inner_spec.get("filename", "mensaje.eml"))
        extras.append(att)
    if extras:
        return b.multipart("mixed", [body, *extras])
    return body


def message_id(spec: dict, dt: datetime) -> str:
    digest = hashlib.sha1(spec["key"].encode()).hexdigest()[:12]
    domain = spec["frm"][1].split("@")[1]
    return f"<{dt.astimezone(timezone.utc):%Y%m%d%H%M%S}.{digest}@{domain}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    b = Builder(spec["key"])
    body = build_body(spec, b)
    strip_inner_mime_version(body)
    del body["MIME-Version"]
    dt = when(spec["date"], spec.get("tz", "mx"))
    lines = [f"From: {fmt_addr(spec['frm'][0], spec['frm'][1], spec.get('name_enc'))}"]
    to = spec.get("to", [CANDIDATE])
    lines.append("To: " + ",\n ".join(fmt_addr(n, a) for n, a in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(fmt_addr(n, a) for n, a in spec["cc"]))
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {fmt_addr(*spec['reply_to'])}")
    lines.append(f"Subject: {fmt_subject(spec['subject'], spec.get('subject_enc'))}")
    lines.append(f"Date: {format_datetime(dt)}")
    lines.append(f"Message-ID: {ids[spec['key']]}")
    if spec.get("parent"):
        lines.append(f"In-Reply-To: {ids[spec['parent']]}")
        lines.append("References: " + "\n ".join(refs[spec["key"]]))
    for name, value in spec.get("headers", {}).items():
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=COMPAT).flatten(body)
    return head + buf.getvalue(), b.expected


# ---------------------------------------------------------------- checking

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if frm.addr_spec != spec["frm"][1] or (frm.display_name or None) != (spec["frm"][0] or None):
        problems.append(f"from {frm!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date year")
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = list(expected)
    if [t for t, _ in got] != [t for t, _ in want]:
        problems.append(f"parts {[t for t, _ in got]} != {[t for t, _ in want]}")
    else:
        for (t, g), (_, w) in zip(got, want):
            if norm(g) != norm(w):
                problems.append(f"{t} body does not round-trip")
    for pdf in (p for p in msg.walk() if p.get_content_type() == "application/pdf"):
        data = pdf.get_content()
        if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
            problems.append("pdf")
    contact = spec.get("contact", "")
    if contact:
        pool = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        if contact not in pool or contact != contact.lower():
            problems.append(f"contact {contact} not in {pool}")
    if spec["frm"][1] == CANDIDATE[1] and (contact or spec["kind"] != "other"):
        problems.append("candidate's own mail must be other without contact")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


# ---------------------------------------------------------------- main

def main() -> None:
    specs: list[dict] = []
    for module in (msgs172_rejections, msgs172_invites, msgs172_acks, msgs172_other):
        specs.extend(module.MESSAGES)
    for spec in specs:
        spec.setdefault("key", f"{spec['kind']}:{spec['slug']}")
        assert spec["kind"] in KINDS, spec["key"]
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["key"]
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {s["key"]: s for s in specs}

    ids = {s["key"]: message_id(s, when(s["date"], s.get("tz", "mx"))) for s in specs}
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key in refs:
            return refs[key]
        parent = by_key[key].get("parent")
        refs[key] = (chain(parent) + [ids[parent]]) if parent else []
        return refs[key]

    for s in specs:
        chain(s["key"])
        if s.get("parent"):
            parent = by_key[s["parent"]]
            pdt = when(parent["date"], parent.get("tz", "mx"))
            assert pdt < when(s["date"], s.get("tz", "mx")), f"{s['key']} before its parent"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)

    rows = []
    counters = {k: 0 for k in KINDS}
    for s in specs:
        counters[s["kind"]] += 1
        rel = f"{s['kind']}/{counters[s['kind']]:03d}_{s['slug']}.eml"
        data, expected = render(s, ids, refs)
        path = HERE / rel
        path.write_bytes(data)
        check(path, s, expected)
        rows.append([rel, s["kind"], s.get("company", ""), s.get("contact", ""), s["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"{len(rows)} messages written")
    for kind in KINDS:
        print(f"  {kind:32s} {table.get(kind, {})}")
    langs: dict[str, int] = {}
    for row in rows:
        langs[row[4]] = langs.get(row[4], 0) + 1
    print("  languages", langs)


if __name__ == "__main__":
    main()
