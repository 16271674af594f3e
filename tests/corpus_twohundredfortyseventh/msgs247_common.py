"""Shared pieces of corpus 247: the candidate, quoting helpers and HTML shells.

Everything here is layout only. Every message in the msgs247_*.py modules writes its own words;
these helpers only wrap them (quote markers, attribution lines, an ATS card, an Outlook
Word-HTML wrapper, a newsletter table).
"""

from __future__ import annotations

import html
from datetime import datetime

CANDIDATE_NAME = "Ottilie Brandauer-Nkemelu"
CANDIDATE_ADDR = "ottilie.bn@example.at"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature block (contact data only, used under her own mails).
ME_SIG = """Ottilie Brandauer-Nkemelu
Zinzendorfgasse 14/7, 8010 Graz
+43 664 318 27 95
ottilie.bn@example.at"""

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line with a quote marker (empty lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line a mail client puts above a quote, per language."""
    d = _dt(when)
    wd = WEEKDAYS[lang][d.weekday()]
    mon = MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"On {wd[:3]}, {d.day} {mon[:3]} {d.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {d.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd[:3]}. {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    return f"El {wd[:3]}, {d.day} {mon[:3]} {d.year} a las {hm}, {name} (<{addr}>) escribió:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the quoted older message."""
    return f"{new.strip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


def outlook_block(lang: str, sender: str, when: str, to: str, subject: str, body: str,
                  cc: str = "") -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the older text (unquoted)."""
    d = _dt(when)
    wd = WEEKDAYS[lang][d.weekday()]
    mon = MONTHS[lang][d.month - 1]
    if lang == "en":
        hour = d.strftime("%I:%M %p").lstrip("0")
        labels = ("From", "Sent", "To", "Cc", "Subject")
        sent = f"{wd}, {mon} {d.day}, {d.year} {hour}"
    elif lang == "de":
        labels = ("Von", "Gesendet", "An", "Cc", "Betreff")
        sent = f"{wd}, {d.day}. {mon} {d.year} {d.strftime('%H:%M')}"
    elif lang == "fr":
        labels = ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0")
        sent = f"{wd} {d.day} {mon} {d.year} {d.strftime('%H:%M')}"
    else:
        labels = ("De", "Enviado el", "Para", "CC", "Asunto")
        sent = f"{wd}, {d.day} de {mon} de {d.year} {d.strftime('%H:%M')}"
    lines = [
        "_" * 32,
        f"{labels[0]}: {sender}",
        f"{labels[1]}: {sent}",
        f"{labels[2]}: {to}",
    ]
    if cc:
        lines.append(f"{labels[3]}: {cc}")
    lines.append(f"{labels[4]}: {subject}")
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def forwarded(lang: str, sender: str, when: str, to: str, subject: str, body: str) -> str:
    """A Gmail-style forwarded-message block."""
    d = _dt(when)
    mon = MONTHS[lang][d.month - 1]
    head = {
        "en": "---------- Forwarded message ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "de": ("Von", "Datum", "Betreff", "An"),
        "fr": ("De", "Date", "Objet", "À"),
        "es": ("De", "Fecha", "Asunto", "Para"),
    }[lang]
    stamp = f"{d.day}. {mon} {d.year} {d.strftime('%H:%M')}"
    return (f"{head}\n{labels[0]}: {sender}\n{labels[1]}: {stamp}\n{labels[2]}: {subject}\n"
            f"{labels[3]}: {to}\n\n{body.strip()}\n")


# ---------------------------------------------------------------------------------------------
# HTML shells (layout only)

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Blank-line separated paragraphs to <p> elements; quoted lines become a blockquote."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip(">").lstrip(" ")) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body}\n</body></html>\n')


def button(url: str, label: str, color: str = "#1a5fb4") -> str:
    return (f'<p><a href="{url}" style="background:{color};color:#fff;padding:10px 18px;'
            f'text-decoration:none;border-radius:4px;display:inline-block">{esc(label)}</a></p>')


def ats_card(brand: str, body: str, footer: str = "", color: str = "#2b6cb0",
             lang: str = "en") -> str:
    """A typical applicant-tracking-system card: coloured bar with the brand, white card."""
    foot = f'<tr><td style="padding:12px 24px;color:#888;font-size:11px">{footer}</td></tr>' \
        if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"></head>\n'
        f'<body style="margin:0;background:#f3f4f6">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center" style="padding:24px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#fff;border-radius:6px;font-family:Helvetica,Arial,sans-serif">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">\n{body}\n'
        f'</td></tr>\n{foot}\n</table>\n</td></tr></table>\n</body></html>\n'
    )


def outlook_html(body: str, lang: str = "de") -> str:
    """The Word-generated HTML that Outlook sends (MsoNormal paragraphs, WordSection1)."""
    body = body.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
        'font-family:"Calibri",sans-serif;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n'
        '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
        '</xml><![endif]-->\n'
        f'</head>\n<body lang="{lang.upper()}-AT" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f'{body}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n'
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0b7285", lang: str = "de") -> str:
    """A newsletter / job-alert table: one row per item (title, meta line, link)."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 20px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{color};font-weight:bold;text-decoration:none">'
        f'{esc(head)}</a><br><span style="color:#555;font-size:13px">{esc(meta)}</span>'
        f'</td></tr>'
        for head, meta, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="margin:0;background:#eef2f3;font-family:Verdana,sans-serif">\n'
        f'<table width="640" align="center" cellpadding="0" cellspacing="0" '
        f'style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 20px;font-size:20px">'
        f'{esc(title)}</td></tr>\n'
        f'<tr><td style="padding:16px 20px;font-size:14px">{intro}</td></tr>\n{rows}\n'
        f'<tr><td style="padding:16px 20px;font-size:11px;color:#777">{footer}</td></tr>\n'
        f'</table>\n</body></html>\n'
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, meta, url in items:
        lines += [f"* {head}", f"  {meta}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
