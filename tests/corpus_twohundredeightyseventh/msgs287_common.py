"""Shared helpers for corpus 287: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs287_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE = ("Reto Baumgartner-Osei", "reto.bo@example.ch")
ME = CANDIDATE

# The candidate's own signature (he writes it himself in each language).
SIG = {
    "de": "Reto Baumgartner-Osei\nRosenbergstrasse 41, 9000 St. Gallen\n+41 79 482 16 03",
    "fr": "Reto Baumgartner-Osei\nRosenbergstrasse 41, 9000 Saint-Gall\n+41 79 482 16 03",
    "en": "Reto Baumgartner-Osei\nSt. Gallen, Switzerland\n+41 79 482 16 03",
    "es": "Reto Baumgartner-Osei\nSt. Gallen (Suiza)\n+41 79 482 16 03",
}

_MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
_DAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def long_date(lang: str, dt) -> str:
    """A date as a mail client of that language writes it in an attribution line."""
    day = _DAYS[lang][dt.weekday()]
    month = _MONTHS[lang][dt.month - 1]
    hm = dt.strftime("%H:%M")
    if lang == "de":
        return f"{day}, {dt.day}. {month} {dt.year} um {hm}"
    if lang == "fr":
        return f"{day} {dt.day} {month} {dt.year} à {hm}"
    if lang == "es":
        return f"{day}, {dt.day} de {month} de {dt.year}, {hm}"
    return f"{day}, {month} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p').lstrip('0')}"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text with '> ' (empty lines get a bare '>')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def attribution(lang: str, dt, name: str, addr: str) -> str:
    """The 'On ... wrote:' line in the replier's language."""
    when = long_date(lang, dt)
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, dt, name: str, addr: str, to: str, subject: str) -> str:
    """The header block Outlook puts above an unprefixed quoted message."""
    when = long_date(lang, dt)
    labels = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    return (f"{labels[0]}: {name} <{addr}>\n{labels[1]}: {when}\n{labels[2]}: {to}\n"
            f"{labels[3]}: {subject}")


def forward_block(lang: str, dt, name: str, addr: str, to: str, subject: str) -> str:
    """The separator and header lines of a forwarded message."""
    sep = {
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
        "en": "---------- Forwarded message ---------",
    }[lang]
    labels = {
        "de": ("Von", "Datum", "Betreff", "An"),
        "fr": ("De", "Date", "Objet", "À"),
        "es": ("De", "Fecha", "Asunto", "Para"),
        "en": ("From", "Date", "Subject", "To"),
    }[lang]
    return (f"{sep}\n{labels[0]}: {name} <{addr}>\n{labels[1]}: {long_date(lang, dt)}\n"
            f"{labels[2]}: {subject}\n{labels[3]}: {to}")


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) to <p> elements; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def simple_html(body_html: str, lang: str = "de") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n'
            f"</body></html>\n")


def ats_card(brand: str, color: str, body_html: str, footer_html: str = "",
             lang: str = "de") -> str:
    """A centred card with a coloured brand bar, as applicant-tracking systems send."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f3f5">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;margin:24px 0">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 28px;font:14px/1.5 Arial,sans-serif;color:#222">\n'
        f"{body_html}\n</td></tr>\n"
        '<tr><td style="padding:14px 28px;font:11px Arial,sans-serif;color:#888;'
        f'border-top:1px solid #e4e4e4">{footer_html}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def button(url: str, label: str, color: str = "#0b5cab") -> str:
    return (f'<p><a href="{esc(url)}" style="display:inline-block;background:{color};'
            f'color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">'
            f"{esc(label)}</a></p>")


def outlook_html(body_html: str, lang: str = "de") -> str:
    """The Word-generated HTML wrapper Outlook for Windows sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;"
        ' font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{body_html}\n</div>\n</body></html>\n"
    )


def mso(text: str) -> str:
    """Paragraphs as Outlook writes them: one MsoNormal per line, empty ones as &nbsp;."""
    out = []
    for line in text.strip("\n").split("\n"):
        inner = esc(line) if line.strip() else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def newsletter_html(title: str, intro_html: str, items: list[tuple[str, str, str]],
                    footer_html: str, color: str = "#1d3557", lang: str = "de") -> str:
    """A digest: a title, an intro and a list of (headline, teaser, url) items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="font-weight:bold;color:{color}">{esc(head)}</a><br>'
        f'<span style="color:#555">{esc(teaser)}</span></td></tr>'
        for head, teaser, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{intro_html}\n'
        f'<table width="100%" cellpadding="0" cellspacing="0">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#999">{footer_html}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, teaser, url in items:
        lines += [f"* {head}", f"  {teaser}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
