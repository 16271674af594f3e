"""Shared pieces for corpus 284: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs284_* modules writes its own words; the helpers here
wrap those words in the shape a mail program or an applicant-tracking system gives them.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Corentin Abara-Le Goff"
CANDIDATE_ADDR = "corentin.alg@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# ---------------------------------------------------------------------------
# dates as mail programs print them in attribution lines
# ---------------------------------------------------------------------------

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _split(stamp: str) -> tuple[int, int, int, int, int]:
    """'2026-04-14 09:12' -> (2026, 4, 14, 9, 12)."""
    match = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", stamp)
    if not match:
        raise ValueError(f"bad stamp {stamp!r}")
    year, month, day, hour, minute = (int(g) for g in match.groups())
    return year, month, day, hour, minute


def _weekday(year: int, month: int, day: int) -> int:
    import datetime

    return datetime.date(year, month, day).weekday()


def short_date(lang: str, stamp: str) -> str:
    """The date part of an attribution line in the mail program's language."""
    year, month, day, hour, minute = _split(stamp)
    wd = _DAYS[lang][_weekday(year, month, day)]
    mon = _MONTHS[lang][month - 1]
    if lang == "en":
        return f"{wd}, {day} {mon} {year} at {hour:02d}:{minute:02d}"
    if lang == "fr":
        return f"{wd} {day} {mon} {year} à {hour:02d}:{minute:02d}"
    if lang == "de":
        return f"{wd}, {day}. {mon} {year} um {hour:02d}:{minute:02d}"
    return f"{wd}, {day} {mon} {year} a las {hour:02d}:{minute:02d}"


def long_date(lang: str, stamp: str) -> str:
    """A full date as Outlook prints it in a From:/Sent: block."""
    year, month, day, hour, minute = _split(stamp)
    mon = _LONG_MONTHS[lang][month - 1]
    if lang == "en":
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return f"{days[_weekday(year, month, day)]}, {mon} {day}, {year} {hour:02d}:{minute:02d}"
    if lang == "fr":
        days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        return f"{days[_weekday(year, month, day)]} {day} {mon} {year} {hour:02d}:{minute:02d}"
    if lang == "de":
        days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        return f"{days[_weekday(year, month, day)]}, {day}. {mon} {year} {hour:02d}:{minute:02d}"
    days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    return f"{days[_weekday(year, month, day)]}, {day} de {mon} de {year} {hour:02d}:{minute:02d}"


# ---------------------------------------------------------------------------
# quoting
# ---------------------------------------------------------------------------


def prefix(text: str, mark: str = "> ") -> str:
    """Quote every line of text with mark ('>' alone on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(mark.rstrip() if not line.strip() else mark + line)
    return "\n".join(out)


def attribution(lang: str, stamp: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line a mail program writes above a quote."""
    when = short_date(lang, stamp)
    if lang == "en":
        return f"On {when}, {name} <{addr}> wrote:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    return f"El {when}, {name} (<{addr}>) escribió:"


def reply_quote(lang: str, stamp: str, name: str, addr: str, text: str) -> str:
    """Attribution line followed by the '> ' quoted text."""
    return attribution(lang, stamp, name, addr) + "\n" + prefix(text)


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, stamp: str, frm: tuple[str, str], to: tuple[str, str],
                  subject: str, text: str) -> str:
    """An Outlook-style reply header block (no '> ' marks), then the earlier text."""
    f, s, t, o = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm[0]} <{frm[1]}>\n"
        f"{s}: {long_date(lang, stamp)}\n"
        f"{t}: {to[0]} <{to[1]}>\n"
        f"{o}: {subject}\n\n"
        + text.strip("\n")
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Betreff", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward_block(lang: str, stamp: str, frm: tuple[str, str], to: tuple[str, str],
                  subject: str, text: str) -> str:
    """A forwarded message as Gmail lays it out below the forwarder's words."""
    head, f, d, s, t = _FWD[lang]
    return (
        f"{head}\n"
        f"{f}: {frm[0]} <{frm[1]}>\n"
        f"{d}: {short_date(lang, stamp)}\n"
        f"{s}: {subject}\n"
        f"{t}: {to[0]} <{to[1]}>\n\n"
        + text.strip("\n")
    )


