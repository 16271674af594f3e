"""Shared helpers for corpus 185: the candidate, quoting helpers, HTML shells, calendar and PDF.

Layout only: every message in the msgs185_* modules writes its own words.
"""

from __future__ import annotations

import html as _html
from datetime import datetime, timedelta

CANDIDATE_NAME = "Ottilie Brandstätter-Nwosu"
CANDIDATE_ADDR = "ottilie.bn@example.at"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# ---------------------------------------------------------------- quoting

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jän.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}


def parse_date(value: str) -> datetime:
    """'2026-02-03 08:14 +0100' -> aware datetime."""
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def fmt_addr(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else addr


def quote_lines(text: str, prefix: str = ">") -> str:
    """Prefix every line with '> ' ('>' alone for empty lines, '>>' for already quoted)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(prefix)
        elif line.startswith(">"):
            out.append(prefix + line)
        else:
            out.append(f"{prefix} {line}")
    return "\n".join(out)


def attribution(style: str, date: str, name: str, addr: str, subject: str = "",
                to: str = "") -> str:
    """The line (or block) a mail program writes above quoted or forwarded text."""
    d = parse_date(date)
    hm = d.strftime("%H:%M")
    if style == "en":
        return f"On {_DAYS['en'][d.weekday()]}, {d.day} {_MONTHS['en'][d.month - 1]} {d.year} at {hm}, {fmt_addr(name, addr)} wrote:"
    if style == "de":
        return f"Am {_DAYS['de'][d.weekday()]}, {d.day}. {_MONTHS['de'][d.month - 1]} {d.year} um {hm} Uhr schrieb {fmt_addr(name, addr)}:"
    if style == "fr":
        return f"Le {_DAYS['fr'][d.weekday()]} {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} à {hm}, {fmt_addr(name, addr)} a écrit :"
    if style == "es":
        return f"El {_DAYS['es'][d.weekday()]}, {d.day} {_MONTHS['es'][d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, {name} (<{addr}>) escribió:"
    if style == "outlook_de":
        sent = f"{_LONG_DAYS['de'][d.weekday()]}, {d.day}. {_LONG_MONTHS['de'][d.month - 1]} {d.year} {hm}"
        return ("-----Ursprüngliche Nachricht-----\n"
                f"Von: {fmt_addr(name, addr)}\nGesendet: {sent}\nAn: {to}\nBetreff: {subject}")
    if style == "outlook_en":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        sent = f"{_LONG_DAYS['en'][d.weekday()]}, {_LONG_MONTHS['en'][d.month - 1]} {d.day}, {d.year} {h12}"
        return (f"From: {fmt_addr(name, addr)}\nSent: {sent}\nTo: {to}\nSubject: {subject}")
    if style == "fwd_de":
        sent = f"{_DAYS['de'][d.weekday()]}, {d.day}. {_MONTHS['de'][d.month - 1]} {d.year} um {hm}"
        return ("---------- Weitergeleitete Nachricht ---------\n"
                f"Von: {fmt_addr(name, addr)}\nDate: {sent}\nSubject: {subject}\nTo: {to}")
    if style == "fwd_en":
        sent = f"{_DAYS['en'][d.weekday()]}, {_MONTHS['en'][d.month - 1]} {d.day}, {d.year} at {hm}"
        return ("---------- Forwarded message ---------\n"
                f"From: {fmt_addr(name, addr)}\nDate: {sent}\nSubject: {subject}\nTo: {to}")
    raise ValueError(style)


def quoted_block(style: str, date: str, name: str, addr: str, text: str, subject: str = "",
                 to: str = "") -> str:
    """Attribution plus the earlier text: '> '-quoted for reply styles, as-is for Outlook
    and forwarded blocks."""
    head = attribution(style, date, name, addr, subject, to)
    if style.startswith(("outlook", "fwd")):
        return f"{head}\n\n{text.rstrip()}"
    return f"{head}\n{quote_lines(text)}"


# ---------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text -> <p> blocks (blank line = new paragraph, newline = <br>);
    '> ' quoted runs become a blockquote."""
    blocks = text.strip("\n").split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[1:].lstrip(" ") if line.startswith("> ") or line == ">"
                              else line[1:] for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{paras(inner)}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, body_html: str, color: str = "#1f4e79", footer: str = "",
             lang: str = "de") -> str:
    """A system mail card: coloured band with the brand, white body, small grey footer."""
    foot = f'<p style="font-size:11px;color:#888">{footer}</p>' if footer else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{color};color:#ffffff;padding:16px 24px;font-size:18px">
<strong>{esc(brand)}</strong></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
{body_html}
</td></tr>
<tr><td style="padding:12px 24px;background:#fafafa">{foot}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def outlook_html(body_html: str, lang: str = "DE-AT") -> str:
    """The Word-generated HTML wrapper Outlook writes around a message."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html.replace("<p>", '<p class="MsoNormal">')}
</div>
</body>
</html>
"""


def simple_html(body_html: str, lang: str = "de") -> str:
    """A plain webmail HTML body."""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body><div style="font-family:Verdana,sans-serif;font-size:13px">\n'
            f"{body_html}\n</div></body></html>\n")


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "de", color: str = "#0b6e4f") -> str:
    """A digest: title, intro and a list of (heading, teaser, url) items with links."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#444\">{esc(teaser)}</span></td></tr>"
        for head, teaser, url in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Georgia,serif;background:#ffffff">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:{color};color:#fff;padding:18px;font-size:22px">{esc(title)}</td></tr>
<tr><td style="padding:14px 0">{paras(intro)}</td></tr>
{rows}
<tr><td style="padding:16px 0;font-size:11px;color:#777">{footer}</td></tr>
</table>
</body></html>
"""


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, teaser, url in items:
        lines += [f"* {head}", f"  {teaser}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- iCalendar

_VTIMEZONE = """BEGIN:VTIMEZONE
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


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    out = []
    data = line
    first = True
    while data:
        limit = 73 if first else 72
        chunk = ""
        while data and len((chunk + data[0]).encode("utf-8")) <= limit:
            chunk += data[0]
            data = data[1:]
        out.append(chunk if first else " " + chunk)
        first = False
    return out


def ics(method: str, uid: str, start: str, minutes: int, summary: str, location: str,
        organizer: tuple[str, str], tz: str = "Europe/Vienna", sequence: int = 0,
        description: str = "", status: str = "CONFIRMED", stamp: str = "20260101T080000Z",
        attendees: list[tuple[str, str]] | None = None) -> str:
    """A one-event iCalendar object. start: 'YYYY-MM-DD HH:MM' local time in tz."""
    begin = datetime.strptime(start, "%Y-%m-%d %H:%M")
    end = begin + timedelta(minutes=minutes)
    people = attendees if attendees is not None else [CANDIDATE]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus185//Hand written//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *_VTIMEZONE.format(tz=tz).split("\n"),
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{begin:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_escape(summary)}",
        f"LOCATION:{_ics_escape(location)}",
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
    ]
    for name, addr in people:
        partstat = "NEEDS-ACTION" if method == "REQUEST" else "ACCEPTED"
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};'
                     f"RSVP=TRUE:mailto:{addr}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded += _fold(line)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- PDF

def _pdf_str(text: str) -> str:
    raw = text.encode("cp1252", "replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the title and lines."""
    ops = ["BT", "/F1 15 Tf", "60 780 Td", f"({_pdf_str(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({_pdf_str(line)}) Tj", "0 -14 Td"]
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
        b"<< /Title (" + _pdf_str(title).encode("latin-1") + b") /Producer (corpus185) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
