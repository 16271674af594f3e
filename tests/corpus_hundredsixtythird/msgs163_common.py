"""Shared pieces of the 163rd corpus: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs163_* modules writes its own words; the helpers here
quote, wrap and frame them (mail-client attribution lines, an ATS card, an Outlook Word-HTML
wrapper, a newsletter frame).
"""

from __future__ import annotations

import html as _html
from collections.abc import Callable

CAND_NAME = "Carmen Quispe-Lindqvist"
CAND_ADDR = "carmen.ql@example.cl"
CAND = (CAND_NAME, CAND_ADDR)


# --- quoting -----------------------------------------------------------------------------

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (depth times), as mail clients do."""
    out = []
    for line in text.strip("\n").split("\n"):
        prefix = ">" * depth
        out.append(f"{prefix} {line}" if line and not line.startswith(">") else f"{prefix}{line}")
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client writes above a quote, in the reader's language."""
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the quoted older message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """New text above an Outlook-style 'From: / Sent:' block and the older message, unquoted."""
    f, s, t, j = _OUTLOOK[lang]
    block = f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}"
    return f"{new.rstrip()}\n\n________________________________\n{block}\n\n{old.strip()}\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """New text above a Gmail-style forwarded block."""
    head, f, d, s, t = _FWD[lang]
    return (f"{new.rstrip()}\n\n{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            f"{old.strip()}\n")


# --- HTML shells -------------------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single newlines are <br>.
    Lines that start with '>' become a blockquote."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ")) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def page(body: str, lang: str = "es", title: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def simple(lang: str = "es") -> Callable[[str], str]:
    """A bare HTML rendering of the message's text (Gmail-like)."""
    def render(text: str) -> str:
        return page(f'<div dir="ltr" style="font-family:Arial,sans-serif">\n{paras(text)}\n'
                    f"</div>", lang)
    return render


def card(brand: str, color: str, lang: str = "es",
         footer: str = "") -> Callable[[str], str]:
    """An applicant-tracking-system card: a coloured header with the brand, the message,
    a grey footer line. The footer words are the message's."""
    def render(text: str) -> str:
        foot = (f'<tr><td style="padding:16px 32px;color:#888;font-size:11px">{esc(footer)}'
                f"</td></tr>") if footer else ""
        body = (
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f5f7"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">\n'
            f'<tr><td style="background:{color};color:#ffffff;padding:20px 32px;'
            f'font-size:20px;font-weight:bold">{esc(brand)}</td></tr>\n'
            f'<tr><td style="padding:24px 32px;font-size:14px;line-height:1.5;color:#222">\n'
            f"{paras(text)}\n</td></tr>\n{foot}\n</table>\n</td></tr></table>"
        )
        return page(body, lang, brand)
    return render


def outlook(lang: str = "es") -> Callable[[str], str]:
    """The Word-HTML that Outlook writes around a message."""
    def render(text: str) -> str:
        inner = paras(text).replace("<p>", '<p class="MsoNormal">')
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
            "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
            "</xml><![endif]-->\n</head>\n"
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f"{inner}\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n"
        )
    return render


def newsletter(brand: str, color: str, items: list[tuple[str, str, str]], intro: str,
               footer: str, lang: str = "es") -> str:
    """A mailing-list HTML frame: brand bar, intro, one block per item (title, text, link),
    footer with the list's own words (unsubscribe and so on)."""
    blocks = "\n".join(
        f'<tr><td style="padding:12px 28px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{color};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(title)}</a>'
        f'<div style="font-size:13px;color:#444;margin-top:4px">{esc(text)}</div></td></tr>'
        for title, text, url in items
    )
    body = (
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef0f3">'
        '<tr><td align="center">\n<table width="620" cellpadding="0" cellspacing="0" '
        'style="background:#fff;font-family:Verdana,Arial,sans-serif">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 28px;font-size:22px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:16px 28px;font-size:14px">{paras(intro)}</td></tr>\n'
        f"{blocks}\n"
        f'<tr><td style="padding:16px 28px;font-size:11px;color:#777">{paras(footer)}'
        f"</td></tr>\n</table>\n</td></tr></table>"
    )
    return page(body, lang, brand)


def newsletter_text(items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [intro.strip(), ""]
    for title, text, url in items:
        lines += [f"* {title}", f"  {text}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
