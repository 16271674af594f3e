"""Build the threehundredsecond corpus: hand-written specs (msgs302_*.py) -> .eml + labels.csv.

Standard library only. Deterministic: the same bytes on every run. Deletes and rewrites only
`*.eml` and `labels.csv` below this folder, then re-parses every message and checks it.

    python tests/corpus_threehundredsecond/make_threehundredsecond.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import quopri
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, getaddresses, parseaddr
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs302_acks  # noqa: E402
import msgs302_invites  # noqa: E402
import msgs302_offers  # noqa: E402
import msgs302_other  # noqa: E402
import msgs302_rejections  # noqa: E402
import msgs302_resched  # noqa: E402
from msgs302_common import CANDIDATE  # noqa: E402

KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|notifications?|mailer|bounce")
LEGAL_FORMS = {
    "gmbh", "ggmbh", "ag", "sa", "s.a.", "sl", "s.l.", "s.l.u.", "sas", "sarl", "ltd", "ltd.",
    "inc", "inc.", "llc", "plc", "bv", "b.v.", "nv", "n.v.", "kg", "e.v.", "se",
}


# ---------------------------------------------------------------- time and dates

def _offset(zone: str, local: datetime) -> timezone:
    if zone.startswith(("+", "-")):
        sign = 1 if zone[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    summer = datetime(2026, 3, 29, 2, 0) <= local < datetime(2026, 10, 25, 3, 0)
    hours = {"CET": 1, "UK": 0, "UTC": 0}[zone] + (1 if summer and zone != "UTC" else 0)
    return timezone(timedelta(hours=hours))


def when(spec: dict) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=_offset(spec.get("zone", "CET"), local))


DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(style: str, parent: dict) -> str:
    """The line (or Outlook block) a mail program writes above a quoted message."""
    d = when(parent)
    name, addr = parent["frm"]
    hm = d.strftime("%H:%M")
    if style == "en":
        return f"On {DAYS['en'][d.weekday()]}, {d.day} {MONTHS['en'][d.month - 1][:3]} 2026 " \
               f"at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {d.day:02d}.{d.month:02d}.2026 um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} 2026 à {hm}, " \
               f"{name} <{addr}> a écrit :"
    if style == "es":
        return f"El {DAYS['es'][d.weekday()]}, {d.day} {MONTHS['es'][d.month - 1][:3]} 2026 " \
               f"a las {hm}, {name} (<{addr}>) escribió:"
    lang = style.split("-")[1]
    to = ", ".join(f"{n} <{a}>" for n, a in parent.get("to", [CANDIDATE]))
    long_day = f"{LONG_DAYS[lang][d.weekday()]}"
    if lang == "en":
        sent = f"{long_day}, {MONTHS['en'][d.month - 1]} {d.day}, 2026 " \
               f"{d.strftime('%I:%M %p').lstrip('0')}"
        labels = ("From", "Sent", "To", "Subject")
    elif lang == "de":
        sent = f"{long_day}, {d.day}. {MONTHS['de'][d.month - 1]} 2026 {hm}"
        labels = ("Von", "Gesendet", "An", "Betreff")
    elif lang == "fr":
        sent = f"{long_day} {d.day} {MONTHS['fr'][d.month - 1]} 2026 {hm}"
        labels = ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0")
    else:
        sent = f"{long_day}, {d.day} de {MONTHS['es'][d.month - 1]} de 2026 {hm}"
        labels = ("De", "Enviado el", "Para", "Asunto")
    return "\n".join([
        "________________________________",
        f"{labels[0]}: {name} <{addr}>",
        f"{labels[1]}: {sent}",
        f"{labels[2]}: {to}",
        f"{labels[3]}: {parent['subject']}",
    ])


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, how: str) -> list[str]:
    """`text` as RFC 2047 encoded words of at most 75 characters, spaces kept inside."""

    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if how == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        q = "".join(
            "_" if byte == 32
            else chr(byte) if (chr(byte).isascii() and chr(byte).isalnum()) or chr(byte) in "!*+-/"
            else f"={byte:02X}"
            for byte in raw
        )
        return f"=?{charset}?Q?{q}?="

    words, current = [], ""
    for char in text:
        if current and len(one(current + char)) > 75:
            words.append(one(current))
            current = char
        else:
            current += char
    words.append(one(current))
    return words


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces to lines of at most 78 characters."""
    line, lines = f"{name}:", []
    for token in value.split(" "):
        if line.endswith(":"):
            line += " " + token
        elif len(line) + 1 + len(token) > 78:
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\n".join(lines)


