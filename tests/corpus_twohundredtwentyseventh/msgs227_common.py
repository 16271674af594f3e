"""Shared helpers for corpus 227: the candidate, quoting helpers and HTML shells.

Layout only: every message in the data modules writes its own words.
"""

from __future__ import annotations

import html as _html
from datetime import date

CANDIDATE_NAME = "Clément Oduya-Hartmann"
CANDIDATE_ADDR = "clement.oh@example.ch"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+41 79 412 58 63"

# ---------------------------------------------------------------- dates for attributions

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
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
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _parse(when: str) -> tuple[date, str]:
    """'2026-03-10 14:02' -> (date, '14:02')."""
    day, clock = when.split()
    y, m, d = (int(x) for x in day.split("-"))
    return date(y, m, d), clock


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quoted message."""
    d, clock = _parse(when)
    wd, mo = d.weekday(), d.month - 1
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd]} {d.day} {_MONTHS['fr'][mo]} {d.year} à {clock}, "
                f"{name} <{addr}> a écrit :")
    if lang == "de":
        return (f"Am {_DAYS['de'][wd]}, {d.day}. {_MONTHS['de'][mo]} {d.year} um {clock} "
                f"schrieb {name} <{addr}>:")
    if lang == "es":
        return (f"El {_DAYS['es'][wd]}, {d.day} {_MONTHS['es'][mo]} {d.year} a las {clock}, "
                f"{name} (<{addr}>) escribió:")
    return f"On {_DAYS['en'][wd]}, {d.day} {_MONTHS['en'][mo]} {d.year} at {clock}, {name} <{addr}> wrote:"


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (depth times)."""
    mark = ">" * depth
    lines = text.strip("\n").split("\n")
    return "\n".join(f"{mark} {line}" if line else mark for line in lines) + "\n"


def reply(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """An attribution line and the quoted text below it."""
    return wrote(lang, when, name, addr) + "\n" + quote(text)


def outlook(lang: str, when: str, sender: str, to: str, subject: str, text: str) -> str:
    """An Outlook 'From: / Sent:' block with the earlier message below it, unquoted."""
    d, clock = _parse(when)
    wd, mo = d.weekday(), d.month - 1
    if lang == "fr":
        head = (f"De : {sender}\nEnvoyé : {_LONG_DAYS['fr'][wd]} {d.day} "
                f"{_LONG_MONTHS['fr'][mo]} {d.year} {clock}\nÀ : {to}\nObjet : {subject}")
    elif lang == "de":
        head = (f"Von: {sender}\nGesendet: {_LONG_DAYS['de'][wd]}, {d.day}. "
                f"{_LONG_MONTHS['de'][mo]} {d.year} {clock}\nAn: {to}\nBetreff: {subject}")
    elif lang == "es":
        head = (f"De: {sender}\nEnviado el: {_LONG_DAYS['es'][wd]}, {d.day} de "
                f"{_LONG_MONTHS['es'][mo]} de {d.year} {clock}\nPara: {to}\nAsunto: {subject}")
    else:
        hour, minute = (int(x) for x in clock.split(":"))
        ampm = "AM" if hour < 12 else "PM"
        h12 = hour % 12 or 12
        head = (f"From: {sender}\nSent: {_LONG_DAYS['en'][wd]}, {_LONG_MONTHS['en'][mo]} "
                f"{d.day}, {d.year} {h12}:{minute:02d} {ampm}\nTo: {to}\nSubject: {subject}")
    return "________________________________\n" + head + "\n\n" + text.strip("\n") + "\n"


def forwarded(lang: str, when: str, sender: str, to: str, subject: str, text: str) -> str:
    """A forwarded message block as webmail writes it."""
    d, clock = _parse(when)
    wd, mo = d.weekday(), d.month - 1
    label = {
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    }[lang]
    stamp = f"{_DAYS[lang][wd]} {d.day} {_MONTHS[lang][mo]} {d.year} {clock}"
    return (f"{label[0]}\n{label[1]}: {sender}\n{label[2]}: {stamp}\n{label[3]}: {subject}\n"
            f"{label[4]}: {to}\n\n{text.strip(chr(10))}\n")


def me(lang: str = "fr") -> str:
    """The candidate's own sign-off block (used in his sent mail)."""
    line = {"fr": "Apprenti horloger CFC", "de": "Uhrmacher-Lernender (EFZ)",
            "en": "Watchmaker apprentice", "es": "Aprendiz de relojero"}[lang]
    return f"Clément Oduya-Hartmann\n{line}\nLa Chaux-de-Fonds\n{CANDIDATE_PHONE}\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def html_from_text(text: str) -> str:
    """Paragraphs of the plain text as HTML; quoted lines become a blockquote."""
    blocks: list[str] = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ")) for line in lines)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def plain_page(text: str, lang: str = "fr") -> str:
    """A minimal HTML document around the plain text (webmail style)."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{html_from_text(text)}\n</body></html>\n")


def ats_card(brand: str, accent: str, text: str, lang: str = "fr",
             button: tuple[str, str] | None = None, footer: str = "") -> str:
    """An applicant-tracking-system card: brand bar, white card, optional button, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:{accent};'
               f'color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">'
               f"{esc(label)}</a></p>\n")
    foot = (f'<p style="color:#888;font-size:11px;margin-top:24px">{esc(footer)}</p>\n'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{accent};color:#fff;padding:16px 24px;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        '<tr><td style="padding:24px"><div style="background:#fff;padding:24px;'
        'border-radius:6px;font-size:14px;line-height:1.5;color:#222">\n'
        f"{html_from_text(text)}\n{btn}</div>\n{foot}</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "fr", charset: str = "utf-8") -> str:
    """The Word-generated HTML Outlook sends, around the message's own paragraphs."""
    paras = []
    for para in text.strip("\n").split("\n\n"):
        for line in para.split("\n"):
            paras.append(f"<p class=MsoNormal>{esc(line) or '&nbsp;'}<o:p></o:p></p>")
        paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    code = {"fr": "FR-CH", "de": "DE-CH", "en": "EN-GB", "es": "ES"}[lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">'
        f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
        f'<body lang={code} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        '<div class=WordSection1>\n' + "\n".join(paras) + "\n</div></body></html>\n"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#0b5394", lang: str = "fr") -> str:
    """A newsletter / job-alert layout: heading, intro, a list of linked items, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#555\">{esc(blurb)}</span></td></tr>"
        for head, blurb, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;font-family:Arial,sans-serif;background:#fafafa">\n'
        '<table role="presentation" width="600" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:20px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:20px">{html_from_text(intro)}\n'
        f'<table role="presentation" width="100%">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="padding:16px 20px;color:#999;font-size:11px">{esc(footer)}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of a digest."""
    body = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for head, blurb, url in items:
        body += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    body += ["--", footer]
    return "\n".join(body) + "\n"
