"""Shared pieces for corpus 226: the candidate, quoting helpers and HTML shells.

The shells are layout only; every message in the data modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Renata Vogelsang-Ibáñez"
CAND_ADDR = "renata.vi@example.mx"
CAND = (CAND_NAME, CAND_ADDR)

SIG_ES = "Renata Vogelsang-Ibáñez\nTel. +34 612 48 90 37\nrenata.vi@example.mx"
SIG_EN = "Renata Vogelsang-Ibáñez\n+34 612 48 90 37 | renata.vi@example.mx\nValencia, Spain"
SIG_FR = "Renata Vogelsang-Ibáñez\nTél. : +34 612 48 90 37\nrenata.vi@example.mx"
SIG_DE = "Renata Vogelsang-Ibáñez\nTelefon: +34 612 48 90 37\nE-Mail: renata.vi@example.mx"


# --- quoting -----------------------------------------------------------------------------

def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    return f"On {when}, {name} <{addr}> wrote:"


def quote(text: str, intro: str = "") -> str:
    """Quote `text` with "> " prefixes (nested quotes get ">" only), under an attribution."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    body = "\n".join(out)
    return f"{intro}\n{body}" if intro else body


_OUTLOOK = {
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook "From: / Sent:" block with the earlier message below it (not > quoted)."""
    f, s, t, sub = _OUTLOOK[lang]
    return (f"________________________________\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n"
            f"{sub}: {subject}\n\n{body.strip()}")


_FWD = {
    "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
    "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
    "de": ("---------- Weitergeleitete Nachricht ----------", ("Von", "Datum", "Betreff", "An")),
    "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
}


def forwarded(lang: str, frm: str, when: str, subject: str, to: str, body: str) -> str:
    """A forwarded message block as Gmail writes it."""
    head, (f, d, s, t) = _FWD[lang]
    return f"{head}\n{f}: {frm}\n{d}: {when}\n{s}: {subject}\n{t}: {to}\n\n{body.strip()}"


# --- HTML shells (layout only) -------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs; runs of "> " lines become a blockquote."""
    blocks = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ")) for line in lines)
            blocks.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def simple_html(text: str) -> str:
    return ('<html><head><title></title></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f'{paras(text)}\n</body></html>\n')


def ats_card(text: str, brand: str, accent: str = "#2b6cb0", footer: str = "") -> str:
    """An applicant-tracking-system card: brand bar, white card, grey footer."""
    foot = f'<p style="color:#888;font-size:11px">{esc(footer)}</p>' if footer else ""
    return (
        '<!DOCTYPE html>\n<html><head><title></title></head>\n'
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{accent};padding:18px 24px;color:#fff;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#fff;border-radius:6px;padding:24px;'
        'font:14px/1.5 Helvetica,Arial,sans-serif;color:#222"><tr><td>\n'
        f'{paras(text)}\n</td></tr></table>{foot}</td></tr></table>\n</body></html>\n')


def word_html(text: str) -> str:
    """The Word-generated HTML that Outlook sends."""
    body = "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.strip().split("\n"))
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
        '<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               accent: str = "#0f766e") -> tuple[str, str]:
    """A digest: (text, html) built from the message's own title, items and footer."""
    text_items = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, blurb, url in items)
    text = f"{title}\n\n{intro}\n\n{text_items}\n\n--\n{footer}\n"
    html_items = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f'{esc(head)}</a><br><span style="color:#444">{esc(blurb)}</span></td></tr>'
        for head, blurb, url in items)
    html = (
        '<!DOCTYPE html>\n<html><head><title></title></head>\n'
        '<body style="margin:0;background:#fafafa;font:14px/1.5 Arial,sans-serif">\n'
        '<table role="presentation" width="620" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:16px 20px;font-size:20px">'
        f'{esc(title)}</td></tr>\n'
        f'<tr><td style="padding:16px 20px">{paras(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table role="presentation" width="100%">\n{html_items}\n'
        '</table></td></tr>\n'
        f'<tr><td style="padding:16px 20px;color:#999;font-size:11px">{paras(footer)}</td></tr>\n'
        '</table>\n</body></html>\n')
    return text, html