def header_text(value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return value
    charset, how = enc or ("utf-8", "q")
    return " ".join(encoded_words(value, charset, how))


SPECIALS = set('()<>@,;:\\".[]')


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        if SPECIALS & set(name):
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{quoted}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{header_text(name, enc or ('utf-8', 'q'))} <{addr}>"


# ---------------------------------------------------------------- MIME tree

@dataclass
class Node:
    headers: list[tuple[str, str]]
    body: bytes = b""
    parts: list[Node] = field(default_factory=list)
    boundary: str = ""


def text_node(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> Node:
    data = text.encode(charset)
    if cte == "auto":
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        assert cte in ("7bit", "8bit")
        assert cte == "8bit" or data.isascii()
        body = data
    ctype = f'text/{subtype}; charset="{charset}"{extra}'
    return Node([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)


def render(node: Node) -> bytes:
    out = io.BytesIO()
    for name, value in node.headers:
        line = f"{name}: {value}" if "\n" in value else fold(name, value)
        out.write(line.encode("ascii") + b"\n")
    out.write(b"\n")
    if node.parts:
        out.write(b"This is a multi-part message in MIME format.\n")
        for part in node.parts:
            out.write(b"\n--" + node.boundary.encode() + b"\n")
            out.write(render(part))
        out.write(b"\n--" + node.boundary.encode() + b"--\n")
    else:
        out.write(node.body)
    return out.getvalue()


def multipart(subtype: str, parts: list[Node], boundary: str) -> Node:
    ctype = f'multipart/{subtype};\n boundary="{boundary}"'
    return Node([("Content-Type", ctype)], parts=parts, boundary=boundary)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({esc(line)}) '\n" for line in lines) + "ET\n"
    content = stream.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n" \
           f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


VTIMEZONE = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
}


def ics_text(ics: dict, spec: dict) -> str:
    """A VCALENDAR (REQUEST or CANCEL) with a VTIMEZONE, CRLF line ends."""
    tzid = ics.get("tzid", "Europe/Amsterdam")
    std, dst, std_name, dst_name = VTIMEZONE[tzid]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = ics.get("organizer", spec["frm"])
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus302//Calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- one message

def html_from_text(text: str, quoted: str | None, lang: str) -> str:
    paragraphs = text.strip("\n").split("\n\n")
    body = "\n".join(
        "<p>" + "<br>\n".join(escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs)
    if quoted is not None:
        head, _, rest = quoted.partition("\n")
        body += (
            f'\n<div class="quote">{escape(head)}</div>\n'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            + "<br>\n".join(escape(line.removeprefix("> ").removeprefix(">"))
                            for line in rest.split("\n"))
            + "\n</blockquote>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        "<title></title>\n</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{body}\n</body>\n</html>\n"
    )


class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = {s["id"]: s for s in specs}
        assert len(self.specs) == len(specs), "duplicate spec id"
        self.texts: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        for spec in specs:
            domain = spec["frm"][1].split("@")[1]
            stamp = when(spec).astimezone(UTC).strftime("%Y%m%d%H%M%S")
            self.ids[spec["id"]] = f"<{stamp}.{spec['id'].replace('_', '-')}.302@{domain}>"

    def full_text(self, spec: dict) -> str:
        """The new text plus, for replies, the quoted earlier message (built recursively)."""
        if spec["id"] in self.texts:
            return self.texts[spec["id"]]
        text = spec["body"].strip("\n") + "\n"
        if "quote" in spec:
            parent = self.specs[spec["quote"]]
            style = spec.get("attrib", spec["lang"])
            earlier = self.full_text(parent).rstrip("\n")
            if style.startswith("outlook"):
                text += "\n" + attribution(style, parent) + "\n\n" + earlier + "\n"
            else:
                quoted = "\n".join(">" + (" " + ln if ln and not ln.startswith(">") else ln)
                                   for ln in earlier.split("\n"))
                text += "\n" + attribution(style, parent) + "\n" + quoted + "\n"
        self.texts[spec["id"]] = text
        return text

    def quoted_part(self, spec: dict) -> str | None:
        full = self.full_text(spec)
        new = spec["body"].strip("\n") + "\n"
        return full[len(new) + 1:] if "quote" in spec else None

    def message(self, spec: dict, inner: bool = False) -> tuple[Node, list[str]]:
        """The MIME tree of one spec and every text it carries (for the round trip)."""
        sid = spec["id"]
        counter = iter(range(1, 10))
        bound = lambda: f"----=_Part302_{sid}_{next(counter)}"  # noqa: E731
        charset = spec.get("cs", "utf-8")
        cte = spec.get("cte", "auto")
        text = self.full_text(spec)
        texts: list[str] = []
        alternatives: list[Node] = []
        if not spec.get("html_only"):
            alternatives.append(text_node(text, "plain", charset, cte))
            texts.append(text)
        html = spec.get("html")
        if html == "auto" or (spec.get("html_only") and html is None):
            html = html_from_text(spec["body"], self.quoted_part(spec), spec["lang"])
        if html:
            hcs = spec.get("html_cs", "utf-8")
            html_cte = spec.get("html_cte", "quoted-printable")
            alternatives.append(text_node(html, "html", hcs, html_cte))
            texts.append(html)
        ics = spec.get("ics")
        attachments: list[Node] = []
        if ics:
            cal = ics_text(ics, spec)
            method = ics.get("method", "REQUEST")
            texts.append(cal)
            if ics.get("attach"):
                node = text_node(cal, "calendar", "utf-8", "base64", f"; method={method}")
                node.headers.append(("Content-Disposition", 'attachment; filename="invite.ics"'))
                attachments.append(node)
            else:
                alternatives.append(text_node(cal, "calendar", "utf-8", ics.get("cte", "base64"),
                                              f"; method={method}"))
        core = alternatives[0] if len(alternatives) == 1 else multipart(
            "alternative", alternatives, bound())
        for filename, lines in spec.get("pdfs", []):
            node = Node([
                ("Content-Type", f'application/pdf; name="{filename}"'),
                ("Content-Disposition", f'attachment; filename="{filename}"'),
                ("Content-Transfer-Encoding", "base64"),
            ], base64.encodebytes(pdf_bytes(lines)))
            attachments.append(node)
        if "fwd" in spec:
            inner_node, inner_texts = self.message(spec["fwd"], inner=True)
            texts.extend(inner_texts)
            attachments.append(Node([
                ("Content-Type", "message/rfc822"),
                ("Content-Disposition", "attachment"),
            ], render(inner_node)))
        root = core if not attachments else multipart("mixed", [core, *attachments], bound())
        root.headers = [*self.envelope(spec, inner), ("MIME-Version", "1.0"), *root.headers]
        return root, texts

    def envelope(self, spec: dict, inner: bool) -> list[tuple[str, str]]:
        name, addr = spec["frm"]
        headers = [("From", mailbox(name, addr, spec.get("name_enc")))]
        if "reply_to" in spec:
            headers.append(("Reply-To", mailbox(*spec["reply_to"])))
        to = spec.get("to", [CANDIDATE])
        headers.append(("To", ", ".join(mailbox(n, a) for n, a in to)))
        if "cc" in spec:
            headers.append(("Cc", ", ".join(mailbox(n, a) for n, a in spec["cc"])))
        subject = spec["subject"]
        enc = spec.get("subj_enc")
        value = header_text(subject, enc)
        if value != subject:
            value = value.replace(" =?", "\n =?")
        headers.append(("Subject", value))
        headers.append(("Date", format_datetime(when(spec))))
        if inner:
            domain = addr.split("@")[1]
            headers.append(("Message-ID", f"<{spec['id'].replace('_', '-')}.fwd302@{domain}>"))
            return headers
        headers.append(("Message-ID", self.ids[spec["id"]]))
        parent = spec.get("reply")
        if parent:
            chain = self.chain(parent)
            headers.append(("In-Reply-To", self.ids[parent]))
            headers.append(("References", "\n ".join(self.ids[p] for p in chain)))
        headers.extend(spec.get("headers", []))
        return headers

    def chain(self, sid: str) -> list[str]:
        spec = self.specs[sid]
        return ([*self.chain(spec["reply"])] if spec.get("reply") else []) + [sid]


# ---------------------------------------------------------------- labels and checks

def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def own(spec: dict) -> bool:
    return spec["frm"][1] == CANDIDATE[1]


def contact_of(spec: dict) -> str:
    if own(spec):
        return ""
    if "reply_to" in spec and not spec.get("rt_system") and not is_system(spec["reply_to"][1]):
        return spec["reply_to"][1].lower()
    if not spec.get("system") and not is_system(spec["frm"][1]):
        return spec["frm"][1].lower()
    return ""


def check_labels(spec: dict, contact: str) -> None:
    sid, kind, company = spec["id"], spec["kind"], spec.get("company", "")
    assert kind in KINDS, sid
    assert spec["lang"] in LANGS, sid
    if kind == "other":
        assert company == "", f"{sid}: company on other"
    else:
        assert company and company == company.strip(), f"{sid}: company missing"
        assert not own(spec), f"{sid}: own mail must be other"
        words = {w.lower().strip(",") for w in company.split()}
        assert not words & LEGAL_FORMS, f"{sid}: legal form in {company!r}"
    assert contact == contact.lower()
    assert contact != CANDIDATE[1]


def verify(path: Path, spec: dict, texts: list[str], contact: str, node_ids: dict) -> None:
    """Re-parse with the default policy; every header and text must come back unchanged."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    sid = spec["id"]
    for part in msg.walk():
        assert not part.defects, f"{sid}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], (sid, str(msg["Subject"]))
    assert msg["From"].addresses[0].display_name == spec["frm"][0], (sid, str(msg["From"]))
    assert msg["Date"].datetime == when(spec), sid
    assert msg["Date"].datetime.year == 2026
    assert str(msg["Message-ID"]) == node_ids[sid]
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == texts, f"{sid}: text round trip\n{got!r}\n{texts!r}"
    if contact:
        values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        assert contact in [a.lower() for _, a in getaddresses(values)], sid
    if spec.get("company"):
        visible = " ".join(got).lower() + " " + str(msg["From"]).lower()
        assert spec["company"].lower() in visible, f"{sid}: company {spec['company']!r} unseen"
    assert parseaddr(str(msg["To"]))[1]


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs302_acks, msgs302_invites, msgs302_resched, msgs302_rejections,
                   msgs302_offers, msgs302_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    builder = Builder(specs)
    for spec in specs:
        for key in ("reply", "quote"):
            if key in spec:
                parent = builder.specs[spec[key]]
                assert when(parent) < when(spec), f"{spec['id']}: {key} is later"
    for old in HERE.rglob("*.eml"):
        old.unlink()
    ordered = sorted(specs, key=lambda s: (when(s).astimezone(UTC), s["id"]))
    rows, problems = [], []
    for number, spec in enumerate(ordered, 1):
        contact = contact_of(spec)
        check_labels(spec, contact)
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        node, texts = builder.message(spec)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render(node))
        try:
            verify(path, spec, texts, contact, builder.ids)
        except AssertionError as error:
            problems.append(f"{rel}: {error}")
        rows.append([rel, spec["kind"], spec.get("company", ""), contact, spec["lang"]])
    assert not problems, "\n".join(problems)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[kind, lang] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in counts) + f"  {sum(counts):>5}")
    totals = [sum(table[k, lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
