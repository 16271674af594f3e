"""Shared pieces of corpus 275: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs275_* modules writes its own words; the helpers here only arrange
them (quote a previous message, wrap paragraphs in an ATS card or an Outlook Word-HTML page).
"""

from __future__ import annotations

import html
from datetime import datetime

CAND_NAME = "Élodie Marchetti-Owusu"
CAND_ADDR = "elodie.mo@example.be"
CAND = (CAND_NAME, CAND_ADDR)


def M(**spec: object) -> dict:
    """One hand-written message spec (see make_twohundredseventyfifth.py for the keys)."""
    return spec


# --------------------------------------------------------------------------- quoting

_WD = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_WD_LONG = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MON = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_MON_LONG = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with "> " (depth times), as mail programs do."""
    prefix = "> " * depth
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    d = _dt(when)
    wd, mon, hm = _WD[lang][d.weekday()], _MON[lang][d.month - 1], d.strftime("%H:%M")
    if lang == "fr":
        return f"Le {wd} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {wd}, {d.day}. {mon} {d.year} um {hm} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {wd}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {wd}, {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:"


def long_date(lang: str, when: str) -> str:
    d = _dt(when)
    wd, mon, hm = _WD_LONG[lang][d.weekday()], _MON_LONG[lang][d.month - 1], d.strftime("%H:%M")
    if lang == "fr":
        return f"{wd} {d.day} {mon} {d.year} {hm}"
    if lang == "de":
        return f"{wd}, {d.day}. {mon} {d.year} {hm}"
    if lang == "es":
        return f"{wd}, {d.day} de {mon} de {d.year} {hm}"
    return f"{wd}, {d.day} {mon} {d.year} {hm}"


_OUTLOOK = {
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
}


def outlook_block(lang: str, name: str, addr: str, when: str, to: str, subject: str) -> str:
    """An Outlook "From: / Sent: / To: / Subject:" block above a quoted message."""
    f, s, t, o = _OUTLOOK[lang]
    return "\n".join([
        "________________________________",
        f"{f} {name} <{addr}>",
        f"{s} {long_date(lang, when)}",
        f"{t} {to}",
        f"{o} {subject}",
    ])


_FWD = {
    "fr": ("---------- Message transféré ---------", "De :", "Date :", "Subject :", "To :"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Date:", "Subject:", "To:"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Date:", "Subject:", "To:"),
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
}


def forwarded(lang: str, name: str, addr: str, when: str, subject: str, to: str) -> str:
    """The header block a webmail writes above a forwarded message."""
    head, f, d, s, t = _FWD[lang]
    return "\n".join([head, f"{f} {name} <{addr}>", f"{d} {long_date(lang, when)}",
                      f"{s} {subject}", f"{t} {to}"])


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> blocks; single newlines → <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def plain_html(body_html: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n</head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{body_html}\n</body>\n</html>")


def ats_card(brand: str, color: str, heading: str, body_html: str,
             button: tuple[str, str] | None = None, footer: str = "", lang: str = "fr") -> str:
    """A centred card as applicant-tracking systems send it."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{url}" style="background:{color};'
               f'color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;'
               f'display:inline-block">{esc(label)}</a></td></tr>\n')
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#888888">{footer}</td></tr>\n'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(brand)}</title>\n</head>\n"
        f'<body style="margin:0;background:#f3f4f6">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center" style="padding:24px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222222">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 32px;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px 32px 4px;font-size:17px"><strong>{esc(heading)}</strong>'
        f"</td></tr>\n"
        f'<tr><td style="padding:4px 32px 12px;font-size:14px;line-height:1.5">\n{body_html}\n'
        f"</td></tr>\n{btn}{foot}</table>\n</td></tr></table>\n</body>\n</html>"
    )


def outlook_html(body_html: str, lang: str = "FR-BE") -> str:
    """The Word-HTML page Outlook for Windows sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        "</div>\n</body>\n</html>"
    )


def mso(text: str) -> str:
    """Paragraphs in Outlook's MsoNormal style (an empty MsoNormal between blocks)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        for line in b.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str, str]],
                footer_html: str, color: str = "#0b5394", lang: str = "fr") -> str:
    """A newsletter / job-alert layout: items are (title, meta, url, blurb)."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:{color};font-size:15px;font-weight:bold">{esc(t)}</a><br>'
        f'<span style="color:#666666;font-size:12px">{esc(meta)}</span><br>'
        f'<span style="font-size:13px">{esc(blurb)}</span></td></tr>'
        for t, meta, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n</head>\n<body style=\"margin:0;background:#fafafa\">\n"
        f'<table width="640" align="center" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;font-family:Verdana,Arial,sans-serif">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:13px">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777777">{footer_html}</td></tr>\n'
        "</table>\n</body>\n</html>"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str, str]],
                footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for t, meta, url, blurb in items:
        lines += [f"* {t}", f"  {meta}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip("\n"))
    return "\n".join(lines)
