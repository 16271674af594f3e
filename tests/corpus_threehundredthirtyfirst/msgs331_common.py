"""Layout helpers shared by the message modules of corpus 331: the candidate, quoting, HTML
shells, calendar bodies and tiny PDFs. Nothing here decides what a message means."""

from __future__ import annotations

from datetime import datetime

CAND_NAME = "Henrike Oldenburg-Saß"
CAND_ADDR = "henrike.os@example.de"
CAND = (CAND_NAME, CAND_ADDR)

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_DAYS_LONG_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DAYS_LONG_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_MONTHS_LONG_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                   "September", "Oktober", "November", "Dezember"]
_MONTHS_LONG_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]


def attribution(style: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message."""
    d, m, hm = when.weekday(), when.month - 1, when.strftime("%H:%M")
    if style == "en":
        return f"On {_DAYS['en'][d]}, {when.day} {_MONTHS['en'][m]} {when.year} at {hm}, " \
               f"{name} <{addr}> wrote:"
    if style == "en_us":
        return f"On {_DAYS['en'][d]}, {_MONTHS['en'][m]} {when.day}, {when.year} at " \
               f"{when.strftime('%I:%M %p').lstrip('0')} {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {_DAYS['de'][d]}, {when.day}. {_MONTHS['de'][m]} {when.year} um {hm} " \
               f"Uhr schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {_DAYS['fr'][d]} {when.day} {_MONTHS['fr'][m]} {when.year} à {hm}, " \
               f"{name} <{addr}> a écrit :"
    if style == "es":
        return f"El {_DAYS['es'][d]}, {when.day} {_MONTHS['es'][m]} {when.year} a las {hm}, " \
               f"{name} (<{addr}>) escribió:"
    raise ValueError(style)


def outlook_block(lang: str, when: datetime, frm: tuple[str, str], to: tuple[str, str],
                  subject: str) -> str:
    """An Outlook "From:/Sent:" header block above a message quoted without '>'."""
    if lang == "de":
        sent = f"{_DAYS_LONG_DE[when.weekday()]}, {when.day}. {_MONTHS_LONG_DE[when.month - 1]} " \
               f"{when.year} {when.strftime('%H:%M')}"
        return "\n".join([
            "________________________________", f"Von: {frm[0]} <{frm[1]}>",
            f"Gesendet: {sent}", f"An: {to[0]} <{to[1]}>", f"Betreff: {subject}", ""])
    sent = f"{_DAYS_LONG_EN[when.weekday()]}, {_MONTHS_LONG_EN[when.month - 1]} {when.day}, " \
           f"{when.year} {when.strftime('%I:%M %p').lstrip('0')}"
    return "\n".join([
        "-----Original Message-----", f"From: {frm[0]} <{frm[1]}>", f"Sent: {sent}",
        f"To: {to[0]} <{to[1]}>", f"Subject: {subject}", ""])


def quote_lines(text: str) -> str:
    """Prefix every line with '>' the way mail programs do (nested quotes get '>>')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


def html_page(body: str, *, brand: str = "", color: str = "#1f4e79", footer: str = "",
              lang: str = "en") -> str:
    """A simple table-based mail HTML shell around `body` (already HTML)."""
    head = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 22px;'
            f'font-size:18px;font-weight:bold">{brand}</td></tr>\n') if brand else ""
    foot = (f'<tr><td style="padding:12px 22px;font-size:11px;color:#777777">{footer}</td></tr>\n'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'{head}<tr><td style="padding:22px;font-size:14px;line-height:1.5;color:#222222">\n'
        f'{body}\n</td></tr>\n{foot}</table>\n</td></tr>\n</table>\n</body>\n</html>\n'
    )


def paras(*texts: str) -> str:
    """Paragraphs as HTML <p> elements, one per line."""
    return "\n".join(f"<p>{t}</p>" for t in texts)


_TZ = {
    "Europe/Berlin": "Europe/Berlin", "Europe/Paris": "Europe/Paris",
    "Europe/Madrid": "Europe/Madrid", "Europe/Copenhagen": "Europe/Copenhagen",
    "Europe/Amsterdam": "Europe/Amsterdam",
}


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, location: str,
        organizer: tuple[str, str], tz: str = "Europe/Berlin", status: str = "CONFIRMED",
        description: str = "") -> str:
    """A text/calendar body (start/end like '20260312T100000', local time in tz)."""
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Kalender Export 4.2//DE", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{_TZ[tz]}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{start[:8]}T070000Z",
        f"DTSTART;TZID={_TZ[tz]}:{start}", f"DTEND;TZID={_TZ[tz]}:{end}",
        f"SUMMARY:{summary}", f"LOCATION:{location}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
        f"STATUS:{status}",
    ]
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` (latin-1 text) in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream_lines.append(f"({esc(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
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
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)
