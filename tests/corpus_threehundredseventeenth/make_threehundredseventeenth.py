"""Build the 317th blind corpus: hand-written specs (msgs317_*.py) -> *.eml + labels.csv.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs,
so every run writes the same bytes. After writing, every message is re-parsed with
email.policy.default and checked (no defects; subject, From name, date and every text body
round-trip) and the label rules are checked.

Run: python tests/corpus_threehundredseventeenth/make_threehundredseventeenth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import importlib
import quopri
import re
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

MODULES = ["msgs317_threads_es", "msgs317_threads_intl", "msgs317_other"]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "de", "fr"]
CANDIDATE = "ines.villanueva@example.es"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL_FORMS = {"gmbh", "sa", "s.a.", "sl", "s.l.", "slu", "s.l.u.", "sas", "sarl", "ltd",
               "inc", "ag", "llc", "lda", "plc", "bv", "sau", "s.a.u.", "se", "kg"}

Spec = dict[str, Any]


# --------------------------------------------------------------------------- dates

def _dst(local: datetime) -> bool:
    """Central/Western European summer time in 2026: 29 March to 25 October (01:00 UTC)."""
    naive = local.replace(tzinfo=None)
    return datetime(2026, 3, 29, 2, 0) <= naive < datetime(2026, 10, 25, 3, 0)


def when(spec: Spec) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("tz", "CET")
    hours = {"CET": 1, "WET": 0, "UTC": 0}[zone]
    if zone != "UTC" and _dst(local):
        hours += 1
    seconds = int(hashlib.sha1(spec["key"].encode()).hexdigest()[:4], 16) % 60
    return local.replace(second=seconds, tzinfo=timezone(timedelta(hours=hours)))


# --------------------------------------------------------------------------- headers

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_char(ch: str, charset: str) -> str:
    raw = ch.encode(charset)
    if raw == b" ":
        return "_"
    return "".join(chr(b) if b in _Q_SAFE else f"={b:02X}" for b in raw)


def encoded_words(text: str, mode: str = "q", charset: str = "utf-8") -> str:
    """RFC 2047 words of at most 75 characters; spaces stay inside the words."""
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if mode == "q":
            size = sum(len(_q_char(c, charset)) for c in trial)
        else:
            size = 4 * ((len(trial.encode(charset)) + 2) // 3)
        if size > room and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    words.append(chunk)
    out = []
    for word in words:
        if mode == "q":
            body = "".join(_q_char(c, charset) for c in word)
        else:
            body = base64.b64encode(word.encode(charset)).decode("ascii")
        out.append(prefix + body + suffix)
    return "\n ".join(out)


def fold(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces to lines of at most 78 characters."""
    line = f"{name}: "
    lines: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 78 and line.strip() and i:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None = None) -> str:
    if value.isascii() and enc is None:
        return fold(name, value)
    mode, charset = enc or ("q", "utf-8")
    return f"{name}: " + encoded_words(value, mode, charset)


_SPECIALS = re.compile(r'[()<>@,;:\\".\[\]]')


