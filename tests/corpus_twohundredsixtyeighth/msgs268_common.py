"""Shared pieces of corpus 268: the candidate, quoting helpers and HTML shells.

Everything here is layout only; every message in the msgs268_* modules writes its own words.
"""

from __future__ import annotations

import html

CAND_NAME = "Mathilde Okeke-Zürcher"
CAND_ADDR = "mathilde.oz@example.ch"
CAND = (CAND_NAME, CAND_ADDR)


# --------------------------------------------------------------------------- quoting


def q(text: str) -> str:
    """Quote a block the way mail programs do ("> " before each line, ">" on empty ones)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


_WROTE = {
    "en": "On {date}, {who} wrote:",
    "de": "Am {date} schrieb {who}:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}


def wrote(lang: str, date: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message."""
    return _WROTE[lang].format(date=date, who=f"{name} <{addr}>")


def reply(new: str, lang: str, date: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the quoted older text."""
    return f"{new.rstrip()}\n\n{wrote(lang, date, name, addr)}\n{q(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
            rule: str = "________________________________") -> str:
    """An Outlook "From: / Sent:" block followed by the older message, unquoted."""
    sep = " : " if lang == "fr" else ": "
    names = _OUTLOOK[lang]
    head = [f"{names[0]}{sep}{frm}", f"{names[1]}{sep}{sent}"]
    if to:
        head.append(f"{names[2]}{sep}{to}")
    head.append(f"{names[3]}{sep}{subject}")
    top = f"{rule}\n" if rule else ""
    return top + "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
    "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
    "de": ("---------- Weitergeleitete Nachricht ---------", ("Von", "Datum", "Betreff", "An")),
    "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded-message block as Gmail writes it."""
    title, names = _FWD[lang]
    sep = " : " if lang == "fr" else ": "
    head = [title, f"{names[0]}{sep}{frm}", f"{names[1]}{sep}{date}",
            f"{names[2]}{sep}{subject}", f"{names[3]}{sep}{to}"]
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text paragraphs as <p> elements, line breaks kept as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def page(body: str, lang: str, charset: str = "utf-8", title: str = "") -> str:
    """A bare HTML document."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
        f'content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n</head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{body}\n</body>\n</html>\n"
    )


def ats_card(brand: str, accent: str, body: str, footer: str, lang: str,
             charset: str = "utf-8", button: tuple[str, str] | None = None) -> str:
    """The centred card most applicant-tracking systems send."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{url}" style="background:{accent};'
               f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{esc(label)}</a></td></tr>\n")
    inner = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f5f7">\n<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px;line-height:1.5">\n{body}\n</td></tr>\n'
        f"{btn}"
        '<tr><td style="padding:16px 32px;font-size:11px;color:#777;border-top:1px solid #eee">'
        f"{footer}</td></tr>\n</table>\n</td></tr>\n</table>"
    )
    return page(inner, lang, charset, brand)


def outlook_html(body: str, lang: str, charset: str = "utf-8") -> str:
    """The Word-generated HTML that Outlook sends."""
    ps = body.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{ps}\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n"
    )


def digest(title: str, intro: str, items: list[tuple[str, str, str]], outro: str,
           footer: str, lang: str, accent: str = "#1d5fa8", charset: str = "utf-8") -> str:
    """A newsletter or job-alert layout: a title, an intro, linked items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(name)}</a><br><span style=\"color:#555\">{esc(meta)}</span></td></tr>"
        for name, url, meta in items
    )
    inner = (
        f'<div style="max-width:640px;margin:0 auto">\n'
        f'<h1 style="font-size:20px;color:{accent}">{esc(title)}</h1>\n{intro}\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f"{rows}\n</table>\n{outro}\n"
        f'<p style="font-size:11px;color:#888;margin-top:28px">{footer}</p>\n</div>'
    )
    return page(inner, lang, charset, title)
