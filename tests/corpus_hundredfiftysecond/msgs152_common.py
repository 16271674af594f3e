# ruff: noqa
"""Shared pieces of corpus 152: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs152_* modules writes its own words; the helpers here
just put those words into a reply chain, an ATS card, an Outlook Word-HTML page or a
newsletter frame.
"""

from __future__ import annotations

import html as _html

CANDIDATE = ("Yanis Haddad-Lefort", "yanis.hl@example.fr")
CANDIDATE_ADDR = CANDIDATE[1]


# --------------------------------------------------------------------------- plain-text chains

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line of text with '> ' (repeated depth times)."""
    prefix = ">" * depth
    lines = text.strip("\n").split("\n")
    return "\n".join(f"{prefix} {line}" if line else prefix for line in lines)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client writes above a quoted message."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the quoted older message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the older body (not quoted)."""
    if lang == "fr":
        head = f"De : {sender}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subject}"
    elif lang == "de":
        head = f"Von: {sender}\nGesendet: {sent}\nAn: {to}\nBetreff: {subject}"
    elif lang == "es":
        head = f"De: {sender}\nEnviado el: {sent}\nPara: {to}\nAsunto: {subject}"
    else:
        head = f"From: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subject}"
    return f"________________________________\n{head}\n\n{body.strip()}\n"


def forwarded(lang: str, sender: str, date: str, to: str, subject: str, body: str) -> str:
    """A forwarded-message block as Gmail-like clients write it."""
    if lang == "fr":
        head = (f"---------- Message transféré ---------\nDe : {sender}\nDate : {date}\n"
                f"Objet : {subject}\nÀ : {to}")
    elif lang == "de":
        head = (f"---------- Weitergeleitete Nachricht ---------\nVon: {sender}\nDatum: {date}\n"
                f"Betreff: {subject}\nAn: {to}")
    elif lang == "es":
        head = (f"---------- Mensaje reenviado ---------\nDe: {sender}\nFecha: {date}\n"
                f"Asunto: {subject}\nPara: {to}")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {date}\n"
                f"Subject: {subject}\nTo: {to}")
    return f"{head}\n\n{body.strip()}\n"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, line breaks as <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def html_quote(inner_html: str) -> str:
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            f"{inner_html}\n</blockquote>")


def page(inner_html: str, lang: str = "fr") -> str:
    """A bare HTML document around a body."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner_html}\n'
            "</body>\n</html>\n")


def ats_card(brand: str, inner_html: str, footer_html: str = "", color: str = "#1f4e79",
             lang: str = "fr") -> str:
    """An ATS notification card: coloured brand bar, white card, grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f4f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};padding:18px 24px;color:#fff;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#fff;border-radius:6px;padding:24px;font:14px/1.5 Arial,sans-serif">'
        f"<tr><td>\n{inner_html}\n</td></tr></table></td></tr>\n"
        '<tr><td style="padding:12px 24px;color:#777;font:11px Arial,sans-serif">'
        f"{footer_html}</td></tr>\n</table>\n</body>\n</html>\n"
    )


def outlook_html(inner_html: str, lang: str = "fr") -> str:
    """The Word-HTML wrapper Outlook puts around a message."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs, with empty spacer paragraphs."""
    out = []
    for block in text.strip().split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter(brand: str, intro_html: str, items: list[tuple[str, str, str]],
               footer_html: str, lang: str = "fr", color: str = "#0b6e4f") -> str:
    """A digest: brand header, intro, a list of (title, url, blurb) items, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(title)}</a><br><span style=\"color:#444\">{esc(blurb)}</span></td></tr>"
        for title, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font:14px/1.5 Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 20px;font-size:20px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:16px 20px">{intro_html}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table role="presentation" width="100%">\n{rows}\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:16px 20px;color:#888;font-size:11px">{footer_html}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def digest_text(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of a newsletter's item list."""
    return "\n\n".join(f"* {title}\n  {blurb}\n  {url}" for title, url, blurb in items)
