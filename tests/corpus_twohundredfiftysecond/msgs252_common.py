"""Shared pieces of corpus 252: the candidate, quoting helpers and HTML shells.

The shells are layout only. Every word a reader sees is passed in by the message that uses them.
"""

from __future__ import annotations

import html

CAND_NAME = "Lorenz Adeyemi-Huber"
CAND = "lorenz.ah@example.ch"
ME = (CAND_NAME, CAND)
PHONE = "+41 79 555 21 84"

SIG = {
    "de": f"Freundliche Grüsse\nLorenz Adeyemi-Huber\n{PHONE}",
    "fr": f"Meilleures salutations\nLorenz Adeyemi-Huber\n{PHONE}",
    "en": f"Kind regards,\nLorenz Adeyemi-Huber\n{PHONE}",
    "es": f"Un saludo,\nLorenz Adeyemi-Huber\n{PHONE}",
}

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
}


def _split(when: str) -> tuple[int, int, int, str]:
    """'2026-03-12 14:05' -> (year, month, day, '14:05')."""
    day, clock = when.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock


def _weekday(y: int, m: int, d: int) -> int:
    import datetime

    return datetime.date(y, m, d).weekday()


_LONG_DAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_LONG_MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def long_date(lang: str, when: str) -> str:
    """'2026-02-12 10:20' as Outlook writes it in a 'Sent:' line."""
    y, m, d, clock = _split(when)
    wd = _LONG_DAYS[lang][_weekday(y, m, d)]
    mon = _LONG_MONTHS[lang][m - 1]
    if lang == "de":
        return f"{wd}, {d}. {mon} {y} {clock}"
    if lang == "fr":
        return f"{wd} {d} {mon} {y} {clock}"
    if lang == "es":
        return f"{wd}, {d} de {mon} de {y} {clock}"
    hh, mm = (int(x) for x in clock.split(":"))
    return f"{wd}, {mon} {d}, {y} {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


def quoted(text: str) -> str:
    """Every line of text prefixed with '> ' (an empty line becomes '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quote, in its user's language."""
    y, m, d, clock = _split(when)
    wd = _weekday(y, m, d)
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y} um {clock} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {_DAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {clock}, {name} (<{addr}>) escribió:"
    return f"On {_DAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {clock}, {name} <{addr}> wrote:"


def reply_quote(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """An attribution line followed by the quoted text."""
    return wrote(lang, when, name, addr) + "\n" + quoted(text)


_OUTLOOK = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style header block ('From: / Sent: / To: / Subject:') above unindented text."""
    f, s, t, u = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {sender}\n{s}: {sent}\n{t}: {to}\n{u}: {subject}\n\n{text.strip()}"
    )


def forward_block(lang: str, sender: str, date: str, subject: str, to: str, text: str) -> str:
    """A forwarded-message block as web mailers write it."""
    title = {
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
        "en": "---------- Forwarded message ---------",
    }[lang]
    labels = {
        "de": ("Von", "Datum", "Betreff", "An"),
        "fr": ("De", "Date", "Subject", "To"),
        "es": ("De", "Date", "Subject", "To"),
        "en": ("From", "Date", "Subject", "To"),
    }[lang]
    return (
        f"{title}\n{labels[0]}: {sender}\n{labels[1]}: {date}\n{labels[2]}: {subject}\n"
        f"{labels[3]}: {to}\n\n{text.strip()}"
    )


# --- HTML shells (layout only) -------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, single newlines as <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def simple_html(text: str, lang: str = "de") -> str:
    """A plain mail-program HTML twin of a text body."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{paras_html(text)}\n</body></html>\n'
    )


def ats_card(brand: str, color: str, text: str, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "de") -> str:
    """A centred ATS notification card: brand bar, paragraphs, optional button, small footer."""
    btn = ""
    if button:
        btn = (
            f'<tr><td align="center" style="padding:18px 0"><a href="{button[1]}" '
            f'style="background:{color};color:#ffffff;padding:12px 22px;border-radius:4px;'
            f'text-decoration:none;font-weight:bold">{esc(button[0])}</a></td></tr>\n'
        )
    foot = ""
    if footer:
        foot = (
            '<tr><td style="font-size:11px;color:#888888;padding-top:24px">'
            + "<br>".join(esc(x) for x in footer.strip().split("\n"))
            + "</td></tr>\n"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px">\n{paras_html(text)}\n</td></tr>\n'
        f"{btn}{foot}"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "DE-CH", quote: str = "") -> str:
    """An Outlook (Word-generated) HTML body; `quote` is rendered below a separator rule."""
    body = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.split("\n")) + "<o:p></o:p></p>"
        for b in text.strip().split("\n\n")
    )
    q = ""
    if quote:
        q = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + "\n".join(
                '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                for b in quote.strip().split("\n\n")
            )
            + "\n</div>\n"
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n"
        f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{q}</div>\n'
        "</body></html>\n"
    )


def digest_html(brand: str, color: str, intro: str, items: list[tuple[str, str, str, str]],
                footer: str, unsubscribe: tuple[str, str], lang: str = "de") -> str:
    """A newsletter / job-alert digest: intro, a list of (title, meta, url, blurb), footer."""
    rows = "\n".join(
        '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:{color};font-size:16px;font-weight:bold;text-decoration:none">'
        f"{esc(title)}</a><br>"
        f'<span style="color:#666;font-size:13px">{esc(meta)}</span><br>'
        f'<span style="font-size:14px">{esc(blurb)}</span></td></tr>'
        for title, meta, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}</title></head>\n'
        '<body style="margin:0;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="font-family:Verdana,Arial,sans-serif;background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:14px 20px;font-size:20px">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:16px 20px">{paras_html(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table width="100%">\n{rows}\n</table></td></tr>\n'
        '<tr><td style="padding:20px;font-size:11px;color:#999">'
        + "<br>".join(esc(x) for x in footer.strip().split("\n"))
        + f'<br><a href="{unsubscribe[1]}" style="color:#999">{esc(unsubscribe[0])}</a></td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(intro: str, items: list[tuple[str, str, str, str]], footer: str,
                unsubscribe: tuple[str, str]) -> str:
    """The text twin of digest_html."""
    rows = "\n\n".join(f"{t}\n{m}\n{b}\n{u}" for t, m, u, b in items)
    return f"{intro.strip()}\n\n{rows}\n\n--\n{footer.strip()}\n{unsubscribe[0]}: {unsubscribe[1]}\n"
