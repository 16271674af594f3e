"""Build the twohundredninetysixth labelled corpus (Amélie Kouassi, FP&A) from the specs in
msgs296_*.py, then re-parse every message and check it.

Standard library only. Deletes and rewrites only *.eml and labels.csv under this folder.
Output is deterministic: boundaries, Message-IDs and dates all come from the specs.

    python tests/corpus_twohundredninetysixth/make_twohundredninetysixth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import importlib
import io
import re
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

MODULES = [
    "msgs296_threads",
    "msgs296_rejections",
    "msgs296_invites",
    "msgs296_acks",
    "msgs296_other",
]
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
CANDIDATE = "amelie.kouassi@example.fr"
CANDIDATE_NAME = "Amélie Kouassi"
LEGAL = re.compile(
    r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|plc|LLC|BV|NV|SpA|KG|SE|SCA|Sàrl)\b"
)
POLICY = email.policy.default
Spec = dict[str, Any]

# ---------------------------------------------------------------- small helpers


def parse_date(text: str) -> datetime:
    """'2026-03-04 10:12 +0100' -> aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def encoded_words(text: str, charset: str, mode: str, room: int = 44) -> list[str]:
    """RFC 2047 encoded words for text, each at most about room+15 characters."""
    words: list[str] = []
    chunk = ""

    def enc(s: str) -> str:
        raw = s.encode(charset)
        if mode == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for ch in text:
        if len(enc(chunk + ch)) > room and chunk:
            words.append(f"=?{charset}?{mode}?{enc(chunk)}?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(f"=?{charset}?{mode}?{enc(chunk)}?=")
    return words


def fold_words(name: str, words: list[str], sep: str) -> str:
    """Join words with sep, folding lines (new line + space) before 78 characters."""
    lines: list[str] = []
    line = ""
    limit = 78 - len(name) - 2
    for word in words:
        candidate = f"{line}{sep}{word}" if line else word
        if len(candidate) > limit and line:
            lines.append(line)
            line = word
            limit = 77
        else:
            line = candidate
    lines.append(line)
    return "\n ".join(lines)


def header_text(name: str, text: str, enc: tuple[str, str] | None) -> str:
    """A raw unstructured header value: plain ASCII folded at spaces, else encoded words."""
    if enc is None and text.isascii():
        return fold_words(name, text.split(" "), " ")
    charset, mode = enc or ("utf-8", "Q")
    return fold_words(name, encoded_words(text, charset, mode), " ")


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        if re.search(r"[()<>\[\]:;@\\,.\"]", name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '" <' + addr + ">"
        return f"{name} <{addr}>"
    charset, mode = enc or ("utf-8", "B")
    # one encoded word: the parser keeps the space between words in a display name
    words = encoded_words(name, charset, mode, room=58)
    if len(words) != 1:
        raise ValueError(f"display name too long for one encoded word: {name}")
    return f"{words[0]} <{addr}>"


def set_address_header(msg: EmailMessage | MIMEPart, hname: str, value: str) -> None:
    parts = value.split(", ") if value.count("<") > 1 else [value]
    words: list[str] = []
    for i, part in enumerate(parts):
        pieces = part.split(" ")
        if i < len(parts) - 1:
            pieces[-1] += ","
        words.extend(pieces)
    msg.set_raw(hname, fold_words(hname, words, " "))


# ---------------------------------------------------------------- quoting

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
FULL_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
FULL_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def attribution(style: str, parent: Spec) -> str:
    d = parse_date(parent["date"])
    name, addr = parent["from"]
    wd, mo = d.weekday(), d.month - 1
    hm = d.strftime("%H:%M")
    to_name, to_addr = parent.get("to", (CANDIDATE_NAME, CANDIDATE))
    if style == "en":
        return f"On {DAYS['en'][wd]}, {d.day} {MONTHS['en'][mo]} 2026 at {hm}, {name} <{addr}> wrote:"
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {d.day} {MONTHS['fr'][mo]} 2026 à {hm}, {name} <{addr}> a écrit :"
    if style == "de":
        return f"Am {DAYS['de'][wd]}, {d.day}. {MONTHS['de'][mo]} 2026 um {hm} Uhr schrieb {name} <{addr}>:"
    if style == "es":
        return f"El {DAYS['es'][wd]}, {d.day} {MONTHS['es'][mo]} 2026 a las {hm}, {name} (<{addr}>) escribió:"
    subject = parent["subject"]
    if style == "outlook_en":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        return (f"From: {name} <{addr}>\nSent: {FULL_DAYS['en'][wd]}, {FULL_MONTHS['en'][mo]} "
                f"{d.day}, 2026 {h12}\nTo: {to_name} <{to_addr}>\nSubject: {subject}")
    if style == "outlook_fr":
        return (f"De : {name} <{addr}>\nEnvoyé : {FULL_DAYS['fr'][wd]} {d.day} "
                f"{FULL_MONTHS['fr'][mo]} 2026 {hm}\nÀ : {to_name} <{to_addr}>\nObjet : {subject}")
    if style == "outlook_de":
        return (f"Von: {name} <{addr}>\nGesendet: {FULL_DAYS['de'][wd]}, {d.day}. "
                f"{FULL_MONTHS['de'][mo]} 2026 {hm}\nAn: {to_name} <{to_addr}>\nBetreff: {subject}")
    if style == "outlook_es":
        return (f"De: {name} <{addr}>\nEnviado el: {FULL_DAYS['es'][wd]}, {d.day} de "
                f"{FULL_MONTHS['es'][mo]} de 2026 {hm}\nPara: {to_name} <{to_addr}>\n"
                f"Asunto: {subject}")
    raise ValueError(f"unknown quote style {style}")


def quoted(style: str, parent: Spec, parent_text: str) -> str:
    head = attribution(style, parent)
    if style.startswith("outlook"):
        return "\n\n" + "_" * 32 + "\n" + head + "\n\n" + parent_text.strip("\n")
    lines = [(">" + line) if line.startswith(">") else ("> " + line if line else ">")
             for line in parent_text.strip("\n").split("\n")]
    return "\n\n" + head + "\n" + "\n".join(lines)


# ---------------------------------------------------------------- PDF and calendar


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing title and lines (Helvetica, WinAnsi)."""

    def pdf_str(s: str) -> str:
        out = []
        for byte in s.encode("cp1252"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= byte < 127:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 15 Tf", "72 780 Td", "18 TL", pdf_str(title) + " Tj", "T*", "/F1 10 Tf",
           "14 TL"]
    for line in lines:
        ops.append("T* " + pdf_str(line) + " Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
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
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


VTIMEZONES = {
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Brussels": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Luxembourg": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}


def ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode()) > 74:
        cut = 72
        while len(line[:cut].encode()) > 72:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(ics: Spec, sent: datetime) -> str:
    tz = ics.get("tz", "Europe/Paris")
    std, dst, stdname, dstname = VTIMEZONES[tz]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dstname}",
        "DTSTART:19700329T020000" if std == "+0100" else "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{stdname}",
        "DTSTART:19701025T030000" if std == "+0100" else "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID={tz}:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append("LOCATION:" + ics["location"].replace(",", "\\,"))
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace(",", "\\,"))
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE}",
        "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded: list[str] = []
    for line in lines:
        folded.extend(ics_fold(line))
    return "\n".join(folded) + "\n"


# ---------------------------------------------------------------- building


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {s["key"]: s for s in specs}
        if len(self.specs) != len(specs):
            raise SystemExit("duplicate keys")
        self.texts: dict[str, str] = {}
        self.counter = 0

    def msgid(self, spec: Spec) -> str:
        if "msgid" in spec:
            return spec["msgid"]
        addr = spec["from"][1]
        domain = addr.split("@")[1]
        d = parse_date(spec["date"]).astimezone(UTC).strftime("%Y%m%d%H%M%S")
        h = digest("296", spec["key"])
        style = spec.get("idstyle", len(spec["key"]) % 3)
        if style == 0:
            return f"<{d}.{h[:10]}@{domain}>"
        if style == 1:
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{digest(spec['key'], 'b', n=12)}@{domain}>"
        return f"<CA+{digest(spec['key'], 'g', n=24)}@mail.{domain}>"

    def chain(self, spec: Spec) -> list[str]:
        if not spec.get("parent"):
            return []
        parent = self.specs[spec["parent"]]
        return [*self.chain(parent), self.msgid(parent)]

    def full_text(self, spec: Spec) -> str:
        key = spec["key"]
        if key in self.texts:
            return self.texts[key]
        text = spec.get("text", "")
        if spec.get("quote") and text:
            parent = self.specs[spec["parent"]]
            text = text.rstrip("\n") + quoted(spec["quote"], parent, self.full_text(parent))
        if spec.get("footer"):
            text = text.rstrip("\n") + "\n\n" + spec["footer"]
        self.texts[key] = text + ("\n" if text and not text.endswith("\n") else "")
        return self.texts[key]

    def boundary(self, spec: Spec, tag: str) -> str:
        self.counter += 1
        return f"----=_Part_{digest(spec['key'], tag, n=10)}_{self.counter:04d}"

    def text_part(self, spec: Spec, text: str, subtype: str,
                  expected: list[str]) -> MIMEPart:
        part = MIMEPart(policy=POLICY)
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        if subtype == "html":
            charset = spec.get("html_charset", charset)
            cte = spec.get("html_cte", cte)
        part.set_content(text, subtype=subtype, charset=charset, cte=cte)
        expected.append(text)
        return part

    def body(self, spec: Spec, expected: list[str]) -> MIMEPart:
        text = self.full_text(spec)
        html = spec.get("html")
        alts: list[MIMEPart] = []
        if text:
            alts.append(self.text_part(spec, text, "plain", expected))
        if html:
            alts.append(self.text_part(spec, html, "html", expected))
        if spec.get("ics"):
            ics_text = make_ics(spec["ics"], parse_date(spec["date"]))
            cal = MIMEPart(policy=POLICY)
            cal.set_content(ics_text, subtype="calendar", charset="utf-8",
                            cte=spec["ics"].get("cte", "8bit"),
                            params={"method": spec["ics"].get("method", "REQUEST")})
            expected.append(ics_text)
            alts.append(cal)
        if len(alts) == 1:
            core = alts[0]
        else:
            core = MIMEPart(policy=POLICY)
            core["Content-Type"] = "multipart/alternative"
            core.set_boundary(self.boundary(spec, "alt"))
            for p in alts:
                core.attach(p)
        extras: list[MIMEPart] = []
        for att in spec.get("attach", []):
            p = MIMEPart(policy=POLICY)
            p.set_content(make_pdf(att["title"], att["lines"]), maintype="application",
                          subtype="pdf", disposition="attachment", filename=att["name"])
            extras.append(p)
        if spec.get("ics_file"):
            ics_text = make_ics(spec["ics"], parse_date(spec["date"]))
            p = MIMEPart(policy=POLICY)
            p.set_content(ics_text.encode("utf-8"), maintype="application", subtype="ics",
                          disposition="attachment", filename="invite.ics")
            extras.append(p)
        if spec.get("forward"):
            inner = self.message(spec["forward"], expected)
            p = MIMEPart(policy=POLICY)
            p.set_content(inner)
            extras.append(p)
        if not extras:
            return core
        mixed = MIMEPart(policy=POLICY)
        mixed["Content-Type"] = "multipart/mixed"
        mixed.set_boundary(self.boundary(spec, "mix"))
        mixed.attach(core)
        for p in extras:
            mixed.attach(p)
        return mixed

    def message(self, spec: Spec, expected: list[str]) -> EmailMessage:
        body = self.body(spec, expected)
        msg = EmailMessage(policy=POLICY)
        for name, value in spec.get("received", []):
            msg.set_raw(name, value)
        name, addr = spec["from"]
        set_address_header(msg, "From", mailbox(name, addr, spec.get("from_enc")))
        if "to" in spec:
            tos = spec["to"] if isinstance(spec["to"], list) else [spec["to"]]
            to_value = ", ".join(mailbox(n, a, spec.get("to_enc")) for n, a in tos)
        else:
            # how senders write the candidate varies: bare, Q or B encoded, ASCII-folded
            variant = int(digest("to", spec["key"], n=4), 16) % 4
            to_value = [mailbox(CANDIDATE_NAME, CANDIDATE, ("utf-8", "B")),
                        CANDIDATE,
                        mailbox(CANDIDATE_NAME, CANDIDATE, ("iso-8859-1", "Q")),
                        mailbox("Amelie Kouassi", CANDIDATE)][variant]
        set_address_header(msg, "To", to_value)
        if spec.get("cc"):
            set_address_header(msg, "Cc", ", ".join(mailbox(n, a) for n, a in spec["cc"]))
        if spec.get("reply_to"):
            rn, ra = spec["reply_to"]
            set_address_header(msg, "Reply-To", mailbox(rn, ra, spec.get("reply_enc")))
        msg.set_raw("Subject", header_text("Subject", spec["subject"], spec.get("subj_enc")))
        msg.set_raw("Date", format_datetime(parse_date(spec["date"])))
        msg.set_raw("Message-ID", self.msgid(spec))
        refs = self.chain(spec)
        if refs:
            msg.set_raw("In-Reply-To", refs[-1])
            msg.set_raw("References", fold_words("References", refs, " "))
        for hname, value in spec.get("headers", []):
            msg.set_raw(hname, value)
        msg.set_raw("MIME-Version", "1.0")
        for hname, value in body.items():
            msg.set_raw(hname, value)
        if body.is_multipart():
            for p in body.iter_parts():
                msg.attach(p)
        else:
            # the raw payload: get_payload() would decode an 8bit body to str
            msg.set_payload(body._payload)
        return msg


# ---------------------------------------------------------------- checks


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def check(spec: Spec, raw: bytes, expected: list[str]) -> None:
    key = spec["key"]
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    assert all(len(line) <= 78 for line in head.split("\n")), f"{key}: long header line"
    assert "?q?" not in head and "?b?" not in head, f"{key}: header refolded by the policy"
    msg = email.message_from_bytes(raw, policy=POLICY)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert isinstance(sender, Address)
    assert sender.display_name == spec["from"][0], f"{key}: from name {sender.display_name!r}"
    assert sender.addr_spec == spec["from"][1], f"{key}: from addr"
    assert parsedate_to_datetime(str(msg["Date"])) == parse_date(spec["date"]), f"{key}: date"
    assert parse_date(spec["date"]).year == 2026
    got = sorted(norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text")
    want = sorted(norm(t) for t in expected)
    assert got == want, f"{key}: text bodies differ"
    assert all(got), f"{key}: empty text part"
    # labels
    kind, lang = spec["kind"], spec["lang"]
    assert kind in KINDS and lang in LANGS, key
    company, contact = spec.get("company", ""), spec.get("contact", "")
    own = spec["from"][1] == CANDIDATE
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        assert not LEGAL.search(company), f"{key}: legal form in company"
        assert not own, f"{key}: own mail must be other"
    if own:
        assert contact == "", f"{key}: own mail has a contact"
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE, key
        reply = [a.addr_spec.lower() for a in (msg["Reply-To"].addresses if msg["Reply-To"]
                                              else [])]
        frm = sender.addr_spec.lower()
        assert contact in [*reply, frm], f"{key}: contact not in Reply-To/From"
        if reply and contact != reply[0]:
            assert contact == frm, key


def main() -> None:
    specs: list[Spec] = []
    for name in MODULES:
        module = importlib.import_module(name)
        specs.extend(module.MESSAGES)
    specs.sort(key=lambda s: (parse_date(s["date"]).astimezone(UTC), s["key"]))
    builder = Builder(specs)
    for path in HERE.rglob("*.eml"):
        path.unlink()
    rows = []
    seen_ids: set[str] = set()
    for index, spec in enumerate(specs, 1):
        expected: list[str] = []
        try:
            msg = builder.message(spec, expected)
        except Exception as error:
            raise SystemExit(f"{spec['key']}: {type(error).__name__}: {error}") from error
        out = io.BytesIO()
        BytesGenerator(out, policy=POLICY.clone(linesep="\n")).flatten(msg)
        raw = out.getvalue()
        check(spec, raw, expected)
        mid = builder.msgid(spec)
        assert mid not in seen_ids, f"duplicate Message-ID {mid}"
        seen_ids.add(mid)
        rel = f"{spec['kind']}/{index:03d}_{spec['key']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        cells = [counts.get((kind, lang), 0) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in cells) + f"{sum(cells):7d}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"{sum(totals):7d}")


if __name__ == "__main__":
    main()
