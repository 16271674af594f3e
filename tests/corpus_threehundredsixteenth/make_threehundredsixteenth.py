"""Build the threehundredsixteenth blind corpus: hand-written specs in msgs316_*.py -> *.eml files.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs, so
every run writes the same bytes. Each written message is re-parsed with email.policy.default and
checked (no defects, subject, From name, date and every text body round-trip, label rules).

Run: python tests/corpus_threehundredsixteenth/make_threehundredsixteenth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs316_acks_offers  # noqa: E402
import msgs316_invites  # noqa: E402
import msgs316_other  # noqa: E402
import msgs316_rejections  # noqa: E402
import msgs316_threads  # noqa: E402
from msgs316_common import CANDIDATE  # noqa: E402

Spec = dict[str, Any]

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("fr", "en", "de", "es")
ATS_DOMAINS = (
    "myworkday.com",
    "greenhouse-mail.io",
    "hire.lever.co",
    "smartrecruiters.com",
    "icims.com",
    "ashbyhq.com",
    "teamtailor-mail.com",
    "personio.de",
    "successfactors.eu",
    "taleo.net",
    "softgarden.io",
    "bamboohr.com",
    "workablemail.com",
    "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"no-?reply|donotreply|do-not-reply|notification|mailer|alerts?|"
    r"ne-pas-repondre|keine-antwort|newsletter|bounce|^news$|^info$|system"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|SA|SAS|SARL|S\.A\.|S\.L\.|SL|Ltd|Inc|AG|SE|KG|BV|NV|"
    r"S\.p\.A\.|LLC|plc|S\.A\.S\.|e\.V\.)(?=\W|$)"
)

# --- dates -------------------------------------------------------------------------------


def _offset(local: datetime, tz: str) -> int:
    """UTC offset in hours for a 2026 local time in one of the sender zones used here."""
    eu_summer = datetime(2026, 3, 29, 2) <= local < datetime(2026, 10, 25, 3)
    us_summer = datetime(2026, 3, 8, 2) <= local < datetime(2026, 11, 1, 2)
    return {
        "eu": 2 if eu_summer else 1,
        "uk": 1 if eu_summer else 0,
        "utc": 0,
        "us": -4 if us_summer else -5,
        "ca": -7 if us_summer else -8,
    }[tz]


def spec_date(spec: Spec) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = timezone(timedelta(hours=_offset(local, spec.get("tz", "eu"))))
    return local.replace(tzinfo=tz)


# --- headers -----------------------------------------------------------------------------


def _encode_chunk(chunk: bytes, charset: str, enc: str) -> str:
    if enc == "b":
        payload = base64.b64encode(chunk).decode("ascii")
    else:
        payload = "".join(
            chr(byte)
            if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) in "-")
            else "_"
            if byte == 0x20
            else f"={byte:02X}"
            for byte in chunk
        )
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "q", split: bool = True) -> str:
    """RFC 2047 encoding of a whole phrase; spaces stay inside the encoded words, and each
    word stays within 75 characters. Display names (split=False) are one encoded word."""
    if not split:
        return _encode_chunk(text.encode(charset), charset, enc)
    words: list[str] = []
    current = b""
    for char in text:
        raw = char.encode(charset)
        if current and len(_encode_chunk(current + raw, charset, enc)) > 75:
            words.append(_encode_chunk(current, charset, enc))
            current = b""
        current += raw
    words.append(_encode_chunk(current, charset, enc))
    return " ".join(words)


def header_text(text: str, spec: Spec, split: bool = True) -> str:
    if text.isascii():
        return text
    return encoded_words(text, spec.get("hcs", "utf-8"), spec.get("henc", "q"), split)


def address(value: str, spec: Spec) -> str:
    """'Name <addr>' (or several, comma-separated) to an ASCII header value."""
    out = []
    for item in split_addresses(value):
        name, addr = parseaddr(item)
        if name and not name.isascii():
            out.append(f"{header_text(name, spec, split=False)} <{addr}>")
        else:
            out.append(formataddr((name, addr)))
    return ", ".join(out)


def split_addresses(value: str) -> list[str]:
    return [item.strip() for item in value.split(";") if item.strip()]


def first_addr(value: str) -> tuple[str, str]:
    name, addr = parseaddr(split_addresses(value)[0])
    return name, addr.lower()


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(("316/" + spec["id"]).encode()).hexdigest()
    domain = first_addr(spec["frm"])[1].split("@")[1]
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


# --- attribution lines for quoted replies -------------------------------------------------

DAYS = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def attribution(parent: Spec, lang: str, style: str) -> str:
    when = datetime.strptime(parent["date"], "%Y-%m-%d %H:%M")
    name, addr = first_addr(parent["frm"])
    who = f"{name} <{addr}>" if name else addr
    day, wd, mon = when.day, when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    if style == "outlook":
        to = parent.get("to", CANDIDATE)
        subject = parent["subj"]
        long_day = LONG_DAYS[lang][wd]
        month = MONTHS[lang][mon]
        if lang == "fr":
            sent = f"{long_day} {day} {month} 2026 {hm}"
            return f"De : {who}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subject}"
        if lang == "de":
            sent = f"{long_day}, {day}. {month} 2026 {hm}"
            return f"Von: {who}\nGesendet: {sent}\nAn: {to}\nBetreff: {subject}"
        if lang == "es":
            sent = f"{long_day}, {day} de {month} de 2026 {hm}"
            return f"De: {who}\nEnviado el: {sent}\nPara: {to}\nAsunto: {subject}"
        sent = f"{long_day}, {month} {day}, 2026 {when.strftime('%I:%M %p').lstrip('0')}"
        return f"From: {who}\nSent: {sent}\nTo: {to}\nSubject: {subject}"
    short_day = DAYS[lang][wd]
    if lang == "fr":
        return f"Le {short_day} {day} {MONTHS['fr'][mon]} 2026 à {hm}, {who} a écrit :"
    if lang == "de":
        return f"Am {short_day}, {day}. {MONTHS['de'][mon]} 2026 um {hm} Uhr schrieb {who}:"
    if lang == "es":
        month = MONTHS["es"][mon][:3]
        return f"El {short_day}, {day} {month} 2026 a las {hm}, {name} (<{addr}>) escribió:"
    month = MONTHS["en"][mon][:3]
    ampm = when.strftime("%I:%M %p").lstrip("0")
    return f"On {DAYS['en'][wd]}, {month} {day}, 2026 at {ampm} {who} wrote:"


def quoted(parent_text: str, parent: Spec, lang: str, style: str) -> str:
    head = attribution(parent, lang, style)
    if style == "outlook":
        rule = (
            "________________________________"
            if lang != "de"
            else "-----Ursprüngliche Nachricht-----"
        )
        return f"\n\n{rule}\n{head}\n\n{parent_text.rstrip()}\n"
    lines = [("> " + line) if line else ">" for line in parent_text.rstrip().split("\n")]
    return f"\n\n{head}\n" + "\n".join(lines) + "\n"


# --- bodies ------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    part = MIMEText(text, subtype, cs)
    del part["MIME-Version"]
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` (Helvetica, WinAnsi)."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


VTIMEZONES = {
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Luxembourg": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Brussels": ("+0100", "+0200", "CET", "CEST"),
}


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 70
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(spec: Spec, ics: Spec) -> str:
    tzid = ics.get("tzid", "Europe/Paris")
    std, dst, std_name, dst_name = VTIMEZONES[tzid]
    method = ics.get("method", "REQUEST")
    stamp = spec_date(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = first_addr(ics.get("organizer", spec["frm"]))
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Example Corp//Agenda 4.2//FR')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{ics['start']}",
        f"DTEND;TZID={tzid}:{ics['end']}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name or org_addr}:mailto:{org_addr}",
        "ATTENDEE;CN=Clémence Vautrin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        ":mailto:clemence.vautrin@example.fr",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def html_from_text(text: str) -> str:
    paragraphs = list(text.strip().split("\n\n"))
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        f"{body}\n</body></html>\n"
    )


def build_body(spec: Spec, text: str | None, expected: list[str]) -> Message:
    """The MIME tree of one spec; `expected` collects each text part's text, in tree order."""
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte", "qp")
    html_text = spec.get("html")
    if html_text is not None and spec.get("html_quote") and spec.get("_quote"):
        quote_html = html.escape(spec["_quote"].strip()).replace("\n", "<br>\n")
        html_text = html_text.replace(
            "</body>",
            f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
            f"{quote_html}</blockquote>\n</body>",
        )
    ics = spec.get("ics")
    parts: list[tuple[str, str]] = []
    if text is not None:
        parts.append(("plain", text))
    if html_text is not None:
        parts.append(("html", html_text))
    leaves: list[Message] = []
    for subtype, body in parts:
        leaves.append(text_part(body, subtype, charset, cte))
        expected.append(body)
    if ics is not None and ics.get("inline", True):
        cal_text = make_ics(spec, ics)
        cal = text_part(cal_text, "calendar", "utf-8", ics.get("cte", "b64"))
        cal.set_param("method", ics.get("method", "REQUEST"))
        leaves.append(cal)
        expected.append(cal_text)
    if len(leaves) == 1:
        core: Message = leaves[0]
    else:
        core = MIMEMultipart("alternative", boundary=boundary(spec, "alt"))
        del core["MIME-Version"]
        for leaf in leaves:
            core.attach(leaf)
    attachments = spec.get("att", [])
    fwd = spec.get("fwd")
    ics_file = ics is not None and not ics.get("inline", True)
    if not attachments and fwd is None and not ics_file:
        return core
    mixed = MIMEMultipart("mixed", boundary=boundary(spec, "mix"))
    del mixed["MIME-Version"]
    mixed.attach(core)
    for filename, lines in attachments:
        pdf = MIMEApplication(make_pdf(lines), "pdf")
        del pdf["MIME-Version"]
        pdf.add_header("Content-Disposition", "attachment", filename=filename)
        mixed.attach(pdf)
    if ics_file:
        cal_text = make_ics(spec, ics)
        cal = text_part(cal_text, "calendar", "utf-8", "b64")
        cal.set_param("method", ics.get("method", "REQUEST"))
        cal.add_header("Content-Disposition", "attachment", filename="invite.ics")
        mixed.attach(cal)
        expected.append(cal_text)
    if fwd is not None:
        inner = build_message(fwd, expected)
        wrapper = MIMEMessage(inner)
        del wrapper["MIME-Version"]
        wrapper.add_header("Content-Disposition", "inline")
        mixed.attach(wrapper)
    return mixed


