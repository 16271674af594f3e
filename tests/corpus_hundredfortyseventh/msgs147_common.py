"""Shared pieces for corpus 147: the candidate, quoting helpers and HTML shells.

Layout only: every message writes its own words in the msgs147_* modules.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CANDIDATE = ("Valeria Cárdenas-Holt", "valeria.ch@example.co")
CAND_NAME, CAND_ADDR = CANDIDATE

# Header-encoding shorthands (charset, Q/B) for encoded words.
U8Q = ("utf-8", "q")
U8B = ("utf-8", "b")
L1Q = ("iso-8859-1", "q")
L1B = ("iso-8859-1", "b")
W1Q = ("windows-1252", "q")

AUTO = [("Auto-Submitted", "auto-generated")]
OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}


def _when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text behind a quote marker ('>' alone on blank lines)."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(prefix.rstrip() if not line else prefix + line for line in lines)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line a mail program puts above a quote, per language."""
    dt = _when(when)
    day = _DAYS[lang][dt.weekday()]
    month = _MONTHS[lang][dt.month - 1]
    hm = dt.strftime("%H:%M")
    if lang == "en":
        h12 = dt.strftime("%I:%M %p").lstrip("0")
        return f"On {day}, {month} {dt.day}, {dt.year} at {h12} {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {day}, {dt.day}. {month} {dt.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {dt.day} {month} {dt.year} à {hm}, {name} <{addr}> a écrit :"
    return f"El {day}, {dt.day} {month} {dt.year} a las {hm}, {name} (<{addr}>) escribió:"


def reply(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """Attribution line plus the quoted text."""
    return attribution(lang, when, name, addr) + "\n" + quote(text)


def _long_date(lang: str, dt: datetime) -> str:
    day = _LONG_DAYS[lang][dt.weekday()]
    month = _LONG_MONTHS[lang][dt.month - 1]
    if lang == "en":
        return f"{day}, {month} {dt.day}, {dt.year} {dt.strftime('%I:%M %p').lstrip('0')}"
    if lang == "es":
        return f"{day}, {dt.day} de {month} de {dt.year} {dt.strftime('%H:%M')}"
    if lang == "de":
        return f"{day}, {dt.day}. {month} {dt.year} {dt.strftime('%H:%M')}"
    return f"{day} {dt.day} {month} {dt.year} {dt.strftime('%H:%M')}"


_OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
}


def outlook(lang: str, frm: str, when: str, to: str, subject: str, text: str,
            cc: str | None = None) -> str:
    """An Outlook-style 'From: / Sent:' block followed by the earlier message, unquoted."""
    lab = _OUTLOOK_LABELS[lang]
    lines = ["________________________________", f"{lab[0]} {frm}",
             f"{lab[1]} {_long_date(lang, _when(when))}", f"{lab[2]} {to}"]
    if cc:
        lines.append(f"{lab[3]} {cc}")
    lines += [f"{lab[4]} {subject}", "", text.rstrip("\n")]
    return "\n".join(lines)


_FWD = {
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Date:", "Subject:", "To:"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Date:", "Subject:", "To:"),
    "fr": ("---------- Message transféré ---------", "De :", "Date :", "Subject:", "To:"),
}


def forward(lang: str, frm: str, when: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded block."""
    lab = _FWD[lang]
    dt = _when(when)
    date = f"{_DAYS[lang][dt.weekday()]}, {dt.day} {_MONTHS[lang][dt.month - 1]} {dt.year}"
    if lang == "en":
        date = f"{_DAYS['en'][dt.weekday()]}, {_MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"
    date += f" {dt.strftime('%H:%M')}"
    return "\n".join([lab[0], f"{lab[1]} {frm}", f"{lab[2]} {date}", f"{lab[3]} {subject}",
                      f"{lab[4]} {to}", "", text.rstrip("\n")])


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> blocks; single newlines become <br>."""
    blocks = [block for block in text.strip("\n").split("\n\n") if block.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>"
                     for block in blocks)


def simple_html(body: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{body}\n</body>\n</html>\n")


def ats_card(brand: str, body: str, footer: str = "", color: str = "#2d6cdf",
             lang: str = "es", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system style card: brand bar, white card, optional button, footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px 32px"><a href="{url}" '
               f'style="background:{color};color:#ffffff;padding:12px 22px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr>\n')
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#888888">{footer}</td></tr>\n'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width">\n</head>\n'
        f'<body style="margin:0;background:#f3f4f6">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
        f'color:#1f2933">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 8px 32px;line-height:1.5">\n{body}\n</td></tr>\n'
        f"{btn}{foot}"
        f"</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(body: str, lang: str = "ES-CO", quoted: str = "") -> str:
    """A Word-generated Outlook HTML body (WordSection1, MsoNormal paragraphs)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n"
        f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body}\n{quoted}\n</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's MsoNormal paragraphs with empty spacer paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_quote_html(lang: str, frm: str, when: str, to: str, subject: str, text: str) -> str:
    """The border-top header block Outlook puts above an earlier message in HTML."""
    lab = _OUTLOOK_LABELS[lang]
    head = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b>{esc(lab[0])}</b> {esc(frm)}<br>\n'
        f"<b>{esc(lab[1])}</b> {esc(_long_date(lang, _when(when)))}<br>\n"
        f"<b>{esc(lab[2])}</b> {esc(to)}<br>\n"
        f"<b>{esc(lab[4])}</b> {esc(subject)}<o:p></o:p></p>\n</div>\n"
    )
    return head + mso(text)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "es", color: str = "#0f766e") -> str:
    """A digest: header, intro, a list of linked items with blurbs, unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{color};font-weight:bold;font-size:16px;'
        f'text-decoration:none">{esc(head)}</a>'
        f'<div style="color:#4b5563;font-size:14px;margin-top:4px">{esc(blurb)}</div></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        f'<body style="margin:0;background:#f9fafb;font-family:Verdana,Arial,sans-serif">\n'
        f'<table width="640" align="center" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:14px;color:#111827">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280">{footer}</td></tr>\n'
        f"</table>\n</body>\n</html>\n"
    )


def list_headers(list_id: str, unsubscribe: str, mailto: str | None = None) -> list[tuple[str, str]]:
    """List-Id / List-Unsubscribe / Precedence headers of a bulk mailing."""
    unsub = f"<{unsubscribe}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsub),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


def signature(*lines: str, dashes: bool = False) -> str:
    """A signature block, optionally behind the '-- ' separator."""
    return ("-- \n" if dashes else "") + "\n".join(lines)


VAL_SIG_ES = signature(
    "Valeria Cárdenas-Holt",
    "Team Lead · Atención al Cliente",
    "+57 310 555 0147 · Bogotá",
)
VAL_SIG_EN = signature(
    "Valeria Cárdenas-Holt",
    "Customer Service Team Lead",
    "+57 310 555 0147 | Bogotá, Colombia",
)
VAL_SIG_FR = signature(
    "Valeria Cárdenas-Holt",
    "Responsable d'équipe service client",
    "+57 310 555 0147 – Bogotá (Colombie)",
)
