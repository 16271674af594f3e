"""Shared pieces for corpus 188: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs188_* modules writes its own words; the helpers here
put those words into a reply chain, an Outlook block, an ATS card or a newsletter table.
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Baptiste Keller-Ouattara"
CANDIDATE_ADDR = "baptiste.ko@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature, as he writes it in French, English, German and Spanish mail.
SIG_FR = "Baptiste Keller-Ouattara\n06 41 27 88 19\nLille"
SIG_EN = "Baptiste Keller-Ouattara\n+33 6 41 27 88 19\nLille, France"
SIG_DE = "Baptiste Keller-Ouattara\n+33 6 41 27 88 19\nLille, Frankreich"
SIG_ES = "Baptiste Keller-Ouattara\n+33 6 41 27 88 19\nLille, Francia"


def quote(text: str) -> str:
    """Every line of text prefixed the way mail programs quote ("> ", bare ">" on blank lines)."""
    lines = text.strip("\n").split("\n")
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    if lang == "en":
        return f"On {when}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"Le {when}, {name} <{addr}> a écrit :"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text on top, then the attribution and the quoted older message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style header block ("From: / Sent: / To: / Subject:") above an older body."""
    f, s, t, subj = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    return (
        "________________________________\n"
        f"{f}{sep}{frm}\n{s}{sep}{sent}\n{t}{sep}{to}\n{subj}{sep}{subject}\n\n{body.strip()}\n"
    )


_FORWARD_LINES = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded message as Gmail writes it inline."""
    head, f, d, s, t = _FORWARD_LINES[lang]
    sep = " : " if lang == "fr" else ": "
    return f"{head}\n{f}{sep}{frm}\n{d}{sep}{date}\n{s}{sep}{subject}\n{t}{sep}{to}\n\n{body.strip()}\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paras(text: str) -> str:
    """Plain paragraphs as HTML: blank lines split <p>, single newlines become <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def plain_html(body_html: str, lang: str = "fr") -> str:
    """What a webmail sends as the HTML half of an ordinary message."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
        f"{body_html}\n</div></body></html>\n"
    )


def button(label: str, url: str, color: str = "#1a73e8") -> str:
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
        f'<td style="background:{color};border-radius:4px;padding:10px 18px">'
        f'<a href="{esc(url)}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
        f"{esc(label)}</a></td></tr></table>"
    )


def ats_card(brand: str, color: str, body_html: str, footer_html: str, lang: str = "fr") -> str:
    """The centred card most applicant-tracking systems send: a coloured band, a white body."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 28px;font:14px/1.5 Helvetica,Arial,sans-serif;'
        f'color:#222222">\n{body_html}\n</td></tr>\n'
        '<tr><td style="padding:14px 28px;font:11px Helvetica,Arial,sans-serif;'
        f'color:#777777;border-top:1px solid #e5e7eb">{footer_html}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(body_text: str, lang: str = "fr") -> str:
    """Outlook's Word-generated HTML around plain paragraphs (MsoNormal, o:p, WordSection1)."""
    blocks = [b for b in body_text.strip().split("\n\n") if b.strip()]
    inner = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.split("\n")) + "<o:p></o:p></p>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for b in blocks
    )
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
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body></html>\n'
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "fr", color: str = "#0f766e") -> str:
    """A digest: a heading, an intro paragraph and one row per (title, url, blurb) item."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(name)}</a><br>"
        f'<span style="color:#444444">{esc(blurb)}</span></td></tr>'
        for name, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#ffffff;font:14px/1.5 Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="padding:20px 0;font-size:22px;font-weight:bold;color:{color}">'
        f"{esc(title)}</td></tr>\n"
        f"<tr><td>{paras(intro)}</td></tr>\n{rows}\n"
        f'<tr><td style="padding:18px 0;font-size:11px;color:#888888">{footer}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain half of the same digest."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for name, url, blurb in items:
        lines += [f"* {name}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
