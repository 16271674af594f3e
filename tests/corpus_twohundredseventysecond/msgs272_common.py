"""Shared pieces for corpus 272: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs272_* modules writes its own words.
"""

from __future__ import annotations

from html import escape

CANDIDATE_NAME = "Rocío Bianchi-Mendoza"
CANDIDATE = "rocio.bm@example.es"
ME = (CANDIDATE_NAME, CANDIDATE)

# The candidate's own signatures, one per language she writes in.
SIG = {
    "es": "Rocío Bianchi-Mendoza\nTel. 612 48 90 37\nZaragoza",
    "en": "Rocío Bianchi-Mendoza\n+34 612 48 90 37\nZaragoza, Spain",
    "fr": "Rocío Bianchi-Mendoza\n+34 6 12 48 90 37\nZaragoza (Espagne)",
    "de": "Rocío Bianchi-Mendoza\nTel. +34 612 48 90 37\nZaragoza, Spanien",
}


def quote(text: str) -> str:
    """Prefix every line with '> ' (or '>' when the line is already quoted or empty)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


ATTRIBUTION = {
    "es": "El {when}, {name} <{addr}> escribió:",
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
}


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """A bottom-quoted reply: new text, an attribution line, the quoted old text."""
    head = ATTRIBUTION[lang].format(when=when, name=name, addr=addr)
    return new.rstrip("\n") + "\n\n" + head + "\n" + quote(old)


OUTLOOK_LABELS = {
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style original-message block (not '>' quoted)."""
    lf, ls, lt, lsub = OUTLOOK_LABELS[lang]
    return (
        "\n________________________________\n"
        f"{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n{lsub}: {subject}\n\n" + body.rstrip("\n") + "\n"
    )


FORWARD_LABELS = {
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
}


def forward_block(lang: str, frm: str, when: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forwarded message."""
    title, lf, ld, ls, lt = FORWARD_LABELS[lang]
    return (
        f"{title}\n{lf}: {frm}\n{ld}: {when}\n{ls}: {subject}\n{lt}: {to}\n\n"
        + body.rstrip("\n") + "\n"
    )


def text_to_html(text: str) -> str:
    """Plain text to simple HTML: paragraphs, <br> inside them, '>' runs as blockquotes."""
    blocks: list[str] = []
    para: list[str] = []
    quoted: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quoted:
            inner = "\n".join(x[1:].lstrip(" ") if x.startswith(">") else x for x in quoted)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          'padding-left:1ex">' + text_to_html(inner) + "</blockquote>")
            quoted.clear()

    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            flush_para()
            quoted.append(line)
            continue
        flush_quote()
        if line.strip():
            para.append(line)
        else:
            flush_para()
    flush_para()
    flush_quote()
    return "\n".join(blocks)


def basic_html(text: str, lang: str = "es") -> str:
    """A mail client's minimal HTML rendering of plain text."""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{text_to_html(text)}\n</body></html>\n")


def ats_card(brand: str, color: str, heading: str, text: str, footer: str,
             lang: str = "es", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system notification card."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{escape(url)}" '
               f'style="background:{color};color:#fff;padding:10px 18px;border-radius:4px;'
               f'text-decoration:none;display:inline-block">{escape(label)}</a></td></tr>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(heading)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{escape(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 8px;font-size:20px;color:#111">{escape(heading)}'
        "</td></tr>\n"
        f'<tr><td style="padding:8px 32px;font-size:15px;line-height:1.5;color:#333">\n'
        f"{text_to_html(text)}\n</td></tr>\n{btn}"
        f'<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">'
        f"{escape(footer)}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "es") -> str:
    """A Word-generated (Outlook) HTML body: MsoNormal paragraphs, one per line."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("________________________________"):
            rows.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                        'padding:3.0pt 0cm 0cm 0cm"></div>')
            continue
        content = escape(line) if line.strip() else "&nbsp;"
        rows.append(f"<p class=MsoNormal>{content}<o:p></o:p></p>")
    body = "\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n--></style></head>\n"
        f'<body lang={lang.upper()} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        f"\n<div class=WordSection1>\n{body}\n</div>\n</body></html>\n"
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "es", color: str = "#1f4e79") -> str:
    """A digest/newsletter: a title, an intro and a list of linked items."""
    cells = []
    for heading, url, blurb in items:
        cells.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e5e5">'
            f'<a href="{escape(url)}" style="color:{color};font-size:16px;font-weight:bold;'
            f'text-decoration:none">{escape(heading)}</a>'
            f'<div style="font-size:13px;color:#444;margin-top:4px">{escape(blurb)}</div>'
            "</td></tr>"
        )
    rows = "\n".join(cells)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head>\n"
        '<body style="margin:0;background:#eef1f5;font-family:Verdana,Arial,sans-serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:22px">'
        f"{escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:14px;color:#222">{text_to_html(intro)}'
        "</td></tr>\n"
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{text_to_html(footer)}'
        "</td></tr>\n</table>\n</body></html>\n"
    )


def items_to_text(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of a newsletter item list."""
    return "\n".join(f"* {h}\n  {b}\n  {u}\n" for h, u, b in items)
