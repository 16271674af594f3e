"""Shared helpers for corpus 282: the candidate, quoting helpers and HTML shells.

Layout only: every message writes its own words in the msgs282_* data modules.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Magnus Achterberg-Nwosu"
CAND = "magnus.an@example.de"
CAND_PHONE = "+49 170 5550182"
ME = (CAND_NAME, CAND)

CAND_SIG_DE = (
    "Magnus Achterberg-Nwosu\n"
    "Am Lagerstieg 7, 28309 Bremen\n"
    "Mobil: 0170 5550182"
)
CAND_SIG_EN = "Magnus Achterberg-Nwosu\nBremen, Germany\n+49 170 5550182"


def spec(**fields: object) -> dict:
    """One hand-written message: the generator reads these keys (see make_*.py)."""
    return dict(fields)


# ---------------------------------------------------------------- quoting


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line as a mail program does ("> " lines, bare ">" for empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def on_wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quote, in the reply's language."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, cc: str = "") -> str:
    """The Outlook "From: / Sent:" header block above an earlier message."""
    labels = {
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
        "en": ("From", "Sent", "To", "Cc", "Subject"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    }[lang]
    lines = [
        "________________________________",
        f"{labels[0]}: {frm}",
        f"{labels[1]}: {sent}",
        f"{labels[2]}: {to}",
    ]
    if cc:
        lines.append(f"{labels[3]}: {cc}")
    lines.append(f"{labels[4]}: {subject}")
    return "\n".join(lines)


def forward_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The header block of an inline forward."""
    if lang == "de":
        head = "---------- Weitergeleitete Nachricht ---------"
        return f"{head}\nVon: {frm}\nDatum: {date}\nBetreff: {subject}\nAn: {to}"
    if lang == "fr":
        head = "---------- Message transféré ---------"
        return f"{head}\nDe : {frm}\nDate : {date}\nObjet : {subject}\nÀ : {to}"
    if lang == "es":
        head = "---------- Mensaje reenviado ---------"
        return f"{head}\nDe: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}"
    head = "---------- Forwarded message ---------"
    return f"{head}\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}"


# ---------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def paras(text: str, cls: str = "") -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, newlines become <br>."""
    attr = f' class="{cls}"' if cls else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(
        f"<p{attr}>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>" for b in blocks
    )


def html_page(body: str, title: str = "", style: str = "") -> str:
    """A plain HTML document around a body."""
    css = f"<style>{style}</style>" if style else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)}</title>{css}</head>\n<body>\n{body}\n</body></html>\n"
    )


def ats_card(brand: str, color: str, body: str, footer: str = "", logo_url: str = "") -> str:
    """An ATS notification card: a coloured banner, a white box, a grey footer."""
    logo = f'<img src="{esc(logo_url)}" alt="{esc(brand)}" height="32">' if logo_url else esc(brand)
    return (
        "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\"></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{color};padding:18px 24px;color:#ffffff;font-size:18px">'
        f"{logo}</td></tr>\n"
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#ffffff;border-radius:6px;padding:24px;font-size:14px;color:#222">'
        f"<tr><td>\n{body}\n</td></tr></table></td></tr>\n"
        '<tr><td style="padding:12px 24px;color:#6b7280;font-size:11px">'
        f"{footer}</td></tr>\n</table>\n</body></html>\n"
    )


def button(label: str, url: str, color: str = "#1f6feb") -> str:
    return (
        f'<p><a href="{esc(url)}" style="background:{color};color:#fff;padding:10px 18px;'
        f'text-decoration:none;border-radius:4px;display:inline-block">{esc(label)}</a></p>'
    )


def outlook_html(body: str, lang: str = "de") -> str:
    """The Word-HTML wrapper Outlook puts around a message (MsoNormal paragraphs)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.E-MailFormatvorlage17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        "</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain text as Outlook MsoNormal paragraphs (one per line, empty line = spacer)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def blockquote(inner: str) -> str:
    return (
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
        f"\n{inner}\n</blockquote>"
    )


def news_html(brand: str, color: str, intro: str, items: list[tuple[str, str, str]],
              footer: str) -> str:
    """A newsletter / job-alert digest: intro, a list of linked items, an unsubscribe footer."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="font-size:15px;color:{color};font-weight:bold">'
        f"{esc(title)}</a><br><span style=\"color:#444\">{esc(blurb)}</span></td></tr>"
        for title, url, blurb in items
    )
    body = (
        f"{paras(intro)}\n<table role=\"presentation\" width=\"100%\">\n{rows}\n</table>"
    )
    return ats_card(brand, color, body, footer)


def news_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of a digest."""
    lines = [intro.strip(), ""]
    for title, url, blurb in items:
        lines += [f"* {title}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
