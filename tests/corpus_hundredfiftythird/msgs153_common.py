"""Shared pieces of the 153rd corpus: the candidate, quoting helpers and HTML shells.

Layout only. Every message in the msgs153_*.py modules writes its own words; nothing here
decides what a message means.
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Morag Sinclair-Obi"
CANDIDATE_ADDR = "morag.so@example.co.uk"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

ME_SIG_EN = """Morag Sinclair-Obi
Senior Librarian (Information Services)
07700 900 431 | morag.so@example.co.uk"""

ME_SIG_SHORT = "Morag"


def msg(kind: str, slug: str, lang: str, company: str = "", contact: str = "", **spec) -> dict:
    """One message spec: its label fields plus how to build it."""
    return {"kind": kind, "slug": slug, "lang": lang, "company": company,
            "contact": contact, **spec}


def quote(text: str) -> str:
    """Prefix every line with '> ' the way a mail client quotes."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quote, in the client's language; `when` is written by hand."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the earlier text (unquoted)."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    head = "\n".join(f"{label}: {value}" for label, value in zip(labels, (frm, sent, to, subject),
                                                                   strict=True))
    return "________________________________\n" + head + "\n\n" + body.strip("\n")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str, cls: str = "") -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> blocks, line breaks kept."""
    attr = f' class="{cls}"' if cls else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p{attr}>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def plain_html(inner: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><title></title></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{inner}\n'
            "</body>\n</html>\n")


def ats_card(brand: str, accent: str, heading: str, inner: str, footer: str = "",
             lang: str = "en") -> str:
    """A centred card as applicant-tracking systems send: brand bar, heading, text, footer."""
    foot = (f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{footer}</td></tr>'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><title>{esc(brand)}</title></head>\n'
        '<body style="margin:0;background:#f2f3f5">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 24px;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px"><h2 style="font-size:17px;margin:0 0 12px">'
        f"{esc(heading)}</h2>\n{inner}\n</td></tr>\n{foot}\n"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def word_html(inner: str, lang: str = "EN-GB") -> str:
    """The Word-generated HTML wrapper Outlook puts around a message."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "en") -> str:
    """A newsletter / job-alert layout: title, intro, a list of linked items, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(url)}" style="font-weight:bold;color:#1a5276">{esc(head)}</a><br>'
        f'<span style="color:#444">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><title>{esc(title)}</title></head>\n'
        '<body style="font-family:Georgia,serif;background:#fafafa">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td><h1 style="font-size:22px">{esc(title)}</h1><p>{esc(intro)}</p></td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="font-size:11px;color:#888;padding-top:18px">{esc(footer)}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, url, blurb in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{body}\n\n--\n{footer}\n"
