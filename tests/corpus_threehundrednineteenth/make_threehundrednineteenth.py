"""Build corpus 319 (Friederike Lammersdorf, PTA moving into regulatory affairs / PV).

Standard library only. Reads the hand-written specs in the msgs319_*.py modules next to this
file, builds one .eml per spec with the `email` package, writes labels.csv, re-parses every
message with email.policy.default and checks the round trip and the label rules.

It deletes and rewrites only *.eml files and labels.csv inside this folder. The output is
deterministic: the same bytes on every run.

    python tests/corpus_threehundrednineteenth/make_threehundrednineteenth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib
import io
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CANDIDATE = "f.lammersdorf@example.de"
CANDIDATE_HEADER = "Friederike Lammersdorf <f.lammersdorf@example.de>"
MODULES = [
    "msgs319_acks",
    "msgs319_invites",
    "msgs319_changes",
    "msgs319_rejections",
    "msgs319_offers",
    "msgs319_own",
    "msgs319_other",
]
KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
LANGS = ["de", "en", "fr", "es"]
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|mailer|notifications?|jobs?|"
                          r"karriere|careers?|bewerbung|recrutement|empleo|alerts?|news|rrhh|recruiting|talent)")
LEGAL_FORM = re.compile(
    r"(?i)(\bgmbh\b|\bag\b|\bs\.?a\.?s?\b|\bs\.l\.?\b|\bltd\b|\binc\b|\bkg\b|\bse\b|\bplc\b|"
    r"\bsàrl\b|\bsarl\b|\bgesmbh\b|\be\.v\.|\bs\.r\.l\.?\b|\bllc\b|\bug\b)"
)

Spec = dict[str, Any]


# ---------------------------------------------------------------- headers

def _encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words (each at most 75 characters), folded with newline + space."""
    words: list[str] = []
    chunk = ""

    def encode(piece: str) -> str:
        raw = piece.encode(charset)
        if mode == "b":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                "_" if byte == 0x20 else chr(byte) if chr(byte).isalnum() and byte < 128
                else f"={byte:02X}"
                for byte in raw
            )
        return f"=?{charset}?{mode.upper()}?{payload}?="

    for char in text:
        if len(encode(chunk + char)) > 75:
            words.append(encode(chunk))
            chunk = ""
        chunk += char
    if chunk:
        words.append(encode(chunk))
    return "\n ".join(words)


def _fold(name: str, value: str) -> str:
    """name: value, folded at spaces before 78 characters where it can."""
    line = f"{name}:"
    lines: list[str] = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and ":" not in line[-1:]:
            lines.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


def _text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return _fold(name, value)
    charset, mode = enc or ("utf-8", "b")
    return f"{name}: " + _encoded_words(value, charset, mode)


def _address_header(name: str, value: str, enc: tuple[str, str] | None = None) -> str:
    rendered = []
    for display, addr in getaddresses([value]):
        if not display:
            rendered.append(addr)
        elif display.isascii() and enc is None:
            rendered.append(formataddr((display, addr)))
        else:
            charset, mode = enc or ("utf-8", "b")
            rendered.append(f"{_encoded_words(display, charset, mode)} <{addr}>")
    return f"{name}: " + ",\n ".join(rendered)


# ---------------------------------------------------------------- dates and quoting

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def parse_date(value: str) -> datetime:
    """'2026-03-04 09:12 +0100' -> aware datetime."""
    stamp, offset = value.rsplit(" ", 1)
    sign = -1 if offset[0] == "-" else 1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(sign * delta))


def attribution(lang: str, when: datetime, sender: str) -> str:
    name, addr = parseaddr(sender)
    day, month = DAYS[lang][when.weekday()], MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day[:3]}. {when.day} {month} {when.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {day[:3]}, {when.day} {month[:3]} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {day[:3]}, {when.day} {month[:3]} {when.year} at {hm}, {name} <{addr}> wrote:"


def outlook_block(lang: str, when: datetime, parent: Spec) -> str:
    day, month = DAYS[lang][when.weekday()], MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    sender, to, subj = parent["frm"], parent.get("to", CANDIDATE_HEADER), parent["subj"]
    if lang == "de":
        head = (f"Von: {sender}\nGesendet: {day}, {when.day}. {month} {when.year} {hm}\n"
                f"An: {to}\nBetreff: {subj}")
    elif lang == "fr":
        head = (f"De : {sender}\nEnvoyé : {day} {when.day} {month} {when.year} {hm}\n"
                f"À : {to}\nObjet : {subj}")
    elif lang == "es":
        head = (f"De: {sender}\nEnviado el: {day}, {when.day} de {month} de {when.year} {hm}\n"
                f"Para: {to}\nAsunto: {subj}")
    else:
        head = (f"From: {sender}\nSent: {day}, {month} {when.day}, {when.year} {hm}\n"
                f"To: {to}\nSubject: {subj}")
    return "________________________________\n" + head


def html_to_text(html: str) -> str:
    text = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    for entity, char in (("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"),
                         ("&quot;", '"'), ("&#39;", "'")):
        text = text.replace(entity, char)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- attachments

def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF with the given lines of text (WinAnsi / cp1252)."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 14 Tf", "72 770 Td", "16 TL", f"({esc(title)}) Tj", "/F1 10 Tf", "T*"]
    ops += [f"({esc(line)}) '" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (corpus319) >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


TZ = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Vienna": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
}


