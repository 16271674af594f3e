"""Build corpus 188 from the hand-written specs in the msgs188_* modules.

Run from the repository root:

    python tests/corpus_hundredeightyeighth/make_hundredeightyeighth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every message (email.policy.default) and checks that it has no defects and that its
subject and bodies come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs188_acks  # noqa: E402
import msgs188_invites  # noqa: E402
import msgs188_other  # noqa: E402
import msgs188_rejections  # noqa: E402
from msgs188_common import CANDIDATE  # noqa: E402

KINDS = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
GEN_POLICY = compat32.clone(linesep="\n")
Spec = dict[str, Any]


# ------------------------------------------------------------------------------ headers

def _q_word(chunk: bytes, charset: str) -> str:
    out = []
    for byte in chunk:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(chunk: bytes, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(chunk).decode('ascii')}?="


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, split between characters."""
    make = _q_word if mode == "Q" else _b_word
    words: list[str] = []
    current = ""
    for ch in text:
        trial = current + ch
        if current and len(make(trial.encode(charset), charset)) > 75:
            words.append(make(current.encode(charset), charset))
            current = ch
        else:
            current = trial
    if current:
        words.append(make(current.encode(charset), charset))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """One header line, folded at token boundaries before 78 characters."""
    line = f"{name}:"
    lines: list[str] = []
    for token in tokens:
        if len(line) + 1 + len(token) > 78 and line.strip() not in (f"{name}:", ""):
            lines.append(line)
            line = " " + token
        else:
            line = f"{line} {token}"
    lines.append(line)
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None = None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold(name, value.split(" "))
    return fold(name, encoded_words(value, *enc))


_SPECIALS = set('()<>@,;:\\".[]')


def address_tokens(name: str, addr: str, enc: tuple[str, str] | None = None) -> list[str]:
    if not name:
        return [addr]
    if enc is not None or not name.isascii():
        return [*encoded_words(name, *(enc or ("utf-8", "B"))), f"<{addr}>"]
    if any(ch in _SPECIALS for ch in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return [*f'"{escaped}"'.split(" "), f"<{addr}>"]
    return [*name.split(" "), f"<{addr}>"]


def address_header(name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    tokens: list[str] = []
    for i, (display, addr) in enumerate(people):
        part = address_tokens(display, addr, enc)
        if i < len(people) - 1:
            part[-1] += ","
        tokens += part
    return fold(name, tokens)


# ------------------------------------------------------------------------------ parts

def text_part(content: str, subtype: str, charset: str, cte: str | None) -> Message:
    data = content.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "8bit"
    part = Message(policy=GEN_POLICY)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        if cte == "7bit" and not data.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = data.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part


def _pdf_escape(line: str) -> bytes:
    raw = line.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF 1.4 that shows title and lines in Helvetica."""
    stream = [b"BT", b"/F1 15 Tf", b"56 790 Td", b"(" + _pdf_escape(title) + b") Tj",
              b"/F1 10 Tf", b"0 -28 Td"]
    for line in lines:
        stream += [b"(" + _pdf_escape(line) + b") Tj", b"0 -15 Td"]
    stream.append(b"ET")
    content = b"\n".join(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Title (" + _pdf_escape(title) + b") /Producer (corpus188) >>",
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


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message(policy=GEN_POLICY)
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(title, lines)).decode("ascii"))
    return part


_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    raw = line
    while len(raw.encode("utf-8")) > 73:
        cut = 73
        while len(raw[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def make_ics(ics: Spec, stamp: datetime) -> str:
    """A VCALENDAR with one VEVENT (REQUEST or CANCEL) in CET/CEST local time."""
    tz = ics.get("tz", "Europe/Paris")

    def local(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        *_VTIMEZONE.format(tz=tz).split("\n"),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{local(ics['start'])}",
        f"DTEND;TZID={tz}:{local(ics['end'])}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f"DESCRIPTION:{_ics_text(ics.get('description', ''))}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CANDIDATE[1]}",
        f"STATUS:{ics.get('status', 'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def ics_part(ics: Spec, stamp: datetime, as_file: bool) -> Message:
    part = Message(policy=GEN_POLICY)
    method = ics["method"]
    if as_file:
        name = ics.get("filename", "invite.ics")
        part["Content-Type"] = f'application/ics; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_ics(ics, stamp).encode("utf-8")).decode("ascii"))
    return part


# ------------------------------------------------------------------------------ messages

def message_id(slug: str, addr: str) -> str:
    digest = hashlib.sha1(f"corpus188/{slug}".encode()).hexdigest()[:12]
    domain = addr.split("@", 1)[1]
    return f"<{digest}.{slug.replace('_', '-')}@{domain}>"


def boundary(slug: str, level: str) -> str:
    return f"=_c188_{level}_{hashlib.sha1(f'{slug}/{level}'.encode()).hexdigest()[:16]}"


def body_tree(spec: Spec, stamp: datetime) -> Message:
    slug = spec["slug"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    text, html_body = spec.get("text"), spec.get("html")
    alt_parts: list[Message] = []
    if text is not None:
        alt_parts.append(text_part(text, "plain", charset, cte))
    if html_body is not None:
        alt_parts.append(text_part(html_body, "html", spec.get("html_charset", charset),
                                   spec.get("html_cte", cte)))
    ics = spec.get("ics")
    ics_mode = ics.get("mode", "alt") if ics else None
    if ics and ics_mode in ("alt", "both"):
        alt_parts.append(ics_part(ics, stamp, as_file=False))
    if len(alt_parts) == 1:
        core = alt_parts[0]
    else:
        core = MIMEMultipart("alternative", boundary=boundary(slug, "alt"), policy=GEN_POLICY)
        del core["MIME-Version"]
        for part in alt_parts:
            core.attach(part)
    files: list[Message] = []
    for att in spec.get("attach", []):
        files.append(pdf_part(att["filename"], att["title"], att["lines"]))
    if ics and ics_mode in ("file", "both"):
        files.append(ics_part(ics, stamp, as_file=True))
    if spec.get("forward") is not None:
        inner = email.message_from_bytes(build(spec["forward"], {}), policy=GEN_POLICY)
        files.append(MIMEMessage(inner, policy=GEN_POLICY))
        del files[-1]["MIME-Version"]
    if not files:
        return core
    mixed = MIMEMultipart("mixed", boundary=boundary(slug, "mix"), policy=GEN_POLICY)
    del mixed["MIME-Version"]
    mixed.attach(core)
    for part in files:
        mixed.attach(part)
    return mixed


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def build(spec: Spec, ids: dict[str, str]) -> bytes:
    enc = spec.get("enc", {})
    stamp = parse_date(spec["date"])
    frm_addr = spec["frm"][1]
    lines = [
        address_header("From", [spec["frm"]], enc.get("from")),
        address_header("To", spec.get("to", [CANDIDATE]), enc.get("to")),
    ]
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], enc.get("cc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], enc.get("reply_to")))
    lines.append(text_header("Subject", spec["subject"], enc.get("subject")))
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(f"Message-ID: {ids.get(spec['slug']) or message_id(spec['slug'], frm_addr)}")
    refs = [ids[s] for s in spec.get("refs", [])]
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold("References", refs))
    for name, value in spec.get("headers", []):
        lines.append(text_header(name, value))
    tree = body_tree(spec, stamp)
    if "MIME-Version" not in tree:
        lines.append("MIME-Version: 1.0")
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=GEN_POLICY).flatten(tree)
    return ("\n".join(lines) + "\n").encode("ascii") + buffer.getvalue()


# ------------------------------------------------------------------------------ checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n")


def check(spec: Spec, data: bytes) -> None:
    where = spec["slug"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (where, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]), spec["subject"])
    for field in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[field], (where, field)
    assert msg["Date"].datetime.year == 2026, where
    name, addr = spec["frm"]
    got = msg["From"].addresses[0]
    assert (got.display_name, got.addr_spec) == (name, addr), (where, got)
    texts: dict[str, str] = {}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            break
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html") and ctype not in texts:
            texts[ctype] = _norm(part.get_content())
    if spec.get("text") is not None:
        assert texts.get("text/plain") == _norm(spec["text"]), (where, "text/plain")
    if spec.get("html") is not None:
        assert texts.get("text/html") == _norm(spec["html"]), (where, "text/html")
    if spec.get("ics"):
        cals = [p for p in msg.walk() if p.get_content_type() in ("text/calendar",
                                                                  "application/ics")]
        assert cals, where
        for cal in cals:
            raw = cal.get_payload(decode=True).decode("utf-8")
            assert f"METHOD:{spec['ics']['method']}" in raw, where
    for att in spec.get("attach", []):
        pdfs = [p for p in msg.walk() if p.get_filename() == att["filename"]]
        assert pdfs and pdfs[0].get_payload(decode=True).startswith(b"%PDF-1.4"), where


# ------------------------------------------------------------------------------ main

def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs188_rejections, msgs188_invites, msgs188_acks, msgs188_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    slugs = [s["slug"] for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, dupes
    ids = {s["slug"]: message_id(s["slug"], s["frm"][1]) for s in specs}
    for path in HERE.glob("*/*.eml"):
        path.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    counters: dict[str, int] = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in sorted(specs, key=lambda s: KINDS.index(s["kind"])):
        kind = spec["kind"]
        assert kind in KINDS, spec["slug"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        data = build(spec, ids)
        check(spec, data)
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s} {table.get(kind, {})}")


if __name__ == "__main__":
    main()
