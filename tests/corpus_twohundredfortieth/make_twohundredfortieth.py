"""Build corpus 240 from the hand-written specs in the msgs240_* modules.

Run from the repository root:  python tests/corpus_twohundredfortieth/make_twohundredfortieth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder,
then re-parses every message with the default policy and checks it: no defects, the subject,
the sender's display name and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs240_acks  # noqa: E402
import msgs240_invites  # noqa: E402
import msgs240_other  # noqa: E402
import msgs240_rejections  # noqa: E402
from msgs240_common import ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=0)

# Summer time in 2026 (EU rule): from 29 March 01:00 UTC to 25 October 01:00 UTC.
DST_START = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
DST_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)


# ---------------------------------------------------------------- headers

def _q_word(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(chunk: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="


def encode_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words (each at most 75 characters), folded onto continuation lines."""
    make = _q_word if enc.lower() == "q" else _b_word
    words, chunk = [], ""
    for ch in text:
        if len(make(chunk + ch, charset)) > 75:
            words.append(make(chunk, charset))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(make(chunk, charset))
    return "\n ".join(words)


def fold(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    if "\n" in value:
        return f"{name}: {value}"
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\n".join(lines)


def address(name: str, addr: str, cs: tuple[str, str] | None = None) -> str:
    """One mailbox; the display name as encoded words when asked or when not ASCII."""
    if not name:
        return addr
    if cs is None and not name.isascii():
        cs = ("utf-8", "q")
    if cs:
        return f"{encode_words(name, *cs)} <{addr}>"
    return formataddr((name, addr))


def header_text(value: str, cs: tuple[str, str] | None) -> str:
    if cs is None and not value.isascii():
        cs = ("utf-8", "q")
    return encode_words(value, *cs) if cs else value


# ---------------------------------------------------------------- dates

def offset_for(zone: str, moment: datetime) -> timedelta:
    """The sender's UTC offset: a literal like "-0400", or "ie" / "cet" with summer time."""
    if zone not in ("ie", "cet"):
        sign = -1 if zone.startswith("-") else 1
        return sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
    base = timedelta(hours=0 if zone == "ie" else 1)
    utc = (moment - base).replace(tzinfo=UTC)
    return base + timedelta(hours=1 if DST_START <= utc < DST_END else 0)


def when(spec: dict) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("tz")
    if zone is None:
        own = spec["frm"][1] == ME[1]
        zone = "ie" if own or spec["lang"] == "en" else "cet"
    return naive.replace(tzinfo=timezone(offset_for(zone, naive)))


# ---------------------------------------------------------------- bodies

def text_part(body: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = body.encode(charset)
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII text")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        if max(len(line) for line in raw.split(b"\n")) > 900:
            raise ValueError(f"line too long for {cte}")
        payload = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    part._src_text = body  # type: ignore[attr-defined]
    return part


def default_cte(body: str) -> str:
    return "7bit" if body.isascii() else "8bit"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def esc(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT /F1 15 Tf 56 790 Td (" + esc(title) + b") Tj ET"]
    y = 760
    for line in lines:
        ops.append(b"BT /F1 10 Tf 56 %d Td (" % y + esc(line) + b") Tj ET")
        y -= 15
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title) + b") /Producer (corpus240) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(title, lines)).decode("ascii"))
    return part


VTIMEZONES = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
}


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, raw = [], line
    while len(raw.encode("utf-8")) > 74:
        cut = 74
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def ics_text(ics: dict, sent: datetime) -> str:
    """An iCalendar object (METHOD:REQUEST or CANCEL) for one interview."""
    tzid = ics.get("tzid", "Europe/Dublin")
    std, dst, sname, dname = VTIMEZONES[tzid]

    def stamp(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011025T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{sname}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010329T010000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dname}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tzid}:{stamp(ics['start'])}",
        f"DTEND;TZID={tzid}:{stamp(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
        f"LOCATION:{ics_escape(ics.get('location', ''))}",
        f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{ME[1]}",
    ]
    for name, addr in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN={ics_escape(name)};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\n".join(folded) + "\n"


