"""Shared pieces of corpus 155: the candidate, quoting helpers and HTML shells.

The shells are layout only: every message passes its own words in.
"""

from __future__ import annotations

import html
from datetime import datetime

CAND_NAME = "Élodie Vandamme-Reyes"
CAND_ADDR = "elodie.vr@example.be"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+32 470 55 18 92"

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


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def quote(text: str) -> str:
    """Mail-client quoting: '> ' before each line, '>' before lines already quoted."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client writes above a quote."""
    d = _dt(when)
    day = _DAYS[lang][d.weekday()]
    mon = _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "fr":
        return f"Le {day} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {day}, {d.day}. {mon} {d.year} um {hm} schrieb {name} <{addr}>:"
    return f"El {day}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, an attribution line and the quoted older message."""
    return new.rstrip("\n") + "\n\n" + wrote(lang, when, name, addr) + "\n" + quote(old) + "\n"


def _long_date(lang: str, when: str) -> str:
    d = _dt(when)
    day = _LONG_DAYS[lang][d.weekday()]
    mon = _LONG_MONTHS[lang][d.month - 1]
    if lang == "en":
        hour = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        return f"{day}, {mon} {d.day}, {d.year} {hour}:{d.minute:02d} {ampm}"
    if lang == "fr":
        return f"{day} {d.day} {mon} {d.year} {d:%H:%M}"
    if lang == "de":
        return f"{day}, {d.day}. {mon} {d.year} {d:%H:%M}"
    return f"{day}, {d.day} de {mon} de {d.year} {d:%H:%M}"


def outlook_header(lang: str, name: str, addr: str, when: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook writes above an older message."""
    sent = _long_date(lang, when)
    labels = {
        "en": ("From: ", "Sent: ", "To: ", "Subject: "),
        "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
        "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
        "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
    }[lang]
    return (f"{labels[0]}{name} <{addr}>\n{labels[1]}{sent}\n{labels[2]}{to}\n"
            f"{labels[3]}{subject}")


def outlook_reply(new: str, lang: str, name: str, addr: str, when: str, to: str,
                  subject: str, old: str) -> str:
    """Outlook's top-posting: the new text, a rule, the header block, the old text unquoted."""
    return (new.rstrip("\n") + "\n\n" + "_" * 32 + "\n"
            + outlook_header(lang, name, addr, when, to, subject) + "\n\n" + old.strip("\n")
            + "\n")


def forwarded(lang: str, name: str, addr: str, when: str, to: str, subject: str,
              old: str) -> str:
    """A Gmail-style forwarded-message block."""
    head = {
        "en": "---------- Forwarded message ---------",
        "fr": "---------- Message transféré ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    labels = {
        "en": ("From: ", "Date: ", "Subject: ", "To: "),
        "fr": ("De : ", "Date : ", "Objet : ", "À : "),
        "de": ("Von: ", "Date: ", "Subject: ", "To: "),
        "es": ("De: ", "Date: ", "Subject: ", "To: "),
    }[lang]
    d = _dt(when)
    stamp = f"{_DAYS[lang][d.weekday()]} {d.day} {_MONTHS[lang][d.month - 1]} {d.year}, {d:%H:%M}"
    return (f"{head}\n{labels[0]}{name} <{addr}>\n{labels[1]}{stamp}\n{labels[2]}{subject}\n"
            f"{labels[3]}{to}\n\n{old.strip()}\n")


# ---------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Blank-line separated paragraphs as HTML paragraphs, single newlines as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(p_open + "<br>\n".join(esc(line) for line in b.split("\n")) + p_close
                     for b in blocks)


def html_doc(body: str, lang: str, title: str = "", charset: str = "utf-8") -> str:
    head = f"<title>{esc(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f"{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def ats_card(lang: str, brand: str, accent: str, heading: str, body_html: str,
             footer_html: str = "", button: tuple[str, str] | None = None,
             charset: str = "utf-8") -> str:
    """A centred card as applicant-tracking systems send (brand bar, heading, text, button)."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{esc(url)}" '
               f'style="background:{accent};color:#ffffff;padding:12px 22px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr>')
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#8a8f98">{footer_html}'
            f"</td></tr>") if footer_html else ""
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 4px;font-size:20px;color:#111827">{esc(heading)}'
        "</td></tr>\n"
        f'<tr><td style="padding:8px 32px;font-size:14px;line-height:1.5;color:#374151">\n'
        f"{body_html}\n</td></tr>\n{btn}\n{foot}\n</table>\n</td></tr>\n</table>"
    )
    return html_doc(body, lang, heading, charset)


def outlook_html(body_html: str, lang: str, charset: str = "utf-8") -> str:
    """The Word-HTML wrapper Outlook puts around a message (MsoNormal, o:p, WordSection1)."""
    body_html = body_html.replace("<p>", '<p class="MsoNormal">').replace(
        "</p>", "<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        "<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n"
        "</head>\n"
        f'<body lang="{lang.upper()}-BE" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        "</div>\n</body>\n</html>\n"
    )


def outlook_quote_html(header_lines: list[str], old_html: str) -> str:
    """Outlook's grey rule and bold header block above an older message, in HTML."""
    head = "<br>\n".join(esc(h) for h in header_lines)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'\n<p class="MsoNormal"><b>{head}</b><o:p></o:p></p>\n</div>\n{old_html}')


def blockquote(attribution: str, old_html: str) -> str:
    """Gmail-style quoted older message in HTML."""
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}'
            '</div>\n<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
            f'border-left:1px #ccc solid;padding-left:1ex">\n{old_html}\n</blockquote></div>')


def digest_html(lang: str, title: str, intro: str, items: list[tuple[str, str, str]],
                footer_html: str, accent: str = "#1f6feb", charset: str = "utf-8") -> str:
    """A newsletter or job-alert digest: a title, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 24px;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="color:{accent};font-weight:bold;font-size:15px">'
        f"{esc(head)}</a><br>\n<span style=\"color:#555;font-size:13px\">{esc(blurb)}</span>"
        "</td></tr>"
        for head, url, blurb in items)
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">\n'
        '<tr><td align="center">\n<table role="presentation" width="620" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:20px 24px;font-size:22px;color:{accent}">{esc(title)}'
        "</td></tr>\n"
        f'<tr><td style="padding:0 24px 12px;font-size:14px;color:#333">{paras(intro)}'
        "</td></tr>\n"
        f"{rows}\n"
        f'<tr><td style="padding:18px 24px;font-size:11px;color:#999">{footer_html}</td></tr>\n'
        "</table>\n</td></tr>\n</table>"
    )
    return html_doc(body, lang, title, charset)


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text side of a digest."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
