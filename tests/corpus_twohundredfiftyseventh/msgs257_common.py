# ruff: noqa
"""Shared pieces of corpus 257: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs257_*.py modules writes its own words; nothing here writes a sentence
that says what a message means.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Séraphine Adjovi-Lambert"
CAND_ADDR = "seraphine.al@example.fr"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+33 6 41 27 88 05"

CAND_SIG = {
    "fr": "Séraphine Adjovi-Lambert\n06 41 27 88 05\nLyon 4e",
    "en": "Séraphine Adjovi-Lambert\n+33 6 41 27 88 05\nLyon, France",
    "de": "Séraphine Adjovi-Lambert\nTel. +33 6 41 27 88 05\nLyon, Frankreich",
    "es": "Séraphine Adjovi-Lambert\nTel. +33 6 41 27 88 05\nLyon (Francia)",
}


def quote(text: str) -> str:
    """Prefix every line with '> ' (a bare '>' on empty lines), as mail programs do."""
    return "\n".join("> " + line if line else ">" for line in text.rstrip("\n").split("\n"))


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message; `when` is already localised."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The header block Outlook puts above the earlier message in a reply."""
    names = {
        "fr": ("De", "Envoyé", "À", "Objet"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    sep = " : " if lang == "fr" else ": "
    rows = zip(names, (frm, sent, to, subject), strict=True)
    return "\n".join(f"{label}{sep}{value}" for label, value in rows)


def forward_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The separator and header lines of a forwarded message in a Gmail-like client."""
    title, labels = {
        "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
        "de": ("---------- Weitergeleitete Nachricht ---------",
               ("Von", "Date", "Subject", "To")),
        "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
        "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
    }[lang]
    rows = zip(labels, (frm, date, subject, to), strict=True)
    return title + "\n" + "\n".join(f"{label}: {value}" for label, value in rows)


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, line breaks as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(body: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            f"{body}\n</body>\n</html>\n")


def ats_card(brand: str, body: str, footer: str = "", accent: str = "#2b2b2b",
             lang: str = "fr") -> str:
    """A centred card as applicant-tracking systems send it: brand bar, body, small footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f3f1">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:14px 24px;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px;font:14px/1.5 Helvetica,Arial,sans-serif;color:#333">\n'
        f"{body}\n</td></tr>\n"
        '<tr><td style="padding:12px 24px;font:11px Helvetica,Arial,sans-serif;color:#888">'
        f"{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, color: str = "#2b2b2b") -> str:
    return (f'<p><a href="{url}" style="display:inline-block;background:{color};color:#fff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')


def outlook_html(body: str, lang: str = "FR") -> str:
    """The Word-generated HTML Outlook sends (layout only)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's MsoNormal paragraphs with empty spacer paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter(title: str, items: list[tuple[str, str, str]], intro: str, footer: str,
               lang: str = "fr", accent: str = "#0a4d68") -> str:
    """A digest: a title, an intro, then linked items (heading, url, blurb), then a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{accent};font-weight:bold">{esc(head)}</a><br>'
        f'<span style="color:#555">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Verdana,sans-serif;font-size:13px">\n'
        f'<h1 style="color:{accent};font-size:20px">{esc(title)}</h1>\n'
        f"{paras(intro)}\n<table width=\"100%\">\n{rows}\n</table>\n"
        f'<div style="font-size:11px;color:#999;margin-top:18px">{footer}</div>\n'
        "</body>\n</html>\n"
    )


def digest_text(title: str, items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
