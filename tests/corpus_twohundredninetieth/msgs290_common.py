"""Shared pieces of corpus 290: the candidate, quoting/attribution helpers and HTML shells.

Layout only. Every message writes its own words in msgs290_rejections.py, msgs290_invites.py,
msgs290_acks.py and msgs290_other.py; the shells here only wrap those words.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Wiebke Sørensen-Mbatha"
CANDIDATE_ADDR = "wiebke.sm@example.de"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# --------------------------------------------------------------------------- dates in words

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "en_long": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "de_long": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "en_long": ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "de_long": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def _who(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else addr


def attribution(style: str, when, name: str, addr: str, subject: str = "",
                to: str = "") -> str:
    """The line(s) a mail program writes above a quoted or forwarded message."""
    d, m = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    if style == "en":
        return (f"On {_DAYS['en'][d]}, {when.day} {_MONTHS['en'][m]} {when.year} at {hm}, "
                f"{_who(name, addr)} wrote:")
    if style == "de":
        return (f"Am {_DAYS['de'][d]}, {when.day}. {_MONTHS['de'][m]} {when.year} um {hm} Uhr "
                f"schrieb {_who(name, addr)}:")
    if style == "fr":
        return (f"Le {_DAYS['fr'][d]} {when.day} {_MONTHS['fr'][m]} {when.year} à {hm}, "
                f"{_who(name, addr)} a écrit :")
    if style == "es":
        return (f"El {_DAYS['es'][d]}, {when.day} {_MONTHS['es'][m]} {when.year} a las {hm}, "
                f"{name} (<{addr}>) escribió:")
    if style == "outlook_de":
        sent = (f"{_DAYS['de_long'][d]}, {when.day}. {_MONTHS['de_long'][m]} {when.year} "
                f"{hm}")
        return ("________________________________\n"
                f"Von: {_who(name, addr)}\nGesendet: {sent}\nAn: {to}\nBetreff: {subject}")
    if style == "outlook_en":
        h = when.hour % 12 or 12
        ampm = "AM" if when.hour < 12 else "PM"
        sent = (f"{_DAYS['en_long'][d]}, {_MONTHS['en_long'][m]} {when.day}, {when.year} "
                f"{h}:{when.minute:02d} {ampm}")
        return ("-----Original Message-----\n"
                f"From: {_who(name, addr)}\nSent: {sent}\nTo: {to}\nSubject: {subject}")
    if style == "fwd_de":
        return ("---------- Weitergeleitete Nachricht ---------\n"
                f"Von: {_who(name, addr)}\n"
                f"Date: {_DAYS['de'][d]}, {when.day}. {_MONTHS['de'][m]} {when.year} um {hm}\n"
                f"Subject: {subject}\nTo: {to}")
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\n"
                f"From: {_who(name, addr)}\n"
                f"Date: {_DAYS['en'][d]}, {when.day} {_MONTHS['en'][m]} {when.year} at {hm}\n"
                f"Subject: {subject}\nTo: {to}")
    raise ValueError(style)


def quote(text: str) -> str:
    """Quote every line with "> " (">" alone for an empty line), nesting older quotes."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


def is_unquoted_style(style: str) -> bool:
    """Outlook and forwards put the earlier text below a header block, without "> "."""
    return style.startswith(("outlook", "fwd"))


# --------------------------------------------------------------------------- HTML shells

_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _linkify(escaped: str) -> str:
    return _URL.sub(r'<a href="\1">\1</a>', escaped)


def text_to_html(text: str) -> str:
    """Paragraphs of a hand-written text as HTML; "> " blocks become blockquotes."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[2:] if line.startswith("> ") else line[1:] for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n' + text_to_html(inner) + "\n</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_linkify(html.escape(line)) for line in lines)
                       + "</p>")
    return "\n".join(out)


def shell_simple(inner: str, cs: str, font: str = "Arial, sans-serif", **_: object) -> str:
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            f'\n</head>\n<body>\n<div style="font-family:{font};font-size:14px">\n{inner}\n'
            "</div>\n</body>\n</html>\n")


def shell_outlook(inner: str, cs: str, **_: object) -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs inside WordSection1."""
    inner = inner.replace("<p>", '<p class="MsoNormal">')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}"
            "\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
            "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
            "</xml><![endif]-->\n</head>\n"
            '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def shell_ats(inner: str, cs: str, brand: str = "", color: str = "#1d4ed8",
              button: tuple[str, str] | None = None, footer: str = "", **_: object) -> str:
    """A transactional card as applicant-tracking systems send it."""
    button_row = ""
    if button:
        label, url = button
        button_row = ('<tr><td style="padding:0 24px 24px 24px">'
                      f'<a href="{html.escape(url)}" style="display:inline-block;'
                      f"background:{color};color:#ffffff;padding:10px 18px;border-radius:4px;"
                      f'text-decoration:none">{html.escape(label)}</a></td></tr>\n')
    return ('<!DOCTYPE html>\n<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f"<title>{html.escape(brand)}</title>\n</head>\n"
            '<body style="margin:0;padding:0;background:#f3f4f6">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px 0">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">\n'
            f'<tr><td style="background:{color};color:#ffffff;padding:18px 24px;'
            f'font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>\n'
            '<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#1f2933">\n'
            f"{inner}\n</td></tr>\n{button_row}"
            '<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280;'
            f'border-top:1px solid #e5e7eb">{html.escape(footer)}</td></tr>\n'
            "</table>\n</td></tr></table>\n</body>\n</html>\n")


def shell_news(inner: str, cs: str, title: str = "", unsubscribe: str = "",
               color: str = "#0f766e", **_: object) -> str:
    """A newsletter or job-alert layout with a banner and an unsubscribe footer."""
    foot = (f'<a href="{html.escape(unsubscribe)}" style="color:#64748b">'
            f"{html.escape(unsubscribe)}</a>") if unsubscribe else ""
    return ('<!DOCTYPE html>\n<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="viewport" content="width=device-width">\n'
            f"<title>{html.escape(title)}</title>\n</head>\n"
            '<body style="margin:0;background:#eef2f7">\n'
            '<center>\n<table width="640" cellpadding="0" cellspacing="0" '
            'style="font-family:Georgia,serif;background:#ffffff">\n'
            f'<tr><td style="background:{color};color:#ffffff;padding:22px;font-size:22px">'
            f"{html.escape(title)}</td></tr>\n"
            f'<tr><td style="padding:22px;font-size:15px;line-height:1.6">\n{inner}\n'
            "</td></tr>\n"
            f'<tr><td style="padding:14px 22px;font-size:11px;color:#64748b">{foot}</td></tr>\n'
            "</table>\n</center>\n</body>\n</html>\n")


SHELLS = {
    "simple": shell_simple,
    "outlook": shell_outlook,
    "ats": shell_ats,
    "news": shell_news,
}