def ics_parts(ics: dict, sent: datetime) -> tuple[Message | None, Message | None]:
    """The calendar as an alternative text/calendar part and/or an .ics attachment."""
    body = ics_text(ics, sent)
    mode = ics.get("mode", "alt")
    alt = att = None
    if mode in ("alt", "both"):
        alt = Message()
        alt["Content-Type"] = f'text/calendar; charset="utf-8"; method={ics["method"]}'
        cte = default_cte(body) if body.isascii() else "quoted-printable"
        raw = body.encode("utf-8")
        alt["Content-Transfer-Encoding"] = cte
        alt.set_payload(raw.decode("ascii") if cte == "7bit"
                        else quopri.encodestring(raw).decode("ascii"))
        alt._src_text = body  # type: ignore[attr-defined]
    if mode in ("attach", "both"):
        att = Message()
        name = ics.get("filename", "invite.ics")
        att["Content-Type"] = f'application/ics; name="{name}"'
        att["Content-Disposition"] = f'attachment; filename="{name}"'
        att["Content-Transfer-Encoding"] = "base64"
        att.set_payload(base64.encodebytes(body.replace("\n", "\r\n").encode()).decode())
    return alt, att


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    m = Message()
    m["Content-Type"] = f"multipart/{subtype}"
    m.set_boundary(boundary)
    for part in parts:
        m.attach(part)
    return m


def build_body(spec: dict, slug: str, sent: datetime) -> Message:
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    cte_t = spec.get("cte") or (default_cte(text) if text else "7bit")
    cte_h = spec.get("html_cte") or spec.get("cte") or (default_cte(html) if html else "7bit")
    n = [0]

    def bnd() -> str:
        n[0] += 1
        return f"=_240_{slug}_{n[0]}"

    alts = []
    if text is not None:
        alts.append(text_part(text, "plain", charset, cte_t))
    if html is not None:
        alts.append(text_part(html, "html", charset, cte_h))
    cal_alt = cal_att = None
    if spec.get("ics"):
        cal_alt, cal_att = ics_parts(spec["ics"], sent)
        if cal_alt is not None:
            alts.append(cal_alt)
    body = alts[0] if len(alts) == 1 else multipart("alternative", bnd(), alts)
    attachments = []
    if cal_att is not None:
        attachments.append(cal_att)
    for filename, title, lines in spec.get("pdfs", []):
        attachments.append(pdf_part(filename, title, lines))
    if spec.get("rfc822"):
        inner = spec["rfc822"]
        raw = message_bytes(inner, f"{slug}-inner", inner_part=True)
        wrapped = Message()
        wrapped["Content-Type"] = "message/rfc822"
        wrapped["Content-Disposition"] = 'attachment; filename="forwarded-message.eml"'
        wrapped.attach(email.message_from_bytes(raw, policy=email.policy.compat32))
        wrapped._src_inner = inner  # type: ignore[attr-defined]
        attachments.append(wrapped)
    if attachments:
        body = multipart("mixed", bnd(), [body, *attachments])
    return body


# ---------------------------------------------------------------- whole messages

def msgid(spec: dict, slug: str) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    addr = spec["frm"][1]
    domain = spec.get("msgid_domain") or addr.split("@", 1)[1]
    digest = hashlib.sha1(slug.encode()).hexdigest()[:12]
    return f"<{digest}.{slug.replace('/', '.')}@{domain}>"