def ics_text(spec: dict[str, Any], stamp: datetime, organizer: str) -> str:
    """A text/calendar body (METHOD REQUEST or CANCEL) with a VTIMEZONE for its zone."""
    tzid = spec.get("tz", "Europe/Berlin")
    std, dst, std_name, dst_name = TZ[tzid]
    start = datetime.strptime(spec["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=spec.get("minutes", 60))
    org_name, org_addr = parseaddr(organizer)
    method = spec.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus319//Interview Planner 2.3//EN",
        "VERSION:2.0",
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
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{spec['summary']}",
        f"LOCATION:{spec.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        "ATTENDEE;CN=Friederike Lammersdorf;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        "RSVP=TRUE:mailto:f.lammersdorf@example.de",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    if spec.get("description"):
        lines.insert(-3, "DESCRIPTION:" + spec["description"])
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- building

CTES = ["quoted-printable", "base64", "8bit"]


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def _message_id(spec: Spec) -> str:
    digest = hashlib.sha1(("corpus319:" + spec["id"]).encode()).hexdigest()
    domain = parseaddr(spec["frm"])[1].split("@")[1]
    return f"<{digest[:20]}.{spec['id'].replace('_', '-')}@{domain}>"


class Builder:
    def __init__(self) -> None:
        self.built: dict[str, Spec] = {}

    def full_text(self, spec: Spec) -> str:
        """The plain text of a message including its quote (what a reply quotes)."""
        return spec["_text"]

    def compose_text(self, spec: Spec) -> tuple[str | None, str | None]:
        text, html = spec.get("text"), spec.get("html")
        parent_id = spec.get("parent")
        style = spec.get("quote")
        if parent_id and style:
            parent = self.built[parent_id]
            when = parse_date(parent["date"])
            quoted = parent["_text"]
            if style == "outlook":
                block = outlook_block(spec["lang"], when, parent) + "\n\n" + quoted
            else:
                lines = quoted.split("\n")
                block = attribution(spec["lang"], when, parent["frm"]) + "\n" + "\n".join(
                    ">" if not line else "> " + line if not line.startswith(">") else ">" + line
                    for line in lines
                )
            if text is not None:
                text = text.rstrip("\n") + "\n\n" + block + "\n"
            if html is not None:
                escaped = (block.replace("&", "&amp;").replace("<", "&lt;")
                           .replace(">", "&gt;").replace("\n", "<br>\n"))
                quote_html = f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">' \
                             f"\n{escaped}\n</blockquote>"
                html = html.replace("</body>", quote_html + "\n</body>")
        return text, html

    def build(self, spec: Spec, index: int) -> tuple[bytes, list[str]]:
        charset = spec.get("cs", "utf-8")
        cte = spec.get("cte") or CTES[index % 3]
        text, html = self.compose_text(spec)
        spec["_text"] = _norm(text if text is not None else html_to_text(html or ""))
        expected: list[str] = []
        body = EmailMessage(policy=policy.default)
        if text is not None:
            body.set_content(text, charset=charset, cte=cte)
            expected.append(_norm(text))
            if html is not None:
                body.add_alternative(html, subtype="html", charset=charset,
                                     cte=spec.get("html_cte", "quoted-printable"))
                expected.append(_norm(html))
        else:
            assert html is not None, spec["id"]
            body.set_content(html, subtype="html", charset=charset, cte=cte)
            expected.append(_norm(html))
        if spec.get("ics"):
            cal = ics_text(spec["ics"], parse_date(spec["date"]), spec["ics"].get("org", spec["frm"]))
            method = spec["ics"].get("method", "REQUEST")
            if text is None:
                body.make_alternative()
            body.add_alternative(cal, subtype="calendar", charset="utf-8", cte="8bit",
                                 params={"method": method})
            expected.append(_norm(cal))
        for filename, title, lines in spec.get("pdf", []):
            body.add_attachment(pdf_bytes(title, lines), maintype="application", subtype="pdf",
                                filename=filename)
        if spec.get("fwd"):
            inner_spec = spec["fwd"]
            inner_bytes, inner_expected = self.build(dict(inner_spec, _inner=True), index + 1)
            from email import message_from_bytes

            inner = message_from_bytes(inner_bytes, policy=policy.default)
            body.add_attachment(inner)
            expected.extend(inner_expected)
        inner_messages = [p.get_payload(0) for p in body.walk()
                          if p.get_content_type() == "message/rfc822"]
        for part in body.walk():
            if part is not body and all(part is not m for m in inner_messages):
                del part["MIME-Version"]
        multiparts = [p for p in body.walk() if p.get_content_maintype() == "multipart"]
        for number, part in enumerate(multiparts):
            part.set_boundary(f"=_319_{hashlib.sha1(spec['id'].encode()).hexdigest()[:12]}"
                              f"_{number}")
        out = io.BytesIO()
        BytesGenerator(out, policy=policy.default).flatten(body)
        when = parse_date(spec["date"])
        headers = [
            _address_header("From", spec["frm"], spec.get("name_enc")),
            _address_header("To", spec.get("to", CANDIDATE_HEADER), spec.get("to_enc")),
        ]
        if spec.get("cc"):
            headers.append(_address_header("Cc", spec["cc"]))
        if spec.get("reply_to"):
            headers.append(_address_header("Reply-To", spec["reply_to"], spec.get("rt_enc")))
        headers.append(_text_header("Subject", spec["subj"], spec.get("subj_enc")))
        headers.append(f"Date: {format_datetime(when)}")
        headers.append(f"Message-ID: {spec.get('_mid') or _message_id(spec)}")
        parent_id = spec.get("parent")
        if parent_id:
            parent = self.built[parent_id]
            refs = [*parent.get("_refs", []), parent["_mid"]]
            spec["_refs"] = refs
            headers.append(f"In-Reply-To: {parent['_mid']}")
            headers.append(_fold("References", " ".join(refs)))
        for name, value in spec.get("hdrs", {}).items():
            headers.append(_fold(name, value))
        return ("\n".join(headers) + "\n").encode("ascii") + out.getvalue(), expected


# ---------------------------------------------------------------- checks

def check(spec: Spec, data: bytes, expected: list[str]) -> None:
    from email import message_from_bytes

    name = spec["id"]
    msg = message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for header_name, value in part.items():
            assert not getattr(value, "defects", ()), f"{name}: {header_name} {value.defects}"
    assert str(msg["Subject"]) == spec["subj"], f"{name}: subject {msg['Subject']!r}"
    display = parseaddr(spec["frm"])[0]
    assert msg["From"].addresses[0].display_name == display, f"{name}: from name"
    assert msg["Date"].datetime == parse_date(spec["date"]), f"{name}: date"
    texts = [_norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert texts == expected, f"{name}: text bodies do not round-trip"
    # label rules
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    assert kind in KINDS and spec["lang"] in LANGS, name
    own = parseaddr(spec["frm"])[1].lower() == CANDIDATE
    if own:
        assert kind == "other" and not contact, f"{name}: own mail must be other, no contact"
    if kind == "other":
        assert not company and not contact, f"{name}: other has no company/contact"
    else:
        assert company and company == company.strip(), f"{name}: company missing"
        assert not LEGAL_FORM.search(company), f"{name}: legal form in {company!r}"
        seen = " ".join([spec["subj"], *texts, parseaddr(spec["frm"])[0]]).lower()
        assert company.lower() in seen, f"{name}: company {company!r} not in the message"
    if contact:
        assert contact == contact.lower(), name
        values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        assert contact in [a.lower() for _, a in getaddresses(values)], f"{name}: contact"
        domain = contact.split("@")[1]
        assert not domain.endswith(ATS_DOMAINS), f"{name}: ATS contact"
        assert not SYSTEM_LOCAL.match(contact), f"{name}: system contact"
        assert contact != CANDIDATE, name
        reply_to = [a.lower() for _, a in getaddresses(msg.get_all("Reply-To", []))]
        if reply_to and reply_to[0] != contact and not SYSTEM_LOCAL.match(reply_to[0]):
            raise AssertionError(f"{name}: contact should be the Reply-To {reply_to[0]}")


# ---------------------------------------------------------------- main

def load_specs() -> list[Spec]:
    sys.path.insert(0, str(HERE))
    sys.dont_write_bytecode = True
    specs: list[Spec] = []
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        specs.extend(module.MESSAGES)
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return sorted(specs, key=lambda s: (parse_date(s["date"]).astimezone(UTC), s["id"]))


def main() -> None:
    specs = load_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    builder = Builder()
    rows = []
    for index, spec in enumerate(specs, start=1):
        if spec.get("parent"):
            assert spec["parent"] in builder.built, f"{spec['id']}: parent not built before it"
        spec["_mid"] = _message_id(spec)
        try:
            data, expected = builder.build(spec, index)
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['id']}: {error}") from error
        check(spec, data, expected)
        builder.built[spec["id"]] = spec
        rel = f"{spec['kind']}/{index:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:5}" for lang in LANGS)
              + f"  {sum(counts.values()):5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5}" for lang in LANGS) + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