def boundary(spec: Spec, tag: str) -> str:
    digest = hashlib.sha1(f"316/{spec['id']}/{tag}".encode()).hexdigest()[:20]
    return f"=_{tag}_{digest}"


def build_message(spec: Spec, expected: list[str]) -> Message:
    text = spec.get("text")
    if text is not None and spec.get("_quote"):
        text = text.rstrip("\n") + "\n" + spec["_quote"]
    msg = build_body(spec, text, expected)
    spec["_plain"] = text if text is not None else spec.get("html", "")
    headers: list[tuple[str, str]] = [
        ("From", address(spec["frm"], spec)),
        ("To", address(spec.get("to", CANDIDATE), spec)),
    ]
    if spec.get("cc"):
        headers.append(("Cc", address(spec["cc"], spec)))
    if spec.get("rt"):
        headers.append(("Reply-To", address(spec["rt"], spec)))
    headers += [
        ("Subject", header_text(spec["subj"], spec)),
        ("Date", format_datetime(spec_date(spec))),
        ("Message-ID", message_id(spec)),
    ]
    if spec.get("_irt"):
        headers.append(("In-Reply-To", spec["_irt"]))
        headers.append(("References", spec["_refs"]))
    for name, value in spec.get("hdr", {}).items():
        headers.append((name, value))
    headers.append(("MIME-Version", "1.0"))
    existing = [(k, v) for k, v in msg.items()]
    for key in list(msg.keys()):
        del msg[key]
    for name, value in headers + existing:
        msg[name] = fold(name, value)
    return msg


