"""Shared pieces of corpus 190: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs190_*.py modules writes its own words; the helpers here
put them into a quoted reply, an Outlook block, an ATS card or a Word-HTML wrapper.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Esperanza Mwangi-Etxeberria"
CAND_ADDR = "esperanza.me@example.es"
CAND = (CAND_NAME, CAND_ADDR)

SIG_ES = """Esperanza Mwangi-Etxeberria
Tel. +34 688 41 27 90
Bilbao"""

SIG_FR = """Esperanza Mwangi-Etxeberria
+34 688 41 27 90
Bilbao (Espagne)"""

SIG_EN = """Esperanza Mwangi-Etxeberria
+34 688 41 27 90
Bilbao, Spain"""

SIG_DE = """Esperanza Mwangi-Etxeberria
Tel. +34 688 41 27 90
Bilbao, Spanien"""

_DAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def quote(text: str, prefix: str = ">") -> str:
    """Every line of text behind a quote marker, as a mail program quotes a reply."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix + (" " + line if line else ""))
    return "\n".join(out)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message, in the reader's language."""
    d = _dt(when)
    hm = d.strftime("%H:%M")
    day = _DAYS[lang][d.weekday()]
    month = _MONTHS[lang][d.month - 1]
    if lang == "es":
        return f"El {day[:3]}, {d.day} {month[:3]} {d.year} a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {day[:3]}. {d.day} {month[:4].rstrip('.')}. {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {hm} schrieb {name} <{addr}>:"
    return f"On {day[:3]}, {d.day} {month[:3]} {d.year} at {hm}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text above an attribution line and the quoted older message."""
    return f"{new.strip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


def outlook_block(lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
                  subject: str, body: str) -> str:
    """An Outlook-style header block of an older message, followed by its body (unquoted)."""
    d = _dt(when)
    day = _DAYS[lang][d.weekday()]
    month = _MONTHS[lang][d.month - 1]
    f = f"{frm[0]} <{frm[1]}>"
    t = f"{to[0]} <{to[1]}>"
    hm = d.strftime("%H:%M")
    if lang == "es":
        head = (f"De: {f}\nEnviado el: {day}, {d.day} de {month} de {d.year} {hm}\n"
                f"Para: {t}\nAsunto: {subject}")
    elif lang == "fr":
        head = (f"De : {f}\nEnvoyé : {day} {d.day} {month} {d.year} {hm}\n"
                f"À : {t}\nObjet : {subject}")
    elif lang == "de":
        head = (f"Von: {f}\nGesendet: {day}, {d.day}. {month} {d.year} {hm}\n"
                f"An: {t}\nBetreff: {subject}")
    else:
        ampm = d.strftime("%I:%M %p").lstrip("0")
        head = (f"From: {f}\nSent: {day}, {month} {d.day}, {d.year} {ampm}\n"
                f"To: {t}\nSubject: {subject}")
    return f"{'_' * 32}\n{head}\n\n{body.strip()}\n"


def forward_block(lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
                  subject: str, body: str) -> str:
    """A forwarded message as a webmail writes it inline."""
    d = _dt(when)
    month = _MONTHS[lang][d.month - 1]
    f = f"{frm[0]} <{frm[1]}>"
    t = f"{to[0]} <{to[1]}>"
    hm = d.strftime("%H:%M")
    if lang == "es":
        head = (f"---------- Mensaje reenviado ---------\nDe: {f}\n"
                f"Fecha: {d.day} de {month} de {d.year}, {hm}\nAsunto: {subject}\nPara: {t}")
    elif lang == "fr":
        head = (f"-------- Message transféré --------\nDe : {f}\n"
                f"Date : {d.day} {month} {d.year} à {hm}\nObjet : {subject}\nÀ : {t}")
    elif lang == "de":
        head = (f"---------- Weitergeleitete Nachricht ---------\nVon: {f}\n"
                f"Datum: {d.day}. {month} {d.year} um {hm}\nBetreff: {subject}\nAn: {t}")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {f}\n"
                f"Date: {month[:3]} {d.day}, {d.year} at {hm}\nSubject: {subject}\nTo: {t}")
    return f"{head}\n\n{body.strip()}\n"


# --- HTML shells (layout only) ------------------------------------------------------------


def _p(chunk: str, style: str = "") -> str:
    if chunk.lstrip().startswith("<"):
        return chunk
    inner = "<br>\n".join(_html.escape(line, quote=False) for line in chunk.split("\n"))
    return f"<p{style}>{inner}</p>"


def paras(text: str, style: str = "") -> str:
    """Plain text split on blank lines into HTML paragraphs (line breaks kept)."""
    return "\n".join(_p(c, style) for c in text.strip().split("\n\n"))


def html_page(body: str, lang: str, title: str = "") -> str:
    t = f"<title>{_html.escape(title)}</title>\n" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{t}'
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def simple_html(text: str, lang: str) -> str:
    """A plain mail program's HTML version of a text: paragraphs in a div."""
    return html_page(f'<div style="font-family:Arial,sans-serif;font-size:14px">\n'
                     f"{paras(text)}\n</div>", lang)


def ats_card(lang: str, brand: str, text: str, button: tuple[str, str] | None = None,
             footer: str = "", accent: str = "#1f5f8b") -> str:
    """An applicant-tracking-system mail: a brand bar, a white card, an optional button."""
    btn = ""
    if button:
        btn = (f'<p style="margin:24px 0"><a href="{button[1]}" style="background:{accent};'
               f'color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{_html.escape(button[0])}</a></p>\n")
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:16px 32px;color:#8a8f98;font-size:11px">'
                f"{paras(footer)}</td></tr>\n")
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6">\n<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:14px 32px;'
        f'font-weight:bold">{_html.escape(brand)}</td></tr>\n'
        f'<tr><td style="padding:28px 32px;color:#222">\n{paras(text)}\n{btn}</td></tr>\n'
        f"{foot}</table>\n</td></tr>\n</table>"
    )
    return html_page(body, lang)


def outlook_html(text: str, lang: str) -> str:
    """An Outlook (Word-HTML) body: MsoNormal paragraphs inside WordSection1."""
    word_paras = paras(text, ' class="MsoNormal"')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n'
        f'<div class="WordSection1">\n{word_paras}\n</div>\n</body>\n</html>\n'
    )


def newsletter_html(lang: str, title: str, intro: str,
                    items: list[tuple[str, str, str]], footer: str) -> str:
    """A digest: a title, an intro, a list of linked items, an unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:#0b5394;font-weight:bold">{_html.escape(head)}</a>'
        f'<br><span style="color:#555">{_html.escape(desc)}</span></td></tr>'
        for head, url, desc in items
    )
    body = (
        '<table role="presentation" width="640" align="center" '
        'style="font-family:Georgia,serif;font-size:15px">\n'
        f'<tr><td><h1 style="font-size:22px">{_html.escape(title)}</h1>\n'
        f"{paras(intro)}</td></tr>\n{rows}\n"
        f'<tr><td style="font-size:11px;color:#777;padding-top:18px">{paras(footer)}'
        "</td></tr>\n</table>"
    )
    return html_page(body, lang, title)


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]],
                footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, desc in items:
        lines += [f"* {head}", f"  {desc}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
