#!/usr/bin/env python3
"""Build corpus 342 (.eml files and labels.csv) from the hand-written specs in msgs342_*.py.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs,
so every run writes the same bytes. Deletes and rewrites only *.eml and labels.csv here.

Spec keys (see msgs342_common.msg): key, kind, lang, from, date ("YYYY-MM-DD HH:MM +hhmm"),
subject, text, company, contact; optional: to, cc, reply_to, fmt ("plain", "html", "alt"),
html (fragment; default derived from text), brand, cs (body charset), cte, subj_cs and
name_cs ((charset, "Q"|"B") for encoded words), headers, reply (parent key), quote (style),
pdfs ([(filename, [lines])]), ics (dict), forward (inner spec), slug.
"""

from __future__ import annotations

import base64
import csv
import email
import hashlib
import html
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

import msgs342_acks
import msgs342_invites
import msgs342_other
import msgs342_rejections
import msgs342_threads
from msgs342_common import CAND, CAND_ADDR, Spec, html_from_text, html_shell

HERE = Path(__file__).resolve().parent
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|notifications?|donotreply|mailer|alerts?|news)")
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|plc|DAC|KG|UG|SE|S\.p\.A\.)\.?$"
)

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
           "dic"],
}
ALL_SPECS: list[Spec] = [
    *msgs342_threads.MESSAGES,
    *msgs342_rejections.MESSAGES,
    *msgs342_invites.MESSAGES,
    *msgs342_acks.MESSAGES,
    *msgs342_other.MESSAGES,
]


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(("342/" + spec["key"]).encode()).hexdigest()
    domain = spec["from"][1].split("@")[1]
    if spec["from"][1] == CAND_ADDR:
        return f"<CAF{digest[:20].upper()}@mail.example.ie>"
    if any(domain.endswith(ats) for ats in ATS_DOMAINS):
        return f"<{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}@{domain}>"
    return f"<{digest[:14]}.{spec['key'].replace('_', '')}@{domain}>"


def encode_words(
    text: str, enc: tuple[str, str] | None, header: str = "Subject", width: int = 76
) -> str:
    """RFC 2047 encoded words (charset, Q or B), unfolded; plain text if ASCII and no enc."""
    if enc is None:
        if text.isascii():
            return text
        enc = ("utf-8", "Q")
    charset = Charset(enc[0])
    charset.header_encoding = QP if enc[1] == "Q" else BASE64
    encoded = Header(text, charset, header_name=header).encode(maxlinelen=width)
    return re.sub(r"\r?\n[ \t]+", " ", encoded)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    # one encoded word per name: some parsers keep the space between two in a phrase
    return f"{encode_words(name, enc, 'Reply-To', 200)} <{addr}>"


def text_leaf(subtype: str, text: str, charset: str, cte: str, extra: str = "") -> Message:
    data = text.encode(charset)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        cte = "7bit" if data.isascii() else "8bit"
        payload = data.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    node = Message()
    node["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        node.attach(part)
    return node


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""

    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " T* ".join(f"({esc(line)}) Tj" for line in lines)
    stream = f"BT /F1 11 Tf 15 TL 60 780 Td {shown} ET".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
        .encode()
    )
    return out.getvalue()


def pdf_part(filename: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
    return part


def vtimezone(tzid: str) -> list[str]:
    if tzid == "Europe/Dublin":
        std, dst, sname, dname = "+0000", "+0100", "GMT", "IST"
    else:
        std, dst, sname, dname = "+0100", "+0200", "CET", "CEST"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def calendar_text(spec: Spec) -> str:
    ics = spec["ics"]
    method = ics.get("method", "REQUEST")
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    organizer = ics.get("organizer", spec["from"])
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Example Calendar//342//EN')}",
        "VERSION:2.0", f"METHOD:{method}",
        *vtimezone(ics["tz"]),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}Z",
        f"DTSTART;TZID={ics['tz']}:{ics['start']}",
        f"DTEND;TZID={ics['tz']}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', 'Online')}",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