def fold(name: str, value: str) -> str:
    """Fold a header at spaces so lines stay within 78 characters where possible."""
    lines: list[str] = []
    current = ""
    width = len(name) + 2
    for token in value.split(" "):
        if current and width + len(current) + 1 + len(token) > 78:
            lines.append(current)
            current, width = token, 1
        else:
            current = f"{current} {token}" if current else token
    lines.append(current)
    return "\n ".join(lines)


# --- labels and checks -------------------------------------------------------------------


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == d or domain.endswith("." + d) for d in ATS_DOMAINS
    )


def contact_of(spec: Spec) -> str:
    _, from_addr = first_addr(spec["frm"])
    if from_addr == CANDIDATE_ADDR:
        return ""
    if spec.get("rt") and not spec.get("rt_sys"):
        return first_addr(spec["rt"])[1]
    if spec.get("sys"):
        return ""
    return from_addr


CANDIDATE_ADDR = parseaddr(CANDIDATE)[1].lower()


def check_labels(spec: Spec, contact: str) -> None:
    kind, lang, company = spec["kind"], spec["lang"], spec.get("co", "")
    assert kind in KINDS, kind
    assert lang in LANGS, lang
    if kind == "other":
        assert company == "", "other mail has no company"
    else:
        assert company and company == company.strip(), "job mail needs a company"
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
    if first_addr(spec["frm"])[1] == CANDIDATE_ADDR:
        assert kind == "other" and contact == "", "own mail is other, no contact"
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE_ADDR
        assert not is_system(contact), f"system contact {contact}"
    if spec.get("sys"):
        assert is_system(first_addr(spec["frm"])[1]) or spec.get("sys") == "role", (
            f"sys sender looks human: {spec['frm']}"
        )
    elif first_addr(spec["frm"])[1] != CANDIDATE_ADDR:
        assert not is_system(first_addr(spec["frm"])[1]), f"unflagged system {spec['frm']}"


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def verify(data: bytes, spec: Spec, expected: list[str]) -> None:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, f"defects {part.defects}"
    assert str(parsed["subject"]) == spec["subj"], (str(parsed["subject"]), spec["subj"])
    name, _ = first_addr(spec["frm"])
    assert parsed["from"].addresses[0].display_name == name, parsed["from"]
    assert parsed["date"].datetime == spec_date(spec)
    assert parsed["message-id"] == message_id(spec)
    got = [part.get_content() for part in parsed.walk() if part.get_content_maintype() == "text"]
    assert [norm(g) for g in got] == [norm(e) for e in expected], spec["id"]
    if spec.get("rt"):
        assert parsed["reply-to"].addresses[0].addr_spec.lower() == first_addr(spec["rt"])[1]


