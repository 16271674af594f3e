"""Layout helpers for corpus 355: the candidate, quoting chains, HTML shells, PDF and iCalendar.

Only layout lives here; every message text is written by hand in the msgs355_* modules.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parseaddr
from typing import Any

CANDIDATE = "Annelie Brockmann-Uzor <annelie.brockmann@example.de>"
CAND_ADDR = "annelie.brockmann@example.de"

Spec = dict[str, Any]

WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def m(ident: str, kind: str, lang: str, co: str, frm: str, subj: str, d: str, body: str,
      **extra: Any) -> Spec:
    """One message spec: id, kind, language, labelled company, From, Subject, date, new text."""
    spec: Spec = {"id": ident, "kind": kind, "lang": lang, "co": co, "frm": frm,
                  "subj": subj, "d": d, "body": body.strip("\n") + "\n"}
    spec.update(extra)
    return spec


def own(ident: str, lang: str, to: str, subj: str, d: str, body: str, **extra: Any) -> Spec:
    """A message the candidate sent herself (always kind other, no company, no contact)."""
    return m(ident, "other", lang, "", CANDIDATE, subj, d, body, to=to, own=True, **extra)


def when(d: str) -> datetime:
    """'2026-03-04 10:12 +0100' -> aware datetime."""
    stamp, offset = d.rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(delta))


def attribution(lang: str, parent: Spec) -> str:
    """A localized 'On ... wrote:' line for the quoted parent."""
    dt = when(parent["d"])
    name, addr = parseaddr(parent["frm"])
    hm = dt.strftime("%H:%M")
    wd = WEEKDAYS[lang][dt.weekday()]
    mo = MONTHS[lang][dt.month - 1]
    if lang == "de":
        return f"Am {dt.day}. {mo} {dt.year} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd} {dt.day} {mo} {dt.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {wd}, {dt.day} de {mo} de {dt.year}, a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {wd}, {dt.day} {mo} {dt.year} at {hm}, {name} <{addr}> wrote:"


def outlook_block(lang: str, parent: Spec, to: str) -> str:
    """An Outlook 'From:/Sent:' header block for the quoted parent."""
    dt = when(parent["d"])
    mo = MONTHS[lang][dt.month - 1]
    wd = WEEKDAYS[lang][dt.weekday()]
    sent = f"{wd}, {dt.day}. {mo} {dt.year} {dt:%H:%M}"
    labels = {
        "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
        "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
        "fr": ("-----Message d'origine-----", "De ", "Envoyé ", "À ", "Objet "),
        "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    }[lang]
    if lang == "en":
        sent = f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} {dt:%I:%M %p}"
    return (f"{labels[0]}\n{labels[1]}: {parent['frm']}\n{labels[2]}: {sent}\n"
            f"{labels[3]}: {to}\n{labels[4]}: {parent['subj']}")


def quote_gt(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.rstrip("\n").split("\n"))


def to_html(text: str, shell: str = "plain", brand: str = "") -> str:
    """Wrap hand-written text in one of a few HTML layouts (paragraphs, quoted lines)."""
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            blocks.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                          f"{inner}</blockquote>")
        else:
            inner = "<br>\n".join(html.escape(line) for line in lines)
            cls = ' class="MsoNormal"' if shell == "outlook" else ""
            blocks.append(f"<p{cls}>{inner}</p>")
    content = "\n".join(blocks)
    if shell == "ats":
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
            f"{html.escape(brand)}</title></head>\n"
            '<body style="margin:0;background:#f4f5f7;font-family:Arial,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center">\n<table width="600" style="background:#ffffff">\n'
            f'<tr><td style="background:#1f4e79;color:#fff;padding:16px;font-size:18px">'
            f"{html.escape(brand)}</td></tr>\n"
            f'<tr><td style="padding:24px;font-size:14px;line-height:1.5">\n{content}\n</td></tr>\n'
            "</table>\n</td></tr></table>\n</body></html>\n"
        )
    if shell == "outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}"
            "</style></head>\n"
            f'<body lang="DE" link="#0563C1"><div class="WordSection1">\n{content}\n</div>'
            "</body></html>\n"
        )
    return f'<html><body><div dir="ltr" style="font-family:sans-serif">\n{content}\n</div></body></html>\n'


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 11 Tf 56 780 Td 15 TL\n"
    content += "".join(f"({esc(line)}) Tj T*\n" for line in lines) + "ET"
    stream = content.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


TZ_BLOCK = """BEGIN:VTIMEZONE
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


def ics_text(ics: Spec, organizer: str, stamp: datetime) -> str:
    """A text/calendar body (REQUEST or CANCEL) with a VTIMEZONE; times are local to ics['tz']."""
    name, addr = parseaddr(organizer)
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    utc = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    tz = ics.get("tz", "Europe/Berlin")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus355//Interview Scheduler 2.3//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        TZ_BLOCK.format(tz=tz),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{utc}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', 'Video')}",
        f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;CN=Annelie Brockmann-Uzor;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"
