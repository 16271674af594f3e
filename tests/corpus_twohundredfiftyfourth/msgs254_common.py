# ruff: noqa
"""Shared pieces for corpus 254: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs254_* modules writes its own words.
"""

from __future__ import annotations

import html
from datetime import datetime

CANDIDATE_NAME = "Gwendal Morvan-Asante"
CANDIDATE_ADDR = "gwendal.ma@example.fr"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"

SIG_FR = """Gwendal Morvan-Asante
Patron pêcheur - en reconversion vers la planification des opérations maritimes
Brest (29) - 06 71 48 22 09"""

SIG_EN = """Gwendal Morvan-Asante
Skipper / fisherman, moving into maritime operations planning
Brest, France - +33 6 71 48 22 09"""


def when(stamp: str) -> datetime:
    """'2026-03-10 09:14 +0100' -> aware datetime."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def long_date(lang: str, stamp: str) -> str:
    """A date as a mail program of that language writes it in a quote header."""
    d = when(stamp)
    day = _DAYS[lang][d.weekday()]
    month = _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"{day[:3]}, {d.day} {month[:3]} 2026 at {hm}"
    if lang == "fr":
        return f"Le {day[:3]}. {d.day} {month} 2026 à {hm}"
    if lang == "de":
        return f"Am {day[:2]}., {d.day}. {month} 2026 um {hm}"
    return f"El {day[:3]}, {d.day} {month[:3]} 2026 a las {d.hour}:{d.minute:02d}"


def attribution(lang: str, stamp: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line above a quoted message."""
    lead = long_date(lang, stamp)
    if lang == "en":
        return f"{lead}, {name} <{addr}> wrote:"
    if lang == "fr":
        return f"{lead}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"{lead} Uhr schrieb {name} <{addr}>:"
    return f"{lead}, {name} (<{addr}>) escribió:"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line, as a mail program does for a reply."""
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in text.strip("\n").split("\n"))


def gmail_quote(lang: str, stamp: str, name: str, addr: str, text: str) -> str:
    return f"\n\n{attribution(lang, stamp, name, addr)}\n{quote(text)}\n"


def outlook_header(lang: str, stamp: str, name: str, addr: str, to: str, subject: str) -> str:
    """The From:/Sent: block Outlook puts above the earlier message (no '>' prefix)."""
    d = when(stamp)
    day = _DAYS[lang][d.weekday()]
    month = _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        rows = [("From", f"{name} <{addr}>"), ("Sent", f"{day}, {month} {d.day}, 2026 {hm}"),
                ("To", to), ("Subject", subject)]
        sep = ": "
    elif lang == "fr":
        rows = [("De", f"{name} <{addr}>"), ("Envoyé", f"{day} {d.day} {month} 2026 {hm}"),
                ("À", to), ("Objet", subject)]
        sep = " : "
    elif lang == "de":
        rows = [("Von", f"{name} <{addr}>"), ("Gesendet", f"{day}, {d.day}. {month} 2026 {hm}"),
                ("An", to), ("Betreff", subject)]
        sep = ": "
    else:
        rows = [("De", f"{name} <{addr}>"),
                ("Enviado el", f"{day}, {d.day} de {month} de 2026 {hm}"),
                ("Para", to), ("Asunto", subject)]
        sep = ": "
    return "\n".join(f"{k}{sep}{v}" for k, v in rows)


def outlook_quote(lang: str, stamp: str, name: str, addr: str, to: str, subject: str,
                  text: str) -> str:
    return ("\n\n________________________________\n"
            + outlook_header(lang, stamp, name, addr, to, subject) + "\n\n" + text.strip("\n")
            + "\n")


def forwarded(lang: str, stamp: str, name: str, addr: str, to: str, subject: str,
              text: str) -> str:
    """An inline forwarded message block."""
    d = when(stamp)
    title = {"en": "Forwarded message", "fr": "Message transféré",
             "de": "Weitergeleitete Nachricht", "es": "Mensaje reenviado"}[lang]
    labels = {"en": ("From", "Date", "Subject", "To"), "fr": ("De", "Date", "Objet", "À"),
              "de": ("Von", "Datum", "Betreff", "An"), "es": ("De", "Fecha", "Asunto", "Para")}
    lf, ld, ls, lt = labels[lang]
    sep = " : " if lang == "fr" else ": "
    date = f"{_DAYS[lang][d.weekday()]} {d.day} {_MONTHS[lang][d.month - 1]} 2026 {d:%H:%M}"
    return (f"\n\n---------- {title} ---------\n{lf}{sep}{name} <{addr}>\n{ld}{sep}{date}\n"
            f"{ls}{sep}{subject}\n{lt}{sep}{to}\n\n{text.strip(chr(10))}\n")


# ---------------------------------------------------------------- HTML shells (layout only)

def _paras(text: str) -> str:
    """Plain paragraphs -> <p> blocks; '> ' lines become a blockquote."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


def plain_html(text: str) -> str:
    return ('<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,'
            'sans-serif;font-size:14px">\n' + _paras(text) + "\n</body></html>\n")


def outlook_html(text: str) -> str:
    """A Word-generated HTML wrapper as Outlook writes it."""
    body = _paras(text).replace("<p>", '<p class="MsoNormal">')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + body + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n')


def ats_card(brand: str, color: str, text: str, footer: str) -> str:
    """A recruiting-system notification card: logo bar, body, grey footer."""
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head>\n'
            '<body style="margin:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center">\n'
            '<table role="presentation" width="600" style="background:#ffffff">\n'
            f'<tr><td style="background:{color};color:#ffffff;padding:18px 24px;'
            f'font:bold 18px Helvetica,Arial">{html.escape(brand)}</td></tr>\n'
            '<tr><td style="padding:24px;font:14px/1.5 Helvetica,Arial;color:#222">\n'
            + _paras(text) + '\n</td></tr>\n'
            '<tr><td style="padding:12px 24px;font:11px Helvetica,Arial;color:#888">'
            + html.escape(footer) + '</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], outro: str) -> str:
    parts = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        parts += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    parts.append(outro)
    return "\n".join(parts) + "\n"


def digest_html(title: str, color: str, intro: str, items: list[tuple[str, str, str]],
                outro: str) -> str:
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{html.escape(url)}" style="color:{color};font-weight:bold">'
        f'{html.escape(head)}</a><br><span style="color:#555">{html.escape(blurb)}</span>'
        f'</td></tr>' for head, url, blurb in items)
    return ('<html><head><meta charset="utf-8"><title>' + html.escape(title) + '</title></head>\n'
            '<body style="font-family:Verdana,sans-serif;font-size:13px">\n'
            f'<h1 style="color:{color};font-size:20px">{html.escape(title)}</h1>\n'
            + _paras(intro) + '\n<table width="100%">\n' + rows + '\n</table>\n'
            + _paras(outro) + '\n</body></html>\n')