def addr(person: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, address = person
    if not name:
        return address
    if not name.isascii() or enc is not None:
        mode, charset = enc or ("q", "utf-8")
        words = encoded_words(name, mode, charset)
        # one word only: some readers put a space between encoded words in a phrase
        assert "\n" not in words, f"display name too long for one encoded word: {name}"
        return f"{words} <{address}>"
    if _SPECIALS.search(name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{address}>'
    return f"{name} <{address}>"


def addr_header(name: str, people: list[tuple[str, str]],
                enc: tuple[str, str] | None = None) -> str:
    return f"{name}: " + ",\n ".join(addr(p, enc) for p in people)


# --------------------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers: list[str], body: bytes = b"",
                 parts: list[Part] | None = None, boundary: str = "") -> None:
        self.headers, self.body, self.parts, self.boundary = headers, body, parts, boundary

    def serialize(self) -> bytes:
        head = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.parts is None:
            return head + self.body
        out = head
        if self.body:
            out += self.body
        for child in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + child.serialize() + b"\n"
        return out + b"--" + self.boundary.encode() + b"--\n"


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        return raw
    if cte == "8bit":
        assert all(len(line) < 990 for line in raw.split(b"\n"))
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text: str, subtype: str, charset: str, cte: str, extra: str = "",
              expected: list[str] | None = None) -> Part:
    if not text.endswith("\n"):
        text += "\n"
    if cte == "auto":
        cte = "7bit" if text.isascii() else "quoted-printable"
    if expected is not None:
        expected.append(text)
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{extra}',
               f"Content-Transfer-Encoding: {cte}"]
    return Part(headers, encode_body(text, charset, cte))


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for i, line in enumerate(lines):
        ops.append(("" if i == 0 else "T* ") + f"({esc(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def pdf_part(filename: str, lines: list[str]) -> Part:
    data = base64.encodebytes(pdf_bytes(lines))
    return Part([f'Content-Type: application/pdf; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], data)


# --------------------------------------------------------------------------- calendar

VTIMEZONE = {
    "CET": ["BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD"],
    "WET": ["BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST",
            "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
            "TZNAME:WET", "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD"],
}
TZIDS = {"Europe/Madrid": "CET", "Europe/Zurich": "CET", "Europe/Paris": "CET",
         "Europe/Lisbon": "WET"}


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current if not out else " " + current)
            current = ch
        else:
            current += ch
    out.append(current if not out else " " + current)
    return out


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_text(spec: Spec, sent: datetime) -> str:
    cal = spec["ics"]
    tzid = cal.get("tzid", "Europe/Madrid")
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=cal.get("minutes", 60))
    organizer_name, organizer = cal.get("organizer", spec["frm"])
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{cal['method']}", "BEGIN:VTIMEZONE", f"TZID:{tzid}",
             *VTIMEZONE[TZIDS[tzid]], "END:VTIMEZONE", "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{_ics_text(cal['summary'])}"]
    if cal.get("location"):
        lines.append(f"LOCATION:{_ics_text(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(cal['description'])}")
    lines.append(f'ORGANIZER;CN="{organizer_name}":mailto:{organizer}')
    attendee = cal.get("attendee", ("Inés Villanueva Ortega", CANDIDATE))
    lines.append(f'ATTENDEE;CN="{attendee[0]}";ROLE=REQ-PARTICIPANT;'
                 f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee[1]}")
    status = "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- quoting

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}


def attribution(style: str, parent: Spec, sent: datetime) -> str:
    name, address = parent["frm"]
    d, m, t = sent.weekday(), sent.month - 1, sent.strftime("%H:%M")
    if style == "en":
        return (f"On {DAYS['en'][d]}, {MONTHS['en'][m]} {sent.day}, 2026 at "
                f"{sent.strftime('%I:%M %p').lstrip('0')} {name} <{address}> wrote:")
    if style == "es":
        return (f"El {DAYS['es'][d]}, {sent.day} {MONTHS['es'][m]} 2026 a las {t}, "
                f"{name} (<{address}>) escribió:")
    if style == "de":
        return (f"Am {DAYS['de'][d]}, {sent.day}. {MONTHS['de'][m]} 2026 um {t} Uhr schrieb "
                f"{name} <{address}>:")
    if style == "fr":
        return (f"Le {DAYS['fr'][d]} {sent.day} {MONTHS['fr'][m]} 2026 à {t}, "
                f"{name} <{address}> a écrit :")
    raise ValueError(style)


def outlook_block(style: str, parent: Spec, sent: datetime) -> str:
    name, address = parent["frm"]
    to_name, to_addr = parent.get("to", ("Inés Villanueva Ortega", CANDIDATE))
    lang = style.split("_")[1]
    d, m = LONG_DAYS[lang][sent.weekday()], LONG_MONTHS[lang][sent.month - 1]
    t = sent.strftime("%H:%M")
    labels = {
        "en": ("From:", "Sent:", "To:", "Subject:", f"{d}, {m} {sent.day}, 2026 {t}"),
        "es": ("De:", "Enviado el:", "Para:", "Asunto:", f"{d}, {sent.day} de {m} de 2026 {t}"),
        "de": ("Von:", "Gesendet:", "An:", "Betreff:", f"{d}, {sent.day}. {m} 2026 {t}"),
        "fr": ("De :", "Envoyé :", "À :", "Objet :", f"{d} {sent.day} {m} 2026 {t}"),
    }[lang]
    return (f"{labels[0]} {name} <{address}>\n{labels[1]} {labels[4]}\n"
            f"{labels[2]} {to_name} <{to_addr}>\n{labels[3]} {parent['subject']}")


# --------------------------------------------------------------------------- building

