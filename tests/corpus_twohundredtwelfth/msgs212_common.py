"""Shared pieces for corpus 212: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs212_* modules writes its own words; what lives here is the frame a
mail program or an ATS puts around them.
"""

from __future__ import annotations

import html
import textwrap

ME_NAME = "Ferdinand Osei-Lindqvist"
ME_ADDR = "ferdinand.ol@example.de"
ME = (ME_NAME, ME_ADDR)


def body(text: str) -> str:
    """A hand-written body: dedented, without the leading newline, ending in one newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way a mail program does ('>' alone on empty lines)."""
    lines = text.rstrip("\n").split("\n")
    out = []
    for line in lines:
        if line.strip():
            out.append(prefix + line)
        else:
            out.append(prefix.rstrip())
    return "\n".join(out) + "\n"


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quote, as each language's mail program writes it."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The 'From: / Sent:' block Outlook puts above the message it replies to (not quoted)."""
    f, s, t, su = _OUTLOOK[lang]
    sep = " :" if lang == "fr" else ":"
    return (
        "________________________________\n"
        f"{f}{sep} {frm}\n{s}{sep} {sent}\n{t}{sep} {to}\n{su}{sep} {subject}\n"
    )


_FORWARD = {
    "en": "---------- Forwarded message ---------",
    "de": "-------- Weitergeleitete Nachricht --------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The header block a mail program writes above a forwarded message."""
    f, d, s, t = _FWD_FIELDS[lang]
    return f"{_FORWARD[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n"


def sig_block(*lines: str) -> str:
    """A signature under the usual '-- ' separator."""
    return "-- \n" + "\n".join(lines) + "\n"


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single newlines become <br>.
    Lines starting with '>' become a blockquote."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       f"{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


def plain_html(inner: str, lang: str = "en") -> str:
    """A bare HTML document as a webmail client sends it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n</body></html>\n')


def ats_card(brand: str, color: str, inner: str, footer: str, lang: str = "en") -> str:
    """An ATS notification: a coloured bar with the employer's name, a white card, a grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>\n'
        f'<div style="background:{color};color:#fff;padding:18px 24px;font-size:20px">'
        f"{html.escape(brand)}</div>\n"
        '<div style="background:#fff;margin:16px auto;max-width:560px;padding:24px;'
        'border-radius:6px;color:#1f2937;line-height:1.5">\n'
        f"{inner}\n</div>\n"
        '<div style="color:#6b7280;font-size:11px;text-align:center;padding:12px">'
        f"{footer}</div>\n</td></tr></table>\n</body></html>\n"
    )


def button(label: str, url: str, color: str = "#2563eb") -> str:
    """A call-to-action link styled as a button."""
    return (f'<p><a href="{html.escape(url)}" style="background:{color};color:#fff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{html.escape(label)}</a></p>')


def outlook_html(inner: str, lang: str = "de") -> str:
    """The Word-generated HTML Outlook sends: Office namespaces, MsoNormal paragraphs."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body></html>\n'
    )


def mso(text: str) -> str:
    """Plain text as Outlook's MsoNormal paragraphs (an empty line becomes &nbsp;)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        shown = html.escape(line) if line.strip() else "&nbsp;"
        out.append(f'<p class="MsoNormal">{shown}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "de", color: str = "#0f766e") -> str:
    """A digest: a heading, an intro line, one block per item (title, line, link), a footer."""
    blocks = []
    for head, line, url in items:
        blocks.append(
            '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
            f'<a href="{html.escape(url)}" style="color:{color};font-weight:bold;font-size:15px">'
            f"{html.escape(head)}</a><br>"
            f'<span style="color:#374151;font-size:13px">{html.escape(line)}</span></td></tr>'
        )
    rows = "\n".join(blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n"
        '<body style="background:#fafafa;font-family:Verdana,sans-serif">\n'
        '<table width="600" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff;padding:20px">\n'
        f'<tr><td><h1 style="color:{color};font-size:22px">{html.escape(title)}</h1>'
        f"<p>{html.escape(intro)}</p></td></tr>\n{rows}\n"
        f'<tr><td style="font-size:11px;color:#6b7280;padding-top:18px">{html.escape(footer)}'
        "</td></tr>\n"
        "</table></body></html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, line, url in items:
        lines += [f"* {head}", f"  {line}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
