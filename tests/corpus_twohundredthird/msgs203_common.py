"""Shared pieces of corpus 203: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs203_* modules writes its own words; the helpers here
wrap them (quote a previous mail, put paragraphs into an Outlook or ATS HTML shell).
"""

from __future__ import annotations

import html

CAND_NAME = "Henrike Sall-Domínguez"
CAND_ADDR = "henrike.sd@example.de"
CAND = (CAND_NAME, CAND_ADDR)

# Her own signatures, one per language she writes in.
SIG_DE = """Henrike Sall-Domínguez
Zahnmedizinische Fachangestellte
Gohliser Straße 18, 04155 Leipzig
Tel. +49 341 5550 2187"""

SIG_EN = """Henrike Sall-Domínguez
Leipzig, Germany
+49 341 5550 2187"""

SIG_FR = """Henrike Sall-Domínguez
Leipzig (Allemagne)
+49 341 5550 2187"""

SIG_ES = """Henrike Sall-Domínguez
Leipzig (Alemania)
+49 341 5550 2187"""


# ---------------------------------------------------------------- plain-text quoting


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (or '>> ' ... for deeper levels)."""
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.strip("\n").split("\n"))


def reply_block(attribution: str, text: str, depth: int = 1) -> str:
    """An 'On ... wrote:' line followed by the quoted text."""
    return f"{attribution}\n{quote(text, depth)}"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style unquoted header block ('From: / Sent: / To: / Subject:') and body."""
    f, s, t, sub = OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    head = f"{f}{sep} {frm}\n{s}{sep} {sent}\n{t}{sep} {to}\n{sub}{sep} {subject}"
    return f"________________________________\n{head}\n\n{body.strip()}"


FORWARD_LINES = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}

FORWARD_LABELS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    f, d, s, t = FORWARD_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    return (f"{FORWARD_LINES[lang]}\n{f}{sep} {frm}\n{d}{sep} {date}\n{s}{sep} {subject}\n"
            f"{t}{sep} {to}\n\n{body.strip()}")


# ---------------------------------------------------------------- HTML layout


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def a(url: str, label: str) -> str:
    return f'<a href="{html.escape(url)}">{esc(label)}</a>'


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def html_quote(inner_html: str) -> str:
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">\n{inner_html}\n</blockquote>')


def simple_html(body_html: str, lang: str = "de") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{body_html}\n</body></html>\n")


def mso_paras(text: str) -> str:
    """Lines as Word 'MsoNormal' paragraphs, empty lines as &nbsp; paragraphs."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def mso_header(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    f, s, t, sub = OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'\n<p class="MsoNormal"><b>{f}{sep}</b> {esc(frm)}<br>\n<b>{s}{sep}</b> {esc(sent)}'
            f'<br>\n<b>{t}{sep}</b> {esc(to)}<br>\n<b>{sub}{sep}</b> {esc(subject)}'
            "<o:p></o:p></p>\n</div>")


def outlook_html(body_html: str, lang: str = "de-DE", charset: str = "utf-8") -> str:
    """A Word-generated HTML document as Outlook sends it."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#0563C1; text-decoration:underline;}}
span.E-MailFormatvorlage17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
</div>
</body>
</html>
"""


def ats_card(brand: str, heading: str, body_html: str, footer_html: str,
             color: str = "#1f6f8b", lang: str = "de") -> str:
    """A centred card as applicant-tracking systems send it."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(heading)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{color};color:#ffffff;padding:18px 28px;font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>
<tr><td style="padding:28px;font:14px/1.55 Arial,sans-serif;color:#1f2937">
<h1 style="font-size:18px;margin:0 0 16px 0">{esc(heading)}</h1>
{body_html}
</td></tr>
<tr><td style="padding:16px 28px;font:11px/1.4 Arial,sans-serif;color:#6b7280;border-top:1px solid #e5e7eb">
{footer_html}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def newsletter_html(masthead: str, intro_html: str, items: list[tuple[str, str, str]],
                    footer_html: str, color: str = "#0b5563", lang: str = "de") -> str:
    """A list newsletter: masthead, intro, linked items, footer with unsubscribe."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{html.escape(url)}" style="font-weight:bold;color:{color}">{esc(title)}</a>'
        f'<br><span style="color:#444">{esc(blurb)}</span></td></tr>'
        for title, url, blurb in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(masthead)}</title></head>
<body style="margin:0;background:#fafafa;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;padding:0 24px">
<tr><td style="background:{color};color:#fff;font-size:22px;padding:16px 24px">{esc(masthead)}</td></tr>
<tr><td style="padding:16px 0">{intro_html}</td></tr>
{rows}
<tr><td style="padding:20px 0;font-size:11px;color:#888">{footer_html}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def items_text(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of newsletter items: title, blurb, link."""
    return "\n\n".join(f"* {title}\n  {blurb}\n  {url}" for title, url, blurb in items)
