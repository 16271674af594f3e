"""Shared pieces of corpus 180: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs180_* modules writes its own words.
"""

from __future__ import annotations

import html as _html
import re

CANDIDATE_NAME = "Valentina Oyelaran-Ruiz"
CANDIDATE_ADDR = "valentina.or@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def m(**spec):
    """One message spec (a plain dict); the generator reads the keys."""
    if isinstance(spec.get("text"), str):
        spec["text"] = spec["text"].strip("\n") + "\n"
    return dict(spec)


# --------------------------------------------------------------------------- quoting

_WROTE = {
    "es": "El {date}, {who} escribió:",
    "en": "On {date}, {who} wrote:",
    "fr": "Le {date}, {who} a écrit :",
    "de": "Am {date} schrieb {who}:",
}


def quote(text: str, lang: str, date: str, who: str) -> str:
    """A mail program's reply quote: the 'On ... wrote:' line and '> ' lines."""
    head = _WROTE[lang].format(date=date, who=who)
    lines = []
    for line in text.strip("\n").split("\n"):
        lines.append(">" if not line.strip() else "> " + line)
    return head + "\n" + "\n".join(lines)


_OUTLOOK = {
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def outlook_block(text: str, lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook reply header ('From: / Sent: / To: / Subject:') and the earlier text, unquoted."""
    f, s, t, j = _OUTLOOK[lang]
    sep = "_" * 32
    return (f"{sep}\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n"
            + text.strip("\n"))


_FWD = {
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
}


def forwarded(text: str, lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """A Gmail-style forwarded block."""
    h, f, d, s, t = _FWD[lang]
    return f"{h}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n" + text.strip("\n")


# --------------------------------------------------------------------------- text -> HTML

_URL = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:!?])")


def _inline(line: str) -> str:
    out = _html.escape(line, quote=False)
    return _URL.sub(r'<a href="\1">\1</a>', out)


def paragraphs_html(text: str) -> str:
    """Blank-line paragraphs become <p>, '> ' runs become <blockquote>, URLs become links."""
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = [re.sub(r"^> ?", "", line) for line in lines]
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + "<br>\n".join(_inline(x) for x in inner)
                       + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_inline(x) for x in lines) + "</p>")
    return "\n".join(out)


def shell_plain(body_html: str, lang: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n'
            "</body></html>\n")


def shell_card(body_html: str, lang: str, brand: str, accent: str = "#1f5f8b",
               footer: str = "") -> str:
    """An ATS notification card: a coloured banner with the employer's name, a white box."""
    foot = f'<p style="color:#888;font-size:11px">{_html.escape(footer)}</p>' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 24px;font-size:20px">'
        f"{_html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px">\n{body_html}\n</td></tr>\n'
        f'<tr><td style="padding:0 24px 18px">{foot}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def shell_outlook(body_html: str, lang: str) -> str:
    """Outlook's Word-generated HTML wrapper."""
    code = {"es": "ES", "en": "EN-GB", "fr": "FR", "de": "DE"}[lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{code}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + body_html.replace("<p>", '<p class="MsoNormal">')
        + "\n</div>\n</body>\n</html>\n"
    )


def shell_newsletter(body_html: str, lang: str, brand: str, accent: str = "#0b7a75",
                     unsubscribe: str = "") -> str:
    """A mailing-list layout: masthead, content column, unsubscribe footer."""
    foot = (f'<p style="font-size:11px;color:#777"><a href="{unsubscribe}">'
            f"{_html.escape(unsubscribe)}</a></p>") if unsubscribe else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_html.escape(brand)}</title></head>\n"
        '<body style="background:#eef2f3;margin:0;padding:0">\n'
        '<div style="max-width:640px;margin:0 auto;background:#fff;'
        'font-family:Georgia,serif;font-size:15px;line-height:1.5">\n'
        f'<div style="background:{accent};color:#fff;padding:20px;font-size:22px">'
        f"{_html.escape(brand)}</div>\n"
        f'<div style="padding:20px">\n{body_html}\n{foot}\n</div>\n'
        "</div>\n</body></html>\n"
    )


SHELLS = {
    "plain": shell_plain,
    "card": shell_card,
    "outlook": shell_outlook,
    "newsletter": shell_newsletter,
}
