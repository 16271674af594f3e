"""Shared pieces for corpus 198: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs198_* modules writes its own words.
A message spec is a plain dict; the keys are documented in make_hundredninetyeighth.py.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Paloma Whitfield-Ccori"
CAND_ADDR = "paloma.wc@example.pe"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG_ES = """--
Paloma Whitfield-Ccori
Cusco, Perú · +51 984 117 352
paloma.wc@example.pe"""

CAND_SIG_EN = """--
Paloma Whitfield-Ccori
Cusco, Peru | +51 984 117 352"""

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}


def parse_when(when: str) -> datetime:
    """'2026-03-04 10:15 -0500' -> an aware datetime."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def addr(person: tuple[str, str]) -> str:
    name, address = person
    return f"{name} <{address}>" if name else address


def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def on_wrote(lang: str, when: str, person: tuple[str, str]) -> str:
    """The attribution line a mail program writes above a quote."""
    d = parse_when(when)
    name, address = person
    short_month = _MONTHS[lang][d.month - 1][:3]
    if lang == "en":
        hour = d.strftime("%I:%M %p").lstrip("0")
        return (f"On {_DAYS['en'][d.weekday()]}, {short_month} {d.day}, {d.year} at {hour} "
                f"{name} <{address}> wrote:")
    if lang == "es":
        return (f"El {_DAYS['es'][d.weekday()]}, {d.day} {short_month} {d.year} a las "
                f"{d:%H:%M}, {name} (<{address}>) escribió:")
    if lang == "de":
        return (f"Am {_DAYS['de'][d.weekday()]}, {d.day}. {_MONTHS['de'][d.month - 1]} "
                f"{d.year} um {d:%H:%M} Uhr schrieb {name} <{address}>:")
    return (f"Le {_DAYS['fr'][d.weekday()]} {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} "
            f"à {d:%H:%M}, {name} <{address}> a écrit :")


def reply_quote(lang: str, when: str, person: tuple[str, str], text: str) -> str:
    return on_wrote(lang, when, person) + "\n" + quote(text)


def long_date(lang: str, when: str) -> str:
    d = parse_when(when)
    day = _LONG_DAYS[lang][d.weekday()]
    month = _MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{day}, {month} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == "es":
        return f"{day}, {d.day} de {month} de {d.year} {d:%H:%M}"
    if lang == "de":
        return f"{day}, {d.day}. {month} {d.year} {d:%H:%M}"
    return f"{day} {d.day} {month} {d.year} {d:%H:%M}"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "es": ("De", "Enviado", "Para", "Asunto", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
}


def outlook_block(lang: str, frm: tuple[str, str], when: str, to: tuple[str, str],
                  subject: str, text: str) -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the earlier text (unquoted)."""
    f, s, t, subj, sep = _OUTLOOK_LABELS[lang]
    return (f"________________________________\n"
            f"{f}{sep}{addr(frm)}\n{s}{sep}{long_date(lang, when)}\n{t}{sep}{addr(to)}\n"
            f"{subj}{sep}{subject}\n\n{text.strip()}")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
}


def forward_block(lang: str, frm: tuple[str, str], when: str, to: tuple[str, str],
                  subject: str, text: str) -> str:
    head, f, d, s, t = _FWD[lang]
    return (f"{head}\n{f}: {addr(frm)}\n{d}: {long_date(lang, when)}\n{s}: {subject}\n"
            f"{t}: {addr(to)}\n\n{text.strip()}")


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Blank-line separated paragraphs -> <p> elements, single newlines -> <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(inner: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            f"{inner}\n</body>\n</html>\n")


def ats_card(brand: str, color: str, inner: str, footer: str, lang: str = "en") -> str:
    """A hosted-ATS notification card: coloured header bar, white card, grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        f'<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center" style="padding:24px 8px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 28px;font-size:14px;line-height:1.5;color:#1f2937">\n'
        f"{inner}\n</td></tr>\n"
        f'<tr><td style="padding:14px 28px;font-size:11px;color:#6b7280;'
        f'border-top:1px solid #e5e7eb">{footer}</td></tr>\n'
        f"</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, color: str = "#2563eb") -> str:
    return (f'<p style="margin:22px 0"><a href="{esc(url)}" style="background:{color};'
            f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
            f"{esc(label)}</a></p>")


def outlook_html(inner: str, lang: str = "es") -> str:
    """The Word-generated HTML that desktop Outlook sends (MsoNormal paragraphs)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{inner}\n</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Lines of text -> MsoNormal paragraphs (an empty line becomes &nbsp;)."""
    out = []
    for line in text.strip("\n").split("\n"):
        content = esc(line) if line.strip() else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{content}</p>')
    return "\n".join(out)


def blockquote(inner: str) -> str:
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">\n{inner}\n</blockquote>')


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "es", color: str = "#0f766e") -> str:
    """A digest: title, intro, then (headline, blurb, url) rows, then a footer with links."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(u)}" style="font-size:16px;color:{color};font-weight:bold;'
        f'text-decoration:none">{esc(h)}</a><br>'
        f'<span style="color:#444;font-size:13px">{esc(b)}</span></td></tr>'
        for h, b, u in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        f'<body style="margin:0;background:#fafafa;font-family:Verdana,sans-serif">\n'
        f'<table width="640" align="center" cellpadding="0" cellspacing="0" '
        f'style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{intro}\n'
        f'<table width="100%" cellpadding="0" cellspacing="0">\n{rows}\n</table>\n</td></tr>\n'
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#888">{footer}</td></tr>\n'
        f"</table>\n</body></html>\n"
    )


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    rows = "\n\n".join(f"* {h}\n  {b}\n  {u}" for h, b, u in items)
    return f"{intro.strip()}\n\n{rows}\n\n{footer.strip()}\n"
