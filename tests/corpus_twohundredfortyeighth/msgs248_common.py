"""Shared pieces of corpus 248: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs248_* modules writes its own words; the helpers here
only indent quotes, draw reply headers and wrap paragraphs in an HTML frame.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Declan Ferreira-Osei"
CAND_ADDR = "declan.fo@example.ie"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG = """Declan Ferreira-Osei
+353 87 412 6630
Galway"""


def M(**spec):
    """One message spec: a plain dict, kept as a function so the data reads like a form."""
    return spec


# ---------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in lines)


_WROTE = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quote."""
    return _WROTE[lang].format(when=when, name=name, addr=addr)


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the old text quoted with '> '."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """An Outlook-style 'From: / Sent:' block followed by the old text, unindented."""
    f, s, t, j = _OUTLOOK[lang]
    sep = " : " if lang == "fr" else ": "
    head = "\n".join([
        "________________________________",
        f"{f}{sep}{frm}",
        f"{s}{sep}{sent}",
        f"{t}{sep}{to}",
        f"{j}{sep}{subject}",
    ])
    return f"{head}\n\n{old.strip()}\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    bar, f, d, s, t = _FWD[lang]
    return f"{bar}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{old.strip()}\n"


# ---------------------------------------------------------------- HTML shells

def paras(text: str) -> str:
    """Plain text to HTML paragraphs; runs of '> ' lines become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_html.escape(line.lstrip(">").lstrip()) for line in lines)
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
        else:
            out.append("<p>" + "<br>\n".join(_html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(text: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{paras(text)}\n</body></html>\n"
    )


def ats_card(brand: str, accent: str, text: str, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "en") -> str:
    """A vendor-style card: coloured bar with the brand, the words, an optional button."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{accent};border-radius:4px;padding:10px 18px">'
            f'<a href="{_html.escape(url)}" style="color:#fff;text-decoration:none;'
            f'font-weight:bold">{_html.escape(label)}</a></td></tr></table>\n'
        )
    foot = ""
    if footer:
        foot = (
            '<tr><td style="padding:14px 24px;font-size:11px;color:#888">'
            f"{paras(footer)}</td></tr>\n"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:16px 24px;font-size:18px">'
        f"{_html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px">\n{paras(text)}\n{btn}</td></tr>\n'
        f"{foot}</table>\n</td></tr></table>\n</body></html>\n"
    )


def word_html(text: str, lang: str = "en") -> str:
    """The HTML Outlook writes from Word: MsoNormal paragraphs and empty o:p tags."""
    body = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            body.append(f'<p class="MsoNormal">{_html.escape(line) or "&nbsp;"}<o:p></o:p></p>')
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;} --></style></head>\n"
        f'<body lang="{lang.upper()}-IE" link="#0563C1" vlink="#954F72">'
        '<div class="WordSection1">\n' + "\n".join(body) + "\n</div></body></html>\n"
    )


def digest_html(title: str, items: list[tuple[str, str, str]], intro: str, outro: str,
                lang: str = "en") -> str:
    """A newsletter / alert: intro, a list of (headline, blurb, url), outro."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{_html.escape(url)}" style="font-weight:bold;color:#0b5">'
        f"{_html.escape(head)}</a><br><span>{_html.escape(blurb)}</span></td></tr>"
        for head, blurb, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_html.escape(title)}</title></head>\n"
        '<body style="font-family:Georgia,serif;background:#fafafa">\n'
        f"<h1 style=\"font-size:20px\">{_html.escape(title)}</h1>\n{paras(intro)}\n"
        f'<table role="presentation" width="100%">\n{rows}\n</table>\n{paras(outro)}\n'
        "</body></html>\n"
    )


def digest_text(title: str, items: list[tuple[str, str, str]], intro: str, outro: str) -> str:
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, blurb, url in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro.strip()}\n\n{body}\n\n{outro.strip()}\n"
