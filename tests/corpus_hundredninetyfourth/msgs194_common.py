"""Shared pieces for corpus 194: the candidate, quoting helpers and HTML shells.

Layout only. Every message in the msgs194_* modules writes its own words; the helpers here
just quote them, wrap them in an attribution line or put them in an HTML frame.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Maximilian Oduya-Perrin"
CANDIDATE_ADDR = "maximilian.op@example.de"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signatures, one per language he writes in.
SIG_DE = (
    "Maximilian Oduya-Perrin\n"
    "Tischlergeselle, CAD-Zeichner in Weiterbildung\n"
    "Günterstalstraße 41, 79100 Freiburg im Breisgau\n"
    "+49 170 5550148"
)
SIG_FR = (
    "Maximilian Oduya-Perrin\n"
    "Menuisier, dessinateur DAO en reconversion\n"
    "Freiburg im Breisgau (Allemagne) - +49 170 5550148"
)
SIG_EN = (
    "Maximilian Oduya-Perrin\n"
    "Joiner moving into CAD drafting\n"
    "Freiburg, Germany | +49 170 5550148"
)
SIG_ES = (
    "Maximilian Oduya-Perrin\n"
    "Carpintero y delineante CAD\n"
    "Friburgo (Alemania) · +49 170 5550148"
)


def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text with a reply prefix (an empty line gets a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def said(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style quoted block (no '>' prefixes, a From/Sent header block instead)."""
    if lang == "de":
        head = (f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {sent}\n"
                f"An: {to}\nBetreff: {subject}")
    elif lang == "fr":
        head = f"De : {frm}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subject}"
    elif lang == "es":
        head = f"De: {frm}\nEnviado el: {sent}\nPara: {to}\nAsunto: {subject}"
    else:
        head = f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}"
    return "_" * 32 + "\n" + head + "\n\n" + body.strip("\n")


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded-message block as Gmail-like programs write it."""
    labels = {
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    }[lang]
    return (f"{labels[0]}\n{labels[1]}: {frm}\n{labels[2]}: {date}\n{labels[3]}: {subject}\n"
            f"{labels[4]}: {to}\n\n{body.strip(chr(10))}")


_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def to_html(text: str) -> str:
    """Plain text as HTML paragraphs; runs of '>' lines become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[1:].lstrip(" ") if line.startswith("> ") else line[1:]
                              for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n' + to_html(inner) + "\n</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_inline(line) for line in lines) + "</p>")
    return "\n".join(out)


def plain_shell(body_html: str) -> str:
    """A bare HTML document, as webmail programs send it."""
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f'<div dir="ltr">\n{body_html}\n</div>\n</body>\n</html>\n')


def card_shell(brand: str, accent: str, body_html: str, footer: str = "") -> str:
    """An applicant-tracking-system card: coloured top bar, white card, grey footer."""
    foot = (f'<tr><td style="padding:16px 32px;color:#888;font-size:11px">'
            f'{_inline(footer)}</td></tr>\n') if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>"
        f"{html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f4f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{accent};height:6px"></td></tr>\n'
        '<tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" style="background:#fff;border-radius:6px">\n'
        f'<tr><td style="padding:24px 32px 0;font:bold 18px Helvetica,Arial;color:{accent}">'
        f"{html.escape(brand)}</td></tr>\n"
        '<tr><td style="padding:16px 32px;font:14px/1.5 Helvetica,Arial;color:#222">\n'
        f"{body_html}\n</td></tr>\n{foot}"
        "</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def word_shell(body_html: str) -> str:
    """The Word-generated HTML an Outlook desktop client sends."""
    body = body_html.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def digest_shell(title: str, intro_html: str, items: list[tuple[str, str, str]],
                 footer: str) -> str:
    """A newsletter / job-alert layout: a title, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font-weight:bold;color:#1a4d8f">{html.escape(head)}</a><br>'
        f'<span style="color:#444">{html.escape(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
        '<body style="font-family:Verdana,sans-serif;font-size:13px;background:#fafafa">\n'
        '<table width="640" align="center" style="background:#fff;padding:20px">\n'
        f'<tr><td><h1 style="font-size:20px">{html.escape(title)}</h1>\n{intro_html}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="font-size:11px;color:#999;padding-top:18px">{_inline(footer)}'
        "</td></tr>\n</table>\n</body>\n</html>\n"
    )
