"""Layout helpers for the 315th corpus: the candidate, quoting, HTML shells, calendars, PDFs.

Nothing here decides a label; it only lays out text written by hand in the other modules.
"""

from __future__ import annotations

import html
from datetime import datetime

CANDIDATE = ("Matthias Oberholzer", "m.oberholzer@example.at")

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def who(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else addr


def attribution(style: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message."""
    hm = when.strftime("%H:%M")
    if style == "en":
        day = DAYS["en"][when.weekday()]
        mon = MONTHS["en"][when.month - 1][:3]
        return f"On {day}, {when.day} {mon} 2026 at {hm}, {who(name, addr)} wrote:"
    if style == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {who(name, addr)}:"
    if style == "fr":
        day = DAYS["fr"][when.weekday()]
        return f"Le {day} {when.day} {MONTHS['fr'][when.month - 1]} 2026 à {hm}, " \
               f"{who(name, addr)} a écrit :"
    if style == "es":
        day = DAYS["es"][when.weekday()]
        return f"El {day}, {when.day} {MONTHS['es'][when.month - 1]} 2026 a las {hm}, " \
               f"{name} (<{addr}>) escribió:"
    raise ValueError(style)


def quote_block(style: str, when: datetime, frm: tuple[str, str], to: str, subject: str,
                text: str) -> str:
    """A quoted earlier message: '>' lines under an attribution, or an Outlook header block."""
    if style.startswith("outlook"):
        lang = style.split("_")[1]
        if lang == "de":
            sent = f"{LONG_DAYS['de'][when.weekday()]}, {when.day}. " \
                   f"{MONTHS['de'][when.month - 1]} 2026 {when:%H:%M}"
            labels = ("Von", "Gesendet", "An", "Betreff")
        else:
            hour = when.hour % 12 or 12
            ampm = "AM" if when.hour < 12 else "PM"
            sent = f"{LONG_DAYS['en'][when.weekday()]}, {MONTHS['en'][when.month - 1]} " \
                   f"{when.day}, 2026 {hour}:{when:%M} {ampm}"
            labels = ("From", "Sent", "To", "Subject")
        head = [
            "_" * 32,
            f"{labels[0]}: {frm[0]} <{frm[1]}>",
            f"{labels[1]}: {sent}",
            f"{labels[2]}: {to}",
            f"{labels[3]}: {subject}",
            "",
        ]
        return "\n".join(head) + "\n" + text.rstrip("\n")
    lines = [attribution(style, when, *frm)]
    for line in text.rstrip("\n").split("\n"):
        lines.append(">" + (" " + line if line and not line.startswith(">") else line))
    return "\n".join(lines)


def html_shell(text: str, brand: str = "", colour: str = "#2f5d50", footer: str = "") -> str:
    """A plain company HTML layout around hand-written text (blank line = new paragraph)."""
    paragraphs = []
    quoted: list[str] = []
    for block in text.split("\n\n"):
        if block.startswith(">") or quoted:
            quoted.append(block)
            continue
        body = "<br>\n".join(html.escape(line) for line in block.split("\n"))
        paragraphs.append(f"<p style=\"margin:0 0 12px 0\">{body}</p>")
    if quoted:
        inner = "<br>\n".join(html.escape(line) for line in "\n\n".join(quoted).split("\n"))
        paragraphs.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
                          f"{inner}</blockquote>")
    head = ""
    if brand:
        head = (f"<tr><td style=\"background:{colour};color:#fff;padding:14px 20px;"
                f"font-size:18px\">{html.escape(brand)}</td></tr>\n")
    foot = ""
    if footer:
        foot = (f"<tr><td style=\"color:#777;font-size:11px;padding:10px 20px\">"
                f"{html.escape(footer)}</td></tr>\n")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
        "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n"
        f"{head}<tr><td style=\"padding:20px\">\n" + "\n".join(paragraphs) +
        "\n</td></tr>\n" + foot + "</table>\n</body></html>\n"
    )


VTIMEZONE = {
    "Europe/Vienna": "Europe/Vienna",
    "Europe/Zurich": "Europe/Zurich",
    "Europe/Paris": "Europe/Paris",
    "Europe/Madrid": "Europe/Madrid",
    "Europe/Rome": "Europe/Rome",
    "Europe/Berlin": "Europe/Berlin",
}


def _fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 60
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, location: str,
        organizer: tuple[str, str], stamp: str, tzid: str = "Europe/Vienna",
        description: str = "") -> str:
    """A VCALENDAR with a VTIMEZONE (central European rules) and one VEVENT."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus315//Hand written//DE",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{VTIMEZONE[tzid]}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;CN=\"{CANDIDATE[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{status}",
    ]
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [part for line in lines for part in _fold(line)]
    return "\n".join(folded) + "\n"


def pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing a title and some lines."""

    def esc(text: str) -> str:
        raw = text.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "56 780 Td", "18 TL", f"({esc(title)}) Tj", "/F1 11 Tf", "T*"]
    for line in lines:
        ops.append(f"({esc(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
        b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"\
        .encode()
    return bytes(out)
