"""Shared pieces for corpus 169: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs169_* modules writes its own words; these helpers
only wrap those words the way a mail program or an ATS template would.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Siobhan Adeyemi-Castro"
CAND_ADDR = "siobhan.ac@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "07700 900 418"


def M(kind: str, slug: str, **fields: object) -> dict:
    """One hand-written message spec (see make_hundredsixtyninth.py for the keys)."""
    spec: dict = {"kind": kind, "slug": slug}
    spec.update(fields)
    return spec


# --------------------------------------------------------------------------- quoting


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (a bare '>' on empty lines), `depth` times."""
    out = text.strip("\n").split("\n")
    for _ in range(depth):
        out = [("> " + line) if line and not line.startswith(">") else (">" + line if line else ">")
               for line in out]
    return "\n".join(out)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply_quote(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """Attribution line followed by the quoted text (Gmail / Apple Mail / Thunderbird style)."""
    return attribution(lang, when, name, addr) + "\n" + quote(text)


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "fr": ("De", "Envoyé", "À", "Objet", "Cc"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str,
                  cc: str = "") -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' header block over an unquoted earlier mail."""
    f, s, t, sub, c = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    lines = ["________________________________", f"{f}{sep}{frm}", f"{s}{sep}{sent}",
             f"{t}{sep}{to}"]
    if cc:
        lines.append(f"{c}{sep}{cc}")
    lines.append(f"{sub}{sep}{subject}")
    return "\n".join(lines) + "\n\n" + text.strip("\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded-message block."""
    head, f, d, s, t = _FWD[lang]
    return (f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            + text.strip("\n"))


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain words to HTML paragraphs: blank lines split paragraphs, single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def html_quote(inner_html: str) -> str:
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">\n{inner_html}\n</blockquote>')


def page(body_html: str, lang: str = "en", title: str = "") -> str:
    """A minimal HTML document around a body."""
    head = f"<title>{esc(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">{head}</head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{body_html}\n</body></html>\n")


def ats_card(brand: str, body_html: str, footer_html: str = "", accent: str = "#2b4c7e",
             lang: str = "en", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system notification card: brand bar, white card, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{esc(url)}" style="background:{accent};'
               f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{esc(label)}</a></p>")
    foot = (f'<tr><td style="padding:16px 28px;font-size:11px;color:#777">{footer_html}</td></tr>'
            if footer_html else "")
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border:1px solid #e2e4e8">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:14px 28px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 28px;line-height:1.5">\n{body_html}\n{btn}\n</td></tr>\n'
        f"{foot}\n</table>\n</td></tr></table>"
    )
    return page(body, lang=lang, title=brand)


def outlook_html(body_html: str, lang: str = "en-GB") -> str:
    """The Word-generated HTML that Outlook sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain words to Outlook 'MsoNormal' paragraphs (one per line, empty lines kept)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{esc(line) if line else "<o:p>&nbsp;</o:p>"}</p>')
    return "\n".join(out)


def newsletter_html(brand: str, intro_html: str, items: list[tuple[str, str, str]],
                    footer_html: str, lang: str = "en", accent: str = "#0f766e") -> str:
    """A mailing-list digest: header, intro, one block per item (title, url, blurb), footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="font-size:16px;color:{accent};font-weight:bold;'
        f'text-decoration:none">{esc(title)}</a><br>\n'
        f'<span style="color:#444">{esc(blurb)}</span></td></tr>'
        for title, url, blurb in items
    )
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n<table role="presentation" width="620" cellpadding="0" '
        'cellspacing="0" style="border:1px solid #ddd">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:16px 24px;font-size:20px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{intro_html}</td></tr>\n{rows}\n'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#888">{footer_html}</td></tr>\n'
        "</table>\n</td></tr></table>"
    )
    return page(body, lang=lang, title=brand)


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    blocks = [intro.strip("\n")]
    for title, url, blurb in items:
        blocks.append(f"{title}\n{blurb}\n{url}")
    blocks.append(footer.strip("\n"))
    return "\n\n".join(blocks) + "\n"
