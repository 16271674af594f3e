"""Shared pieces of corpus 224: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs224_* modules writes its own words; the helpers
here only wrap them (quote markers, attribution lines, Outlook header blocks, HTML frames).
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Friederike Adjei-Santos"
CAND_ADDR = "friederike.as@example.de"
CAND = (CAND_NAME, CAND_ADDR)

# Headers that automated senders put on their mail.
AUTO = [("Auto-Submitted", "auto-generated")]
AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]


def listing(list_id: str, unsubscribe_url: str, unsubscribe_mail: str | None = None) -> list:
    """Mailing-list headers for a newsletter or digest."""
    target = f"<{unsubscribe_url}>"
    if unsubscribe_mail:
        target = f"<mailto:{unsubscribe_mail}>, {target}"
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", target),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ---------------------------------------------------------------- dates in four languages

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def attribution(lang: str, stamp: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message ("On ... wrote:")."""
    t = _when(stamp)
    day, month = _DAYS[lang][t.weekday()], _MONTHS[lang][t.month - 1]
    hm = t.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {t.day} {month} {t.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {day}, {t.day}. {month} {t.year} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {t.day} {month} {t.year} à {hm}, {name} <{addr}> a écrit :"
    return f"El {day}, {t.day} {month} {t.year} a las {hm}, {name} (<{addr}>) escribió:"


def long_date(lang: str, stamp: str) -> str:
    """A spelled-out date and time as Outlook writes it in a header block."""
    t = _when(stamp)
    day, month = _LONG_DAYS[lang][t.weekday()], _LONG_MONTHS[lang][t.month - 1]
    hm = t.strftime("%H:%M")
    if lang == "en":
        return f"{day}, {month} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')}"
    if lang == "de":
        return f"{day}, {t.day}. {month} {t.year} {hm}"
    if lang == "fr":
        return f"{day} {t.day} {month} {t.year} {hm}"
    return f"{day}, {t.day} de {month} de {t.year} {hm}"


def quote(text: str) -> str:
    """Every line of text behind "> " (a bare ">" on empty lines)."""
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.strip("\n").split("\n"))


def replied(lang: str, stamp: str, name: str, addr: str, text: str) -> str:
    """An attribution line and the quoted message under it."""
    return f"{attribution(lang, stamp, name, addr)}\n{quote(text)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, frm: str, stamp: str, to: str, subject: str, text: str,
                  cc: str | None = None, rule: str = "_" * 32) -> str:
    """An Outlook-style "From: / Sent: / To: / Subject:" block with the earlier message."""
    f, s, t, c, subj = _OUTLOOK[lang]
    lines = [rule, f"{f}: {frm}", f"{s}: {long_date(lang, stamp)}", f"{t}: {to}"]
    if cc:
        lines.append(f"{c}: {cc}")
    lines += [f"{subj}: {subject}", "", text.strip("\n"), ""]
    return "\n".join(lines)


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, stamp: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded message block."""
    head, f, d, s, t = _FORWARD[lang]
    t_ = _when(stamp)
    day, month = _DAYS[lang][t_.weekday()], _MONTHS[lang][t_.month - 1]
    return "\n".join([head, f"{f}: {frm}", f"{d}: {day}, {t_.day} {month} {t_.year}, "
                      f"{t_.strftime('%H:%M')}", f"{s}: {subject}", f"{t}: {to}", "",
                      text.strip("\n"), ""])


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text as HTML paragraphs: blank lines part paragraphs, quoted runs become
    blockquotes, line breaks stay."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def page(body: str, title: str = "", lang: str = "de") -> str:
    """A bare HTML document around body."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def ats_card(brand: str, accent: str, body: str, footer: str = "", lang: str = "de") -> str:
    """The card layout applicant-tracking systems send: a coloured band with the employer's
    name, a white card with the message and a grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{accent};padding:18px 32px;color:#fff;font-size:20px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        '<tr><td style="padding:24px 32px"><table role="presentation" width="100%" '
        'style="background:#fff;border-radius:6px"><tr><td style="padding:24px;'
        f'font-size:14px;line-height:1.5;color:#222">\n{body}\n</td></tr></table></td></tr>\n'
        '<tr><td style="padding:12px 32px;font-size:11px;color:#777">'
        f"{footer}</td></tr>\n</table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, accent: str = "#1a5fb4") -> str:
    return (f'<p><a href="{esc(url)}" style="display:inline-block;background:{accent};'
            f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
            f"{esc(label)}</a></p>")


def outlook_html(body: str, lang: str = "de") -> str:
    """The Word-HTML that Outlook sends: Office namespaces, MsoNormal paragraphs."""
    lang_tag = {"de": "DE", "en": "EN-GB", "fr": "FR-BE", "es": "ES"}[lang]
    body = body.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               accent: str = "#0b6e4f", lang: str = "de") -> str:
    """A newsletter or digest: a header, an intro, one block per item with its link."""
    blocks = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(url)}" style="font-size:16px;color:{accent};font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="font-size:13px;color:#444">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Verdana,sans-serif">\n'
        '<table role="presentation" width="600" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:20px;font-size:22px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 20px;font-size:14px">{intro}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table role="presentation" width="100%">\n{blocks}\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:16px 20px;font-size:11px;color:#888">{footer}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )
