"""Shared pieces for corpus 279: the candidate, quoting helpers and HTML shells.

Everything here is layout or plumbing; every message writes its own words in the
msgs279_*.py modules.
"""

from __future__ import annotations

import html

CAND_NAME = "Sibylle Akande-Rossi"
CAND_ADDR = "sibylle.ar@example.ch"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG_DE = """Freundliche Grüsse
Sibylle Akande-Rossi
Elsässerstrasse 118, 4056 Basel
+41 79 482 16 07"""

CAND_SIG_FR = """Meilleures salutations,
Sibylle Akande-Rossi
Elsässerstrasse 118, 4056 Bâle
+41 79 482 16 07"""

CAND_SIG_EN = """Kind regards,
Sibylle Akande-Rossi
Basel, Switzerland | +41 79 482 16 07"""

CAND_SIG_ES = """Un saludo cordial,
Sibylle Akande-Rossi
Basilea (Suiza) · +41 79 482 16 07"""


# --------------------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text (an empty line gets a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix + line if line else prefix.rstrip())
    return "\n".join(out)


_ATTRIBUTION = {
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
    "en": "On {when}, {name} <{addr}> wrote:",
}


def reply_quote(lang: str, when: str, who: tuple[str, str], text: str) -> str:
    """A mail-client style attribution line followed by the quoted text."""
    head = _ATTRIBUTION[lang].format(when=when, name=who[0], addr=who[1])
    return head + "\n" + quote(text)


_OUTLOOK = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "en": ("From", "Sent", "To", "Subject"),
}


def outlook_block(lang: str, who: tuple[str, str], sent: str, to: tuple[str, str],
                  subject: str, text: str) -> str:
    """An Outlook style 'From: / Sent:' header block followed by the unquoted old text."""
    f, s, t, subj = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {who[0]} <{who[1]}>\n"
        f"{s}: {sent}\n"
        f"{t}: {to[0]} <{to[1]}>\n"
        f"{subj}: {subject}\n\n"
        + text.strip("\n")
    )


_FORWARD = {
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
    "en": "---------- Forwarded message ---------",
}
_FORWARD_FIELDS = {
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
    "en": ("From", "Date", "Subject", "To"),
}


def forwarded(lang: str, who: tuple[str, str], when: str, subject: str,
              to: tuple[str, str], text: str) -> str:
    """A Gmail style inline forward block."""
    f, d, s, t = _FORWARD_FIELDS[lang]
    return (
        _FORWARD[lang] + "\n"
        f"{f}: {who[0]} <{who[1]}>\n"
        f"{d}: {when}\n"
        f"{s}: {subject}\n"
        f"{t}: {to[0]} <{to[1]}>\n\n"
        + text.strip("\n")
    )


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paragraphs(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append(p_open + "<br>\n".join(esc(line) for line in lines) + p_close)
    return "\n".join(out)


def simple_html(text: str, lang: str = "de") -> str:
    """A bare mail-client HTML body."""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{paragraphs(text)}\n</body></html>\n")


def ats_card(brand: str, colour: str, text: str, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "de") -> str:
    """An applicant-tracking-system card: brand bar, white card, optional button, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{esc(url)}" style="background:{colour};'
               'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{esc(label)}</a></p>\n")
    foot = ""
    if footer:
        foot = ('<tr><td style="padding:16px 32px;color:#888;font-size:11px">'
                f"{paragraphs(footer)}</td></tr>\n")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:14px 32px;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        '<tr><td style="background:#fff;padding:24px 32px;font-size:14px;color:#222">\n'
        f"{paragraphs(text)}\n{btn}</td></tr>\n{foot}</table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "de") -> str:
    """The Word-generated HTML that Outlook sends: MsoNormal paragraphs and <o:p> tags."""
    body = paragraphs(text, '<p class="MsoNormal">', "<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body></html>\n'
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                colour: str = "#0b5394", lang: str = "de") -> str:
    """A newsletter / job-alert layout: a headline, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="color:{colour};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#555\">{esc(meta)}</span></td></tr>"
        for head, meta, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="background:#fafafa;font-family:Verdana,sans-serif;font-size:13px">\n'
        '<table align="center" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:16px"><h1 '
        f'style="margin:0;font-size:20px">{esc(title)}</h1></td></tr>\n'
        f'<tr><td style="padding:16px">{paragraphs(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 16px"><table width="100%">{rows}</table></td></tr>\n'
        f'<tr><td style="padding:16px;color:#999;font-size:11px">{paragraphs(footer)}'
        "</td></tr>\n</table>\n</body></html>\n"
    )
