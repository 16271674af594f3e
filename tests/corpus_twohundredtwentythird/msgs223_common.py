"""Shared pieces of corpus 223: the candidate, quoting helpers and HTML shells (layout only).

Every message writes its own words in the msgs223_*.py modules; what is here only arranges them.
"""

from __future__ import annotations

import html

CAND_NAME = "Gaspard Lindqvist-Mensah"
CAND_ADDR = "gaspard.lm@example.fr"
CAND = (CAND_NAME, CAND_ADDR)

# --- dates in the words of each language (for attributions and Outlook blocks) ---------------

_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _parts(when: str) -> tuple[int, int, int, str]:
    """'2026-03-04 10:12' -> (2026, 3, 4, '10:12')."""
    day, clock = when.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock


def _weekday(y: int, m: int, d: int) -> int:
    import datetime

    return datetime.date(y, m, d).weekday()


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line a mail program writes above a quote, in the replier's language."""
    y, m, d, clock = _parts(when)
    wd = _weekday(y, m, d)
    if lang == "en":
        return (f"On {_DAYS['en'][wd][:3]}, {d} {_MONTHS['en'][m - 1][:3]} {y} at {clock}, "
                f"{name} <{addr}> wrote:")
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd][:3]}. {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, "
                f"{name} <{addr}> a écrit :")
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y} um {clock} schrieb {name} <{addr}>:"
    return (f"El {_DAYS['es'][wd][:3]}, {d} {_MONTHS['es'][m - 1][:3]} {y} a las {clock}, "
            f"{name} (<{addr}>) escribió:")


def outlook_header(lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
                   subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above a quoted message."""
    y, m, d, clock = _parts(when)
    wd = _weekday(y, m, d)
    if lang == "fr":
        labels = ("De", "Envoyé", "À", "Objet")
        sent = f"{_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} {clock}"
        sep = " : "
    elif lang == "de":
        labels = ("Von", "Gesendet", "An", "Betreff")
        sent = f"{_DAYS['de'][wd]}, {d}. {_MONTHS['de'][m - 1]} {y} {clock}"
        sep = ": "
    elif lang == "es":
        labels = ("De", "Enviado el", "Para", "Asunto")
        sent = f"{_DAYS['es'][wd]}, {d} de {_MONTHS['es'][m - 1]} de {y} {clock}"
        sep = ": "
    else:
        labels = ("From", "Sent", "To", "Subject")
        sent = f"{_DAYS['en'][wd]}, {_MONTHS['en'][m - 1]} {d}, {y} {clock}"
        sep = ": "
    return "\n".join([
        "________________________________",
        f"{labels[0]}{sep}{frm[0]} <{frm[1]}>",
        f"{labels[1]}{sep}{sent}",
        f"{labels[2]}{sep}{to[0]} <{to[1]}>",
        f"{labels[3]}{sep}{subject}",
    ])


def forward_header(lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
                   subject: str) -> str:
    """The header block of a forwarded message, as webmail writes it."""
    y, m, d, clock = _parts(when)
    wd = _weekday(y, m, d)
    if lang == "fr":
        head = "---------- Message transféré ---------"
        rows = [("De", f"{frm[0]} <{frm[1]}>"),
                ("Date", f"{_DAYS['fr'][wd][:3]}. {d} {_MONTHS['fr'][m - 1]} {y} à {clock}"),
                ("Objet", subject), ("À", f"{to[0]} <{to[1]}>")]
    elif lang == "de":
        head = "---------- Weitergeleitete Nachricht ---------"
        rows = [("Von", f"{frm[0]} <{frm[1]}>"),
                ("Datum", f"{_DAYS['de'][wd][:2]}., {d}. {_MONTHS['de'][m - 1]} {y} um {clock}"),
                ("Betreff", subject), ("An", f"{to[0]} <{to[1]}>")]
    elif lang == "es":
        head = "---------- Forwarded message ---------"
        rows = [("De", f"{frm[0]} <{frm[1]}>"),
                ("Date", f"{_DAYS['es'][wd][:3]}, {d} {_MONTHS['es'][m - 1][:3]} {y} a las {clock}"),
                ("Subject", subject), ("To", f"{to[0]} <{to[1]}>")]
    else:
        head = "---------- Forwarded message ---------"
        rows = [("From", f"{frm[0]} <{frm[1]}>"),
                ("Date", f"{_DAYS['en'][wd][:3]}, {d} {_MONTHS['en'][m - 1][:3]} {y} at {clock}"),
                ("Subject", subject), ("To", f"{to[0]} <{to[1]}>")]
    return "\n".join([head, *(f"{k}: {v}" for k, v in rows)])


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' (an empty line gets a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


# --- HTML shells: layout only ------------------------------------------------------------------

def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> blocks, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(text: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{paras(text)}\n'
            "</body></html>\n")


def ats_card(brand: str, text: str, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "fr", colour: str = "#5b2333") -> str:
    """An applicant-tracking system's card: a brand bar, the message, a button, small print."""
    btn = ""
    if button:
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{esc(button[1])}" '
               f'style="background:{colour};color:#fff;padding:10px 18px;'
               f'text-decoration:none;border-radius:4px">{esc(button[0])}</a></td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:16px 32px;color:#888;font-size:11px">'
                f'{paras(footer)}</td></tr>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f1ee">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:18px 32px;font-size:18px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px 32px">{paras(text)}</td></tr>\n'
        f"{btn}{foot}"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "FR") -> str:
    """An Outlook / Word HTML body (MsoNormal paragraphs, WordSection1)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    body = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(line) for line in b.split("\n"))
        + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
        for b in blocks)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body></html>\n'
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "fr", colour: str = "#2d4a3e") -> str:
    """A newsletter / alert digest: a title, an intro, a list of (heading, line, url), a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(url)}" style="color:{colour};font-weight:bold;font-size:15px">'
        f"{esc(head)}</a><br><span style=\"color:#444\">{esc(line)}</span></td></tr>"
        for head, line, url in items)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Georgia,serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:20px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{paras(footer)}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, line, url in items:
        lines += [f"* {head}", f"  {line}", f"  {url}", ""]
    lines += ["--", footer.strip()]
    return "\n".join(lines) + "\n"