def message_bytes(spec: dict, slug: str, inner_part: bool = False) -> bytes:
    sent = when(spec)
    lines = [f"Date: {format_datetime(sent)}"]
    lines.append(fold("From", address(*spec["frm"], spec.get("frm_cs"))))
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", address(*spec["reply_to"], spec.get("rt_cs"))))
    tos = spec.get("to", [ME])
    lines.append("To: " + ",\n ".join(address(*t) for t in tos))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(address(*c) for c in spec["cc"]))
    subject = header_text(spec["subject"], spec.get("subj_cs"))
    lines.append(fold("Subject", subject) if subject == spec["subject"] else
                 f"Subject: {subject}")
    lines.append(f"Message-ID: {spec['_id'] if not inner_part else msgid(spec, slug)}")
    if spec.get("_parent_id"):
        lines.append(f"In-Reply-To: {spec['_parent_id']}")
        lines.append(fold("References", " ".join(spec["_refs"])))
    for name, value in spec.get("headers", []):
        if not value.isascii():
            raise SystemExit(f"{slug}: header {name} must be ASCII")
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(
        build_body(spec, slug, sent))
    return head + buf.getvalue()


def expected_texts(spec: dict, slug: str) -> list[str]:
    tree = build_body(spec, slug, when(spec))
    out = []
    for part in tree.walk():
        if hasattr(part, "_src_text"):
            out.append(part._src_text)
        if hasattr(part, "_src_inner"):
            inner = part._src_inner
            out += [t for t in (inner.get("text"), inner.get("html")) if t is not None]
    return out


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(path: Path, spec: dict, slug: str) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        for name, value in part.items():
            problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    name, addr = getaddresses([str(msg["From"])])[0]
    if (name, addr) != tuple(spec["frm"]):
        problems.append(f"from {(name, addr)!r} != {spec['frm']!r}")
    got = [part.get_content() for part in msg.walk()
           if part.get_content_type() in ("text/plain", "text/html", "text/calendar")]
    want = expected_texts(spec, slug)
    if [norm(g) for g in got] != [norm(w) for w in want]:
        problems.append("bodies do not round-trip")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def contact_of(spec: dict) -> str:
    value = spec.get("contact", "")
    if value == "from":
        value = spec["frm"][1]
    elif value == "reply":
        value = spec["reply_to"][1]
    value = value.lower()
    if value:
        allowed = {spec["frm"][1].lower()}
        if spec.get("reply_to"):
            allowed.add(spec["reply_to"][1].lower())
        if value not in allowed:
            raise SystemExit(f"{spec['slug']}: contact {value} not in From/Reply-To")
    return value


def all_specs() -> list[dict]:
    specs = [*msgs240_rejections.MESSAGES, *msgs240_invites.MESSAGES,
             *msgs240_acks.MESSAGES, *msgs240_other.MESSAGES]
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        spec["_file"] = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        spec["_slug"] = f"{kind[:3]}{counters[kind]:03d}-{spec['slug']}"
        spec["_id"] = msgid(spec, spec["_slug"])
    by_key = {spec["key"]: spec for spec in specs if spec.get("key")}
    if len(by_key) != len([s for s in specs if s.get("key")]):
        raise SystemExit("duplicate thread keys")

    def refs(spec: dict) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        up = by_key[parent]
        return [*refs(up), up["_id"]]

    for spec in specs:
        if spec.get("parent"):
            spec["_refs"] = refs(spec)
            spec["_parent_id"] = spec["_refs"][-1]
    return specs


def main() -> None:
    specs = all_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        if spec["kind"] not in KINDS or spec["lang"] not in ("en", "de", "fr", "es"):
            raise SystemExit(f"{spec['slug']}: bad kind or language")
        if (spec["kind"] == "other") != (not spec.get("company")):
            raise SystemExit(f"{spec['slug']}: company must be set exactly on job mail")
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(message_bytes(spec, spec["_slug"]))
        verify(path, spec, spec["_slug"])
        rows.append([spec["_file"], spec["kind"], spec.get("company", ""), contact_of(spec),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        counts[kind, lang] = counts.get((kind, lang), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        cells = "  ".join(f"{lang}={counts.get((kind, lang), 0)}"
                          for lang in ("en", "de", "fr", "es"))
        print(f"{kind:32s} {cells}")


if __name__ == "__main__":
    main()
