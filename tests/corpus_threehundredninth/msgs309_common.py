"""Layout helpers for corpus 309: the candidate, quoting, HTML shells, calendar and PDF parts.

Nothing here decides a label; the message modules do that by hand.
"""

from __future__ import annotations

import html
from datetime import datetime

CAND = ("Marina Quiroga Salas", "marina.quiroga@example.es")
CAND_ADDR = CAND[1]

MARINA_SIG = """Marina Quiroga Salas
Farmacéutica · Zaragoza
+34 676 418 203"""

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}
_FULL_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
_FULL_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}


def attribution(lang: str, when: datetime, name: str, addr: str) -> str:
    """A mail program's "On … wrote:" line, in the language of the replying message."""
    day, month = _DAYS[lang][when.weekday()], _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    who = f"{name} <{addr}>" if name else addr
    if lang == "es":
        return f"El {day}, {when.day} {month} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "de":
        return f"Am {day}, {when.day}. {month} {when.year} um {hm} schrieb {who}:"
    if lang == "fr":
        return f"Le {day} {when.day} {month} {when.year} à {hm}, {who} a écrit :"
    return f"On {day}, {when.day} {month} {when.year} at {hm}, {who} wrote:"


def outlook_block(lang: str, when: datetime, frm: tuple[str, str], to: tuple[str, str],
                  subject: str) -> str:
    """An Outlook "From:/Sent:" header block, localized."""
    day, month = _FULL_DAYS[lang][when.weekday()], _FULL_MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    f = f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]
    t = f"{to[0]} <{to[1]}>" if to[0] else to[1]
    if lang == "es":
        rows = [f"De: {f}", f"Enviado el: {day}, {when.day} de {month} de {when.year} {hm}",
                f"Para: {t}", f"Asunto: {subject}"]
    elif lang == "de":
        rows = [f"Von: {f}", f"Gesendet: {day}, {when.day}. {month} {when.year} {hm}",
                f"An: {t}", f"Betreff: {subject}"]
    elif lang == "fr":
        rows = [f"De : {f}", f"Envoyé : {day} {when.day} {month} {when.year} {hm}",
                f"À : {t}", f"Objet : {subject}"]
    else:
        rows = [f"From: {f}", f"Sent: {day}, {month} {when.day}, {when.year} {hm}",
                f"To: {t}", f"Subject: {subject}"]
    return "\n".join(["________________________________", *rows])


def quote_gmail(lang: str, when: datetime, frm: tuple[str, str], text: str) -> str:
    lines = [f"> {line}" if line else ">" for line in text.rstrip("\n").split("\n")]
    return attribution(lang, when, frm[0], frm[1]) + "\n" + "\n".join(lines) + "\n"


def quote_outlook(lang: str, when: datetime, frm: tuple[str, str], to: tuple[str, str],
                  subject: str, text: str) -> str:
    return outlook_block(lang, when, frm, to, subject) + "\n\n" + text.rstrip("\n") + "\n"


def html_shell(text: str, brand: str = "", color: str = "#1f4e79", footer: str = "") -> str:
    """Wrap plain text in a plain corporate HTML layout (paragraphs, a brand bar, a footer)."""
    paras = text.strip("\n").split("\n\n")
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paras)
    top = (f'<div style="background:{color};color:#fff;padding:12px 20px;'
           f'font-size:18px">{html.escape(brand)}</div>\n') if brand else ""
    foot = (f'<p style="color:#888;font-size:11px">{html.escape(footer)}</p>\n'
            if footer else "")
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{top}<div style=\"padding:16px 20px\">\n{body}\n</div>\n{foot}</body>\n</html>\n")


_TZ = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "030000"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", "030000"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "030000"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "020000"),
}


def _ics_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, location: str,
        organizer: tuple[str, str], tz: str = "Europe/Madrid", stamp: str = "20260101T090000Z",
        description: str = "") -> str:
    """A VCALENDAR with VTIMEZONE and one VEVENT; start/end as 20260203T100000 local times."""
    std, dst, std_name, dst_name, back = _TZ[tz]
    cancel = method == "CANCEL"
    raw = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus309//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T010000" if tz == "Europe/Dublin" else "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        f"DTSTART:19701025T{back}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
    ]
    if description:
        raw.append(f"DESCRIPTION:{_ics_escape(description)}")
    raw += [
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        f":mailto:{CAND_ADDR}",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR",
    ]
    lines: list[str] = []
    for line in raw:
        lines.extend(_fold(line))
    return "\n".join(lines) + "\n"


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    ops += [f"({_pdf_escape(line)}) Tj T*" for line in lines]
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
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def msg(ident: str, kind: str, lang: str, company: str, contact: str, frm: tuple[str, str],
        subject: str, date: str, text: str, **extra: object) -> dict[str, object]:
    """One hand-written message spec; `extra` carries layout (html, ics, pdfs, quote, …)."""
    return {"id": ident, "kind": kind, "lang": lang, "company": company, "contact": contact,
            "frm": frm, "subject": subject, "date": date, "text": text, **extra}