def main() -> None:
    specs: list[Spec] = []
    for module in (
        msgs316_threads,
        msgs316_rejections,
        msgs316_invites,
        msgs316_acks_offers,
        msgs316_other,
    ):
        specs.extend(module.MESSAGES)
    by_id: dict[str, Spec] = {}
    for spec in specs:
        assert spec["id"] not in by_id, f"duplicate id {spec['id']}"
        by_id[spec["id"]] = spec
    for path in HERE.glob("*/*.eml"):
        path.unlink()
    label_file = HERE / "labels.csv"
    if label_file.exists():
        label_file.unlink()
    rows = []
    for number, spec in enumerate(specs, 1):
        if spec.get("parent"):
            parent = by_id[spec["parent"]]
            assert "_plain" in parent, f"{spec['id']}: parent {parent['id']} comes later"
            parent_refs = parent.get("_refs", "")
            spec["_irt"] = message_id(parent)
            spec["_refs"] = (parent_refs + " " + message_id(parent)).strip()
            if spec.get("quote"):
                spec["_quote"] = quoted(parent["_plain"], parent, spec["lang"], spec["quote"])
        expected: list[str] = []
        try:
            msg = build_message(spec, expected)
            buffer = BytesIO()
            BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0).flatten(msg)
            data = buffer.getvalue()
            contact = contact_of(spec)
            check_labels(spec, contact)
            verify(data, spec, expected)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("co", ""), contact, spec["lang"]])
    with label_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(
            f"{kind:32}"
            + "".join(f"{counts[lang]:5d}" for lang in LANGS)
            + f"  {sum(counts.values()):5d}"
        )
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5d}" for lang in LANGS) + f"  {len(rows):5d}")


if __name__ == "__main__":
    main()
