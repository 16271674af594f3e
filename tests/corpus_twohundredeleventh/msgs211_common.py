"""Shared pieces of corpus 211: the candidate, quoting helpers and HTML shells.

Everything here is layout only. Every message in the msgs211_*.py modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Mireia Castellví-Hoang"
CANDIDATE_ADDR = "mireia.ch@example.es"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)
CAND_BARE = ("", CANDIDATE_ADDR)


# --------------------------------------------------------------------------- quoting


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (depth times), as a mail program quotes."""
    out = []
    for line in text.strip("\n").split("\n"):
        prefix = ">" * depth
        out.append(f"{prefix} {line}" if line else prefix)
    return "\n".join(out)


def wrote_en(when: str, name: str, addr: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:"


def escribio_es(when: str, name: str, addr: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:"


def aecrit_fr(when: str, name: str, addr: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :"


def schrieb_de(when: str, name: str, addr: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above a quoted message."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    return "\n".join(
        ["________________________________", f"{f}: {frm}", f"{s}: {sent}", f"{t}: {to}",
         f"{j}: {subject}"]
    )


def forward_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The header a webmail writes above an inline forwarded message."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff",
               "An"),
    }[lang]
    return "\n".join(
        [head[0], f"{head[1]}: {frm}", f"{head[2]}: {date}", f"{head[3]}: {subject}",
         f"{head[4]}: {to}"]
    )


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str, cls: str = "") -> str:
    """Blank-line separated paragraphs as <p> elements; single newlines become <br>."""
    attr = f' class="{cls}"' if cls else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p{attr}>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def button(label: str, url: str, color: str = "#1a73e8") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{color};border-radius:4px;padding:10px 18px">'
            f'<a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
            f"{esc(label)}</a></td></tr></table>")


def html_page(body: str, lang: str = "es", title: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f"<title>{esc(title)}</title>\n</head>\n"
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{body}\n</body>\n</html>\n")


def ats_card(brand: str, body: str, footer: str = "", lang: str = "es",
             color: str = "#2b5797", logo: str = "") -> str:
    """A branded card as applicant-tracking systems send: header bar, white card, grey footer."""
    logo_html = (f'<img src="{logo}" alt="{esc(brand)}" height="28" style="display:block">'
                 if logo else f'<span style="color:#fff;font-size:18px;font-weight:bold">'
                 f"{esc(brand)}</span>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width"></head>\n'
            f'<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" style="padding:24px 8px">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            f'style="background:#ffffff;border-radius:6px">\n'
            f'<tr><td style="background:{color};padding:16px 24px;border-radius:6px 6px 0 0">'
            f"{logo_html}</td></tr>\n"
            f'<tr><td style="padding:24px;font-size:15px;line-height:1.5;color:#1f2937">\n'
            f"{body}\n</td></tr>\n"
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280;'
            f'border-top:1px solid #e5e7eb">{footer}</td></tr>\n'
            f"</table>\n</td></tr></table>\n</body>\n</html>\n")


def outlook_html(body: str, lang: str = "es", charset: str = "utf-8") -> str:
    """The Word-HTML wrapper Outlook writes around a message."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "/* Font Definitions */\n"
        "@font-face {font-family:\"Cambria Math\"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n"
        "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Paragraphs in Outlook's MsoNormal style, with an empty paragraph between them."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    spacer = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return f"\n{spacer}\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
        for b in blocks)


def mso_quote(header_html: str, body_html: str) -> str:
    """An Outlook reply's separator line, the quoted header block and the quoted body."""
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'\n<p class="MsoNormal">{header_html}</p>\n</div>\n{body_html}')


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "es", color: str = "#0f766e") -> str:
    """A digest: a title, an intro, then (heading, text, url) items, then a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{color};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#374151">{esc(text)}</span></td></tr>'
        for head, text, url in items)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="margin:0;background:#ffffff;font-family:Georgia,serif">\n'
            f'<table role="presentation" width="640" align="center" cellpadding="0" '
            f'cellspacing="0">\n<tr><td style="padding:20px;border-bottom:4px solid {color}">'
            f'<h1 style="margin:0;font-size:24px;color:{color}">{esc(title)}</h1></td></tr>\n'
            f'<tr><td style="padding:16px 20px">{paras(intro)}</td></tr>\n'
            f'<tr><td style="padding:0 20px"><table role="presentation" width="100%">\n{rows}\n'
            f"</table></td></tr>\n"
            f'<tr><td style="padding:20px;font-size:11px;color:#6b7280">{footer}</td></tr>\n'
            f"</table>\n</body>\n</html>\n")
