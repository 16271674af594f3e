"""Shared pieces of corpus 276: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs276_*.py modules writes its own words; the helpers here
only indent, attribute or wrap them.
"""

from __future__ import annotations

import html
from datetime import datetime

CANDIDATE_NAME = "Tomás Eriksen-Vallejo"
CANDIDATE_ADDR = "tomas.ev@example.cl"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+34 612 48 77 30"

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def when(stamp: str) -> datetime:
    """A spec date such as "2026-02-10 09:12 +0100" as an aware datetime."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def quote(text: str, prefix: str = ">") -> str:
    """Text quoted the way mail programs do: "> " before each line, ">" on empty ones."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(f"{prefix} {line}" if line else prefix for line in lines) + "\n"


def on_wrote(lang: str, stamp: str, name: str, addr: str) -> str:
    """The attribution line a mail client writes above a quotation."""
    d = when(stamp)
    day, mon = _DAYS[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if lang == "en":
        return f"On {day}, {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:\n"
    if lang == "de":
        return f"Am {day}, {d.day}. {mon} {d.year} um {hm} schrieb {name} <{addr}>:\n"
    if lang == "fr":
        return f"Le {day} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :\n"
    return f"El {day}, {d.day} {mon} {d.year} a las {d.hour}:{d.minute:02d}, {name} (<{addr}>) escribió:\n"


def _long_date(lang: str, stamp: str) -> str:
    d = when(stamp)
    day, mon = _LONG_DAYS[lang][d.weekday()], _LONG_MONTHS[lang][d.month - 1]
    if lang == "en":
        hour = d.hour % 12 or 12
        half = "AM" if d.hour < 12 else "PM"
        return f"{day}, {mon} {d.day}, {d.year} {hour}:{d.minute:02d} {half}"
    if lang == "de":
        return f"{day}, {d.day}. {mon} {d.year} {d.hour:02d}:{d.minute:02d}"
    if lang == "fr":
        return f"{day} {d.day} {mon} {d.year} {d.hour:02d}:{d.minute:02d}"
    return f"{day}, {d.day} de {mon} de {d.year} {d.hour}:{d.minute:02d}"


_OUTLOOK = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
    "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
}


def outlook_block(lang: str, frm: tuple[str, str], stamp: str, to: tuple[str, str],
                  subject: str) -> str:
    """The header block Outlook puts above the original text when replying."""
    f, s, t, subj = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}{frm[0]} <{frm[1]}>\n"
        f"{s}{_long_date(lang, stamp)}\n"
        f"{t}{to[0]} <{to[1]}>\n"
        f"{subj}{subject}\n"
    )


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From: ", "Date: ", "Subject: ", "To: "),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von: ", "Date: ", "Subject: ",
           "To: "),
    "fr": ("---------- Forwarded message ---------", "De : ", "Date : ", "Subject: ", "To: "),
    "es": ("---------- Mensaje reenviado ---------", "De: ", "Date: ", "Subject: ", "To: "),
}


def forward_block(lang: str, frm: tuple[str, str], stamp: str, subject: str,
                  to: tuple[str, str]) -> str:
    """The block a webmail writes above a forwarded message."""
    line, f, d, s, t = _FORWARD[lang]
    return (
        f"{line}\n{f}{frm[0]} <{frm[1]}>\n{d}{_long_date(lang, stamp)}\n"
        f"{s}{subject}\n{t}{to[0]} <{to[1]}>\n"
    )


def _paras(paragraphs: list[str]) -> str:
    out = []
    for para in paragraphs:
        body = "<br>\n".join(html.escape(line, quote=False) for line in para.split("\n"))
        out.append(f"<p>{body}</p>")
    return "\n".join(out)


def simple_html(paragraphs: list[str], lang: str = "es") -> str:
    """A plain webmail HTML body: one <p> per paragraph."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{_paras(paragraphs)}\n'
        "</body></html>\n"
    )


def outlook_html(paragraphs: list[str], lang: str = "es", quoted: str = "") -> str:
    """An Outlook (Word) HTML body; `quoted` is plain text shown under the separator."""
    body = []
    for para in paragraphs:
        lines = "<br>\n".join(html.escape(line, quote=False) for line in para.split("\n"))
        body.append(f'<p class="MsoNormal"><span lang="{lang.upper()}">{lines}'
                    "<o:p></o:p></span></p>")
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    tail = ""
    if quoted:
        lines = "<br>\n".join(html.escape(line, quote=False) for line in quoted.split("\n"))
        tail = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'\n<p class="MsoNormal">{lines}<o:p></o:p></p>\n</div>'
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(body) + "\n" + tail + "\n</div>\n</body>\n</html>\n"
    )


def ats_card(brand: str, colour: str, paragraphs: list[str], button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "es") -> str:
    """An applicant-tracking-system card: brand bar, text, one button, small print."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{colour};border-radius:4px;padding:10px 18px">'
            f'<a href="{html.escape(url)}" style="color:#ffffff;text-decoration:none">'
            f"{html.escape(label)}</a></td></tr></table>"
        )
    small = f'<p style="color:#888888;font-size:11px">{html.escape(footer)}</p>' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" style="background:#ffffff;'
        'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222222">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:16px 24px;font-size:18px">'
        f"{html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px">\n{_paras(paragraphs)}\n{btn}\n{small}\n</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str, str]], footer: str,
                unsubscribe: str, lang: str = "es") -> str:
    """A newsletter or job-alert layout: items are (headline, meta line, url, blurb)."""
    rows = []
    for headline, meta, url, blurb in items:
        rows.append(
            '<tr><td style="padding:12px 0;border-bottom:1px solid #dddddd">'
            f'<a href="{html.escape(url)}" style="font-size:16px;color:#7a1f3d;font-weight:bold">'
            f"{html.escape(headline)}</a><br>"
            f'<span style="color:#666666;font-size:12px">{html.escape(meta)}</span><br>'
            f"{html.escape(blurb)}</td></tr>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n"
        '<body style="font-family:Georgia,serif;background:#faf7f2">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td><h1 style="color:#7a1f3d">{html.escape(title)}</h1>'
        f"<p>{html.escape(intro)}</p></td></tr>\n" + "\n".join(rows) + "\n"
        f'<tr><td style="font-size:11px;color:#888888;padding-top:18px">{html.escape(footer)}'
        f' <a href="{html.escape(unsubscribe)}">unsubscribe / baja</a></td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str, str]], footer: str,
                unsubscribe: str) -> str:
    """The text/plain twin of digest_html."""
    out = [title, "=" * len(title), "", intro, ""]
    for headline, meta, url, blurb in items:
        out += [f"* {headline}", f"  {meta}", f"  {blurb}", f"  {url}", ""]
    out += ["--", footer, unsubscribe]
    return "\n".join(out) + "\n"