# ---------------------------------------------------------------------------
# HTML shells (layout only)
# ---------------------------------------------------------------------------

_URL = re.compile(r"(https?://[^\s<>\"')]+)")


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def paragraphs(text: str) -> list[list[str]]:
    """Split text into paragraphs (blank-line separated) of lines."""
    return [block.split("\n") for block in re.split(r"\n\s*\n", text.strip("\n")) if block]


def _html_paragraphs(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    out = []
    for block in paragraphs(text):
        if all(line.startswith(">") for line in block):
            inner = "<br>\n".join(_inline(line.lstrip("> ").rstrip()) for line in block)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append(p_open + "<br>\n".join(_inline(line) for line in block) + p_close)
    return "\n".join(out)


def simple_html(text: str, lang: str = "fr") -> str:
    """What a webmail sends as the HTML twin of a plain message."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        + _html_paragraphs(text)
        + "\n</body></html>\n"
    )


def ats_card(text: str, brand: str, color: str = "#1d5c7a", footer: str = "",
             lang: str = "fr") -> str:
    """A branded card as applicant-tracking systems send: header band, body, small footer."""
    foot = ""
    if footer:
        foot = ('<tr><td style="padding:12px 24px;font-size:11px;color:#888">'
                + "<br>\n".join(_inline(x) for x in footer.split("\n")) + "</td></tr>\n")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 24px;font-size:20px">'
        f"{html.escape(brand)}</td></tr>\n"
        '<tr><td style="padding:24px;line-height:1.5">\n'
        + _html_paragraphs(text)
        + "\n</td></tr>\n"
        + foot
        + "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "fr") -> str:
    """The Word-generated HTML Outlook sends."""
    body = _html_paragraphs(text, '<p class="MsoNormal">', "<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + body
        + "\n</div>\n</body>\n</html>\n"
    )


def newsletter_html(text: str, brand: str, color: str = "#0b6e4f", lang: str = "fr") -> str:
    """A mailing-list layout: masthead, one block per paragraph, links kept as anchors."""
    blocks = []
    for block in paragraphs(text):
        first, *rest = block
        inner = f'<h3 style="margin:0 0 6px 0">{_inline(first)}</h3>'
        if rest:
            inner += "<div>" + "<br>\n".join(_inline(x) for x in rest) + "</div>"
        blocks.append(f'<tr><td style="padding:14px 22px;border-bottom:1px solid #e5e5e5">'
                      f"{inner}</td></tr>")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#eef2f0;font-family:Georgia,serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px 22px;font-size:22px">'
        f"{html.escape(brand)}</td></tr>\n"
        + "\n".join(blocks)
        + "\n</table>\n</body></html>\n"
    )


SHELLS = {
    "simple": simple_html,
    "card": ats_card,
    "outlook": outlook_html,
    "newsletter": newsletter_html,
}


# ---------------------------------------------------------------------------
# attachment specs (the generator turns them into parts)
# ---------------------------------------------------------------------------


def pdf(filename: str, title: str, lines: list[str]) -> dict:
    """A small one-page PDF attachment: a title and some lines of text."""
    return {"type": "pdf", "filename": filename, "title": title, "lines": lines}


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        location: str = "", description: str = "", sequence: int = 0, tz: str = "cet",
        attendees: list[tuple[str, str]] | None = None, status: str = "",
        inline: bool = True, filename: str = "invite.ics") -> dict:
    """An iCalendar event (METHOD:REQUEST or CANCEL); start/end are sender-local stamps."""
    return {
        "type": "ics", "method": method, "uid": uid, "start": start, "end": end,
        "summary": summary, "organizer": organizer, "location": location,
        "description": description, "sequence": sequence, "tz": tz,
        "attendees": attendees if attendees is not None else [CANDIDATE], "status": status,
        "inline": inline, "filename": filename,
    }