class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = specs
        self.by_key = {s["key"]: s for s in specs}
        assert len(self.by_key) == len(specs), "duplicate keys"
        self._text: dict[str, str] = {}

    def message_id(self, spec: Spec) -> str:
        sent = when(spec)
        digest = hashlib.sha1(("317/" + spec["key"]).encode()).hexdigest()
        domain = spec["frm"][1].split("@")[1]
        if spec["frm"][1] == CANDIDATE:
            domain = "mail.example.es"
        return f"<{sent:%Y%m%d%H%M%S}.{digest[:14]}@{domain}>"

    def references(self, spec: Spec) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        return [*self.references(self.by_key[parent]), self.message_id(self.by_key[parent])]

    def full_text(self, spec: Spec) -> str:
        """The plain text of a message: its new text plus, if it quotes, the quoted parent."""
        key = spec["key"]
        if key in self._text:
            return self._text[key]
        text = spec["body"].rstrip("\n") + "\n"
        style = spec.get("quote")
        if style:
            parent = self.by_key[spec["parent"]]
            earlier = self.full_text(parent).rstrip("\n")
            sent = when(parent)
            if style.startswith("outlook"):
                text += ("\n________________________________\n" + outlook_block(style, parent, sent)
                         + "\n\n" + earlier + "\n")
            else:
                quoted = "\n".join(">" + (" " + line if line and not line.startswith(">")
                                          else line) for line in earlier.split("\n"))
                text += "\n" + attribution(style, parent, sent) + "\n" + quoted + "\n"
        self._text[key] = text
        return text

    def body_part(self, spec: Spec, expected: list[str]) -> Part:
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "auto")
        fmt = spec.get("fmt", "plain")
        text = self.full_text(spec)
        html = spec.get("html")
        if html is None and fmt in ("html", "alt"):
            from msgs317_common import html_shell
            html = html_shell(text, spec.get("brand", ""), spec.get("color", "#1f4e79"),
                              spec.get("footer", ""), charset)
        html_cte = spec.get("html_cte", cte)
        if fmt == "plain":
            main = text_part(text, "plain", charset, cte, expected=expected)
            alternatives = [main]
        elif fmt == "html":
            main = text_part(html, "html", charset, html_cte, expected=expected)
            alternatives = [main]
        else:
            alternatives = [text_part(text, "plain", charset, cte, expected=expected),
                            text_part(html, "html", charset, html_cte, expected=expected)]
        sent = when(spec)
        if spec.get("ics") and not spec.get("ics_attach"):
            cal = ics_text(spec, sent)
            cal_cte = spec["ics"].get("cte", "base64")
            if cal_cte != "base64":
                cal = cal.replace("\r\n", "\n")
            alternatives.append(text_part(cal, "calendar", "utf-8", cal_cte,
                                          f"; method={spec['ics']['method']}",
                                          expected=expected))
        if len(alternatives) == 1:
            node = alternatives[0]
        else:
            node = Part(['Content-Type: multipart/alternative;\n boundary="'
                         + self.boundary(spec, "alt") + '"'],
                        parts=alternatives, boundary=self.boundary(spec, "alt"))
        extras: list[Part] = []
        if spec.get("ics") and spec.get("ics_attach"):
            cal = ics_text(spec, sent)
            part = text_part(cal, "calendar", "utf-8", "base64",
                             f'; method={spec["ics"]["method"]}; name="invite.ics"',
                             expected=expected)
            part.headers.insert(1, 'Content-Disposition: attachment; filename="invite.ics"')
            extras.append(part)
        if spec.get("fwd"):
            inner_expected: list[str] = []
            inner = self.inner_message(spec["fwd"], inner_expected)
            expected.extend(inner_expected)
            extras.append(Part(["Content-Type: message/rfc822",
                                "Content-Disposition: inline",
                                "Content-Transfer-Encoding: 8bit"], inner.serialize()))
        for filename, lines in spec.get("attach", []):
            extras.append(pdf_part(filename, lines))
        if not extras:
            return node
        b = self.boundary(spec, "mix")
        return Part([f'Content-Type: multipart/mixed;\n boundary="{b}"'],
                    b"This is a multi-part message in MIME format.\n\n"
                    if spec.get("preamble") else b"", parts=[node, *extras], boundary=b)

    def inner_message(self, fwd: Spec, expected: list[str]) -> Part:
        sent = datetime.strptime(fwd["date"], "%Y-%m-%d %H:%M %z")
        headers = [f"Date: {format_datetime(sent)}", addr_header("From", [fwd["frm"]]),
                   addr_header("To", [fwd["to"]]), text_header("Subject", fwd["subject"]),
                   f"Message-ID: <{hashlib.sha1(fwd['subject'].encode()).hexdigest()[:16]}"
                   f"@{fwd['frm'][1].split('@')[1]}>", "MIME-Version: 1.0"]
        part = text_part(fwd["body"], "plain", "utf-8", "quoted-printable", expected=expected)
        return Part(headers + part.headers, part.body)

    def boundary(self, spec: Spec, role: str) -> str:
        digest = hashlib.sha1(f"{spec['key']}/{role}".encode()).hexdigest()
        style = int(digest[0], 16) % 3
        if style == 0:
            return f"----=_Part_{int(digest[1:6], 16)}_{digest[6:16]}"
        if style == 1:
            return f"000000000000{digest[1:17]}"
        return f"_{role}_{digest[1:13]}_317_"

    def build(self, spec: Spec) -> tuple[bytes, list[str]]:
        expected: list[str] = []
        sent = when(spec)
        headers = [f"Date: {format_datetime(sent)}",
                   addr_header("From", [spec["frm"]], spec.get("name_enc"))]
        if spec.get("reply_to"):
            headers.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("name_enc")))
        to = spec.get("to", ("Inés Villanueva Ortega", CANDIDATE))
        headers.append(addr_header("To", [to], spec.get("to_enc")))
        if spec.get("cc"):
            headers.append(addr_header("Cc", spec["cc"]))
        headers.append(text_header("Subject", spec["subject"], spec.get("subj_enc")))
        headers.append(f"Message-ID: {self.message_id(spec)}")
        refs = self.references(spec)
        if refs:
            headers.append(f"In-Reply-To: {refs[-1]}")
            headers.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", []):
            headers.append(fold(name, value))
        headers.append("MIME-Version: 1.0")
        body = self.body_part(spec, expected)
        top = Part(headers + body.headers, body.body, body.parts, body.boundary)
        return top.serialize(), expected