class Builder:
    """Turns specs into messages, remembering each one's final text for quoting."""

    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {spec["key"]: spec for spec in specs}
        assert len(self.specs) == len(specs), "duplicate spec keys"
        self.texts: dict[str, str] = {}
        self.expected: dict[str, list[str]] = {}

    def attribution(self, parent: Spec, style: str) -> tuple[str, bool]:
        """The line(s) introducing a quote, and whether the quote is '> '-prefixed."""
        d = when(parent)
        name, addr = parent["from"]
        who = f"{name} <{addr}>"
        wd = d.weekday()
        if style == "en":
            return (f"On {WEEKDAYS['en'][wd]}, {d.day} {MONTHS['en'][d.month - 1][:3]} "
                    f"{d.year} at {d:%H:%M}, {who} wrote:", True)
        if style == "de":
            return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {who}:", True
        if style == "fr":
            return (f"Le {WEEKDAYS['fr'][wd]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} "
                    f"à {d:%H:%M}, {who} a écrit :", True)
        if style == "es":
            return (f"El {WEEKDAYS['es'][wd]}, {d.day} {MONTHS['es'][d.month - 1]} {d.year} "
                    f"a las {d:%H:%M}, {name} (<{addr}>) escribió:", True)
        to = ", ".join(f"{n} <{a}>" for n, a in parent.get("to", [CAND]))
        subject = parent["subject"]
        if style == "outlook_en":
            hour = d.hour % 12 or 12
            ampm = "AM" if d.hour < 12 else "PM"
            sent = (f"{LONG_WEEKDAYS['en'][wd]}, {MONTHS['en'][d.month - 1]} {d.day}, "
                    f"{d.year} {hour}:{d:%M} {ampm}")
            head = ["-----Original Message-----", f"From: {who}", f"Sent: {sent}",
                    f"To: {to}", f"Subject: {subject}"]
        elif style == "outlook_de":
            sent = f"{LONG_WEEKDAYS['de'][wd]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year} " \
                   f"{d:%H:%M}"
            head = [f"Von: {who}", f"Gesendet: {sent}", f"An: {to}", f"Betreff: {subject}"]
        elif style == "outlook_fr":
            sent = f"{LONG_WEEKDAYS['fr'][wd]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} " \
                   f"{d:%H:%M}"
            head = [f"De : {who}", f"Envoyé : {sent}", f"À : {to}", f"Objet : {subject}"]
        elif style == "outlook_es":
            sent = f"{LONG_WEEKDAYS['es'][wd]}, {d.day} de {MONTHS['es'][d.month - 1]} de " \
                   f"{d.year} {d:%H:%M}"
            head = [f"De: {who}", f"Enviado: {sent}", f"Para: {to}", f"Asunto: {subject}"]
        else:
            raise ValueError(style)
        return "________________________________\n" + "\n".join(head), False

    def final_text(self, spec: Spec) -> str:
        """The spec's new text plus the quoted chain of its parent, if any."""
        key = spec["key"]
        if key in self.texts:
            return self.texts[key]
        text = spec["text"] if spec["text"] is not None else ""
        if spec.get("reply") and spec.get("quote"):
            parent = self.specs[spec["reply"]]
            intro, prefixed = self.attribution(parent, spec["quote"])
            old = self.final_text(parent).rstrip("\n")
            if prefixed:
                old = "\n".join(("> " + line) if line else ">" for line in old.split("\n"))
            text = text.rstrip("\n") + "\n\n" + intro + "\n" + old + "\n"
        self.texts[key] = text
        return text

    def html_doc(self, spec: Spec) -> str:
        fragment = spec.get("html") or html_from_text(spec["text"])
        if spec.get("reply") and spec.get("quote"):
            parent = self.specs[spec["reply"]]
            intro, _ = self.attribution(parent, spec["quote"])
            old = self.final_text(parent).rstrip("\n")
            fragment += (
                "\n<div class=\"quote\"><p>" + html.escape(intro).replace("\n", "<br>\n")
                + "</p>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;"
                "padding-left:1ex\">" + html.escape(old).replace("\n", "<br>\n")
                + "</blockquote></div>"
            )
        return html_shell(fragment, spec["lang"], spec.get("brand", ""))

    def body(self, spec: Spec, tag: str) -> tuple[Message, list[str]]:
        """The MIME body tree of a spec and the texts its text parts must decode to."""
        cs = spec.get("cs", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        fmt = spec.get("fmt", "plain")
        expected: list[str] = []
        alternatives: list[Message] = []
        if fmt in ("plain", "alt"):
            text = self.final_text(spec)
            alternatives.append(text_leaf("plain", text, cs, cte))
            expected.append(text)
        if fmt in ("html", "alt"):
            doc = self.html_doc(spec)
            alternatives.append(text_leaf("html", doc, cs, cte))
            expected.append(doc)
            if fmt == "html":
                self.texts.setdefault(spec["key"], spec["text"] or "")
        if spec.get("ics"):
            method = spec["ics"].get("method", "REQUEST")
            cal = calendar_text(spec)
            alternatives.append(
                text_leaf("calendar", cal, "utf-8", "8bit", f"; method={method}")
            )
            expected.append(cal)
        if len(alternatives) == 1:
            core = alternatives[0]
        else:
            core = multipart("alternative", alternatives, f"----=_Alt_342_{tag}")
        extras: list[Message] = []
        if spec.get("forward"):
            inner_spec = spec["forward"]
            inner, inner_expected = self.message(inner_spec, tag + "f", top=False)
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.set_payload([inner])
            extras.append(wrapper)
            expected.extend(inner_expected)
        for filename, lines in spec.get("pdfs", []):
            extras.append(pdf_part(filename, lines))
        if extras:
            return multipart("mixed", [core, *extras], f"----=_Mix_342_{tag}"), expected
        return core, expected

    def message(self, spec: Spec, tag: str, top: bool = True) -> tuple[Message, list[str]]:
        root = Message()
        if top and spec["from"][1] != CAND_ADDR:
            root["Return-Path"] = f"<{spec['from'][1]}>"
        for name, value in spec.get("headers", []):
            root[name] = value
        root["Date"] = format_datetime(when(spec))
        root["From"] = fmt_addr(spec["from"], spec.get("name_cs"))
        if spec.get("reply_to"):
            root["Reply-To"] = fmt_addr(spec["reply_to"])
        root["To"] = ", ".join(fmt_addr(pair) for pair in spec.get("to", [CAND]))
        if spec.get("cc"):
            root["Cc"] = ", ".join(fmt_addr(pair) for pair in spec["cc"])
        root["Subject"] = encode_words(spec["subject"], spec.get("subj_cs"))
        root["Message-ID"] = message_id(spec)
        parent_key = spec.get("reply")
        if parent_key:
            parent = self.specs[parent_key]
            chain = [*self.references(parent), message_id(parent)]
            root["In-Reply-To"] = message_id(parent)
            root["References"] = " ".join(chain)
        root["MIME-Version"] = "1.0"
        body, expected = self.body(spec, tag)
        for name, value in body.items():
            root[name] = value
        root.set_payload(body._payload)  # raw: keeps 8bit bytes as they are
        return root, expected

    def references(self, spec: Spec) -> list[str]:
        parent_key = spec.get("reply")
        if not parent_key:
            return []
        parent = self.specs[parent_key]
        return [*self.references(parent), message_id(parent)]


def serialize(message: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(message)
    return out.getvalue()


def all_defects(message: EmailMessage) -> list[str]:
    found = []
    for part in message.walk():
        found.extend(f"{type(d).__name__}" for d in part.defects)
        for name, value in part.items():
            found.extend(f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ()))
    return found


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check_labels(spec: Spec, parsed: EmailMessage) -> None:
    key, kind, company, contact = spec["key"], spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, key
    assert spec["lang"] in LANGS, key
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])])]
    own = spec["from"][1] == CAND_ADDR
    if own:
        assert kind == "other" and not contact, f"{key}: own mail is other without contact"
    if kind == "other":
        assert not company, f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        assert not LEGAL_FORM.search(company), f"{key}: legal form in company"
    if contact:
        assert contact == contact.lower(), key
        assert contact in senders, f"{key}: contact {contact} not in Reply-To/From"
        local, domain = contact.split("@")
        assert not SYSTEM_LOCAL.match(local), f"{key}: system contact"
        assert not any(domain.endswith(d) for d in ATS_DOMAINS), f"{key}: ATS contact"
        assert contact != CAND_ADDR, key
        if spec.get("reply_to"):
            assert contact == spec["reply_to"][1].lower(), f"{key}: Reply-To is the contact"


