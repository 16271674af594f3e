"""Layout helpers for corpus 335: the candidate, attribution lines, quoting and HTML shells.

Only layout lives here; every message text is written in the msgs335_* modules.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CANDIDATE_NAME = "Oluwaseun Adebayo-Clarke"
CANDIDATE_ADDR = "seun.adebayo@example.co.uk"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
SEUN = ("Seun Adebayo-Clarke", CANDIDATE_ADDR)

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def attribution(lang: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message, in the replier's language."""
    day = _DAYS[lang][when.weekday()]
    mon = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {when.day} {mon} {when.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {day}, {when.day} {mon} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {day}, {when.day} {mon} {when.year} at {hm}, {name} <{addr}> wrote:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, when: datetime, frm: tuple[str, str], to: tuple[str, str],
                  subject: str) -> str:
    """An Outlook-style header block that opens a quoted message."""
    f, s, t, j = _OUTLOOK[lang]
    stamp = f"{when:%d/%m/%Y %H:%M}" if lang != "en" else f"{when:%A, %d %B %Y %H:%M}"
    return (
        "________________________________\n"
        f"{f}: {frm[0]} <{frm[1]}>\n{s}: {stamp}\n{t}: {to[0]} <{to[1]}>\n{j}: {subject}\n"
    )


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' as a reply quotes it."""
    return "".join(f"> {line}".rstrip() + "\n" for line in text.rstrip("\n").split("\n"))


def paragraphs_html(text: str) -> str:
    """Plain paragraphs as HTML <p> blocks (line breaks kept)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(
        "<p>" + "<br>\n".join(_html.escape(line) for line in b.split("\n")) + "</p>"
        for b in blocks
    )


def shell(text: str, brand: str = "", colour: str = "#1f4e79", footer: str = "",
          style: str = "card") -> str:
    """Wrap a text in an HTML mail shell of one of a few styles."""
    body = paragraphs_html(text)
    foot = f'<p style="font-size:11px;color:#777">{_html.escape(footer)}</p>' if footer else ""
    if style == "bare":
        return f"<html><body>\n{body}\n{foot}\n</body></html>\n"
    if style == "outlook":
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head>\n<body lang=\"EN-GB\"><div class=\"WordSection1\">\n"
            f'<div style="font-family:Calibri,sans-serif;font-size:11pt">\n{body}\n</div>\n'
            f"{foot}\n</div></body></html>\n"
        )
    head = (
        f'<tr><td style="background:{colour};color:#fff;padding:16px;font-size:18px">'
        f"{_html.escape(brand)}</td></tr>\n" if brand else ""
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>\n"
        '<body style="margin:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f"{head}"
        f'<tr><td style="background:#fff;padding:24px;font-family:Arial,sans-serif">\n{body}\n'
        f"{foot}\n</td></tr>\n</table>\n</body></html>\n"
    )


def blockquote_html(attrib: str, text: str) -> str:
    """A quoted earlier message as an HTML reply shows it."""
    return (
        f"<div>{_html.escape(attrib)}</div>\n"
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
        f"{paragraphs_html(text)}\n</blockquote>\n"
    )
