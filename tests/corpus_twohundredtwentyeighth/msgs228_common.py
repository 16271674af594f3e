"""Shared helpers for corpus 228: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the data modules writes its own words; these helpers just put
those words into a quoted block, an Outlook header block, an ATS card or a newsletter shell.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Magdalena Ferreira-Kunz"
CANDIDATE_ADDR = "magdalena.fk@example.at"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature, as she writes it in German, English, French and Spanish mail.
CANDIDATE_SIG = {
    "de": "Magdalena Ferreira-Kunz\nElementarpädagogin | angehende Onboarding-Koordinatorin\n"
          "Grabenstraße 41/7, 8010 Graz\n+43 664 218 55 09",
    "en": "Magdalena Ferreira-Kunz\nKindergarten teacher, moving into HR onboarding\n"
          "Graz, Austria | +43 664 218 55 09",
    "fr": "Magdalena Ferreira-Kunz\nÉducatrice de jeunes enfants, en reconversion RH\n"
          "Graz (Autriche) | +43 664 218 55 09",
    "es": "Magdalena Ferreira-Kunz\nMaestra de educación infantil, en transición a RR. HH.\n"
          "Graz (Austria) | +43 664 218 55 09",
}


def quote(text: str) -> str:
    """Prefix every line with '> ' (or '>' for already quoted and blank lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


_ATTRIBUTION = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} (<{addr}>) escribió:",
}


def reply_quote(lang: str, date: str, name: str, addr: str, text: str) -> str:
    """A mail-client attribution line followed by the quoted text."""
    return _ATTRIBUTION[lang].format(date=date, name=name, addr=addr) + "\n" + quote(text)


_OUTLOOK = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style 'From: / Sent: / To: / Subject:' block with the earlier mail under it."""
    f, s, t, sub = _OUTLOOK[lang]
    return "\n".join([
        "________________________________",
        f"{f} {frm}",
        f"{s} {sent}",
        f"{t} {to}",
        f"{sub} {subject}",
        "",
        text.strip("\n"),
    ])


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Datum:", "Betreff:", "An:"),
    "fr": ("---------- Message transféré ---------", "De :", "Date :", "Objet :", "À :"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Fecha:", "Asunto:", "Para:"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style inline forward block."""
    head, f, d, s, t = _FORWARD[lang]
    return "\n".join([head, f"{f} {frm}", f"{d} {date}", f"{s} {subject}", f"{t} {to}", "",
                      text.strip("\n")])


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, newlines become <br>;
    lines starting with '>' become a blockquote."""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_html.escape(line.lstrip("> ")) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(_html.escape(line) for line in lines) + "</p>")
    return "\n".join(out)


def html_page(body: str, lang: str, title: str = "") -> str:
    """A minimal HTML document around an HTML body fragment."""
    head = f"<title>{_html.escape(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">{head}\n'
            f"</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            f"{body}\n</body>\n</html>")


def simple_html(text: str, lang: str) -> str:
    """A plain text rendered as a simple HTML mail (the same words)."""
    return html_page(paras(text), lang)


def ats_card(brand: str, text: str, footer: str, lang: str, color: str = "#2d5b8c",
             button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: brand bar, the message's words, optional button,
    small footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{_html.escape(url)}" style="background:{color};'
               f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{_html.escape(label)}</a></p>")
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f5f7;padding:24px 0">\n<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;font-size:18px">'
        f"<strong>{_html.escape(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px">\n{paras(text)}\n{btn}\n</td></tr>\n'
        f'<tr><td style="padding:12px 24px;color:#888888;font-size:11px">'
        f"{paras(footer)}</td></tr>\n"
        "</table>\n</td></tr>\n</table>"
    )
    return html_page(body, lang, brand)


def word_html(text: str, lang: str) -> str:
    """An Outlook 'Word HTML' body (MsoNormal paragraphs, WordSection1) around the words."""
    ps = []
    for block in text.strip("\n").split("\n\n"):
        lines = "<br>\n".join(_html.escape(line) for line in block.split("\n"))
        ps.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>\n'
                  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang.upper()}-AT" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        + "\n".join(ps)
        + "\n</div>\n</body>\n</html>"
    )


def newsletter_html(brand: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str, unsubscribe: str) -> str:
    """A newsletter / job-alert shell: intro, a list of linked items, footer with unsubscribe."""
    rows = []
    for title, blurb, url in items:
        rows.append(
            '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
            f'<a href="{_html.escape(url)}" style="font-size:16px;color:#1a5fb4;'
            f'text-decoration:none"><strong>{_html.escape(title)}</strong></a><br>'
            f'<span style="color:#444">{_html.escape(blurb)}</span></td></tr>')
    body = (
        '<table role="presentation" width="640" align="center" cellpadding="0" '
        'cellspacing="0">\n'
        f'<tr><td style="padding:16px 0;font-size:22px;color:#333"><strong>'
        f"{_html.escape(brand)}</strong></td></tr>\n"
        f"<tr><td>{paras(intro)}</td></tr>\n"
        + "\n".join(rows)
        + f'\n<tr><td style="padding-top:18px;color:#888;font-size:11px">{paras(footer)}'
        f'<p><a href="{_html.escape(unsubscribe)}" style="color:#888">'
        f"{_html.escape(unsubscribe)}</a></p></td></tr>\n</table>"
    )
    return html_page(body, lang, brand)


def newsletter_text(intro: str, items: list[tuple[str, str, str]], footer: str,
                    unsubscribe: str) -> str:
    """The plain-text side of a newsletter: the same intro, items and footer."""
    lines = [intro.strip("\n"), ""]
    for title, blurb, url in items:
        lines += [f"* {title}", f"  {blurb}", f"  {url}", ""]
    lines += [footer.strip("\n"), unsubscribe]
    return "\n".join(lines)