def check_round_trip(spec: Spec, parsed: EmailMessage, expected: list[str]) -> None:
    key = spec["key"]
    assert not all_defects(parsed), f"{key}: defects {all_defects(parsed)}"
    assert str(parsed["Subject"]) == spec["subject"], f"{key}: subject {parsed['Subject']!r}"
    display = parsed["From"].addresses[0].display_name
    assert display == spec["from"][0], f"{key}: from name {display!r}"
    assert parsed["Date"].datetime == when(spec), f"{key}: date"
    assert when(spec).year == 2026, key
    got = [part.get_content() for part in parsed.walk() if part.get_content_maintype() == "text"]
    assert [norm(t) for t in got] == [norm(t) for t in expected], f"{key}: bodies differ"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert parsed[header], f"{key}: no {header}"


def main() -> int:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for folder in HERE.iterdir():
        if folder.is_dir() and folder.name in KINDS:
            for old in folder.glob("*.eml"):
                old.unlink()
    builder = Builder(ALL_SPECS)
    ordered = sorted(ALL_SPECS, key=lambda s: (when(s), s["key"]))
    rows: list[list[str]] = []
    for number, spec in enumerate(ordered, start=1):
        try:
            message, expected = builder.message(spec, f"{number:03d}")
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['key']}: {error}") from error
        data = serialize(message)
        parsed = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        check_round_trip(spec, parsed, expected)
        check_labels(spec, parsed)
        rel = f"{spec['kind']}/{number:03d}_{spec.get('slug', spec['key'])}.eml"
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for _, kind, _, _, lang in rows:
        table[kind][lang] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"{sum(counts.values()):>7}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"{len(rows):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