# --------------------------------------------------------------------------- checks

def all_defects(message: EmailMessage) -> list[str]:
    found = [repr(d) for d in message.defects]
    for part in message.walk():
        found += [repr(d) for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
    return found


def check_message(spec: Spec, data: bytes, expected: list[str]) -> None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    where = spec["key"]
    assert not all_defects(message), (where, all_defects(message))
    assert str(message["subject"]) == spec["subject"], (where, str(message["subject"]))
    frm = message["from"].addresses[0]
    assert frm.display_name == spec["frm"][0], (where, frm.display_name)
    assert frm.addr_spec == spec["frm"][1], where
    assert message["date"].datetime == when(spec), where
    texts = [p.get_content() for p in message.walk() if p.get_content_maintype() == "text"]
    assert texts == expected, (where, [t[:60] for t in texts])
    assert expected and expected[0].strip(), where


def check_labels(spec: Spec, data: bytes) -> None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["key"]
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, where
    if kind == "other":
        assert company == "", where
    else:
        assert company and company == company.strip(), where
        tokens = {t.strip(",").lower() for t in company.split()}
        assert not tokens & LEGAL_FORMS, (where, company)
    senders = [a.lower() for _, a in getaddresses([str(v) for n in ("Reply-To", "From")
                                                    for v in message.get_all(n, [])])]
    if spec["frm"][1] == CANDIDATE:
        assert kind == "other" and contact == "", where
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE, where
        assert contact in senders, (where, contact, senders)
        local, domain = contact.split("@")
        assert not domain.endswith(ATS_DOMAINS), where
        assert "noreply" not in local and "no-reply" not in local, where
        reply_to = spec.get("reply_to")
        if reply_to and reply_to[1].lower() != contact:
            # a Reply-To is only passed over when it is not a person
            assert re.search(r"no-?reply|donotreply|jobs|careers|empleo", reply_to[1]), where
    else:
        human = [a for a in senders if a != CANDIDATE and "reply" not in a
                 and not a.split("@")[1].endswith(ATS_DOMAINS)]
        if kind != "other" and spec["frm"][1] != CANDIDATE:
            assert not human or spec.get("role_sender"), (where, human)


def main() -> None:
    specs: list[Spec] = []
    for name in MODULES:
        specs += importlib.import_module(name).MESSAGES
    builder = Builder(specs)
    specs.sort(key=lambda s: (when(s).astimezone(UTC), s["key"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    ids: set[str] = set()
    for number, spec in enumerate(specs, 1):
        sent = when(spec)
        assert datetime(2026, 1, 1, tzinfo=UTC) <= sent < datetime(2026, 11, 1, tzinfo=UTC)
        for parent_key in [spec.get("parent")] if spec.get("parent") else []:
            assert when(builder.by_key[parent_key]) < sent, (spec["key"], "parent after child")
        data, expected = builder.build(spec)
        check_message(spec, data, expected)
        check_labels(spec, data)
        mid = builder.message_id(spec)
        assert mid not in ids
        ids.add(mid)
        rel = f"{spec['kind']}/{number:03d}_{spec['key']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    kinds = Counter(s["kind"] for s in specs)
    langs = Counter(s["lang"] for s in specs)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{len(specs)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:32}" + "".join(f"{table[kind, lang]:>5}" for lang in LANGS)
              + f"{kinds[kind]:>7}")
    print(f"{'total':32}" + "".join(f"{langs[lang]:>5}" for lang in LANGS) + f"{len(specs):>7}")


if __name__ == "__main__":
    main()
