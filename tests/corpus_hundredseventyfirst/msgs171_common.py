"""Shared pieces for corpus 171: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs171_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Aminata Leclerc-Dubois"
CANDIDATE = "aminata.ld@example.fr"
ME = (CANDIDATE_NAME, CANDIDATE)


# --------------------------------------------------------------------------- quoting

def quote(text: str) -> str:
    """Prefix every line with '> ' (or '>' for an empty line), as mail programs do."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


ATTRIBUTION = {
    "fr": "Le {when}, {who} a écrit :",
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "es": "El {when}, {who} escribió:",
}


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """New text on top, then an attribution line and the quoted older message."""
    head = ATTRIBUTION[lang].format(when=when, who=who)
    return new.rstrip("\n") + "\n\n" + head + "\n" + quote(old) + "\n"


OUTLOOK_LABELS = {
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "es": ("De:", "Enviado:", "Para:", "Asunto:"),
}


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """Outlook style: the older message below a rule and a From/Sent/To/Subject block."""
    f, s, t, o = OUTLOOK_LABELS[lang]
    block = (f"________________________________\n{f} {frm}\n{s} {sent}\n{t} {to}\n"
             f"{o} {subject}\n\n")
    return new.rstrip("\n") + "\n\n" + block + old.rstrip("\n") + "\n"


FORWARD_HEAD = {
    "fr": ("---------- Message transféré ---------", "De :", "Date :", "Objet :", "À :"),
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Date:", "Subject:",
           "To:"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Fecha:", "Asunto:", "Para:"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """A forwarded message below the forwarder's own words."""
    rule, f, d, s, t = FORWARD_HEAD[lang]
    block = f"{rule}\n{f} {frm}\n{d} {date}\n{s} {subject}\n{t} {to}\n\n"
    return new.rstrip("\n") + "\n\n" + block + old.rstrip("\n") + "\n"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras_html(text: str, style: str = "") -> str:
    """Plain text paragraphs as <p> elements, single newlines as <br>."""
    attr = f' style="{style}"' if style else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p{attr}>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def page(body: str, lang: str, charset: str = "utf-8", title: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n</head>\n"
        '<body style="margin:0;padding:0;background:#f4f4f4;">\n'
        f"{body}\n</body>\n</html>\n"
    )


def simple_html(text: str, lang: str, charset: str = "utf-8") -> str:
    """A mail client's HTML rendering of a plain message."""
    inner = paras_html(text, "margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;")
    return (
        f'<html lang="{lang}"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
        f'<body><div dir="ltr">\n{inner}\n</div></body></html>\n'
    )


def ats_card(brand: str, color: str, heading: str, text: str, footer: str, lang: str,
             charset: str = "utf-8", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system notification: brand bar, card, optional button, footer."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{color};border-radius:4px;padding:10px 18px;">'
            f'<a href="{esc(url)}" style="color:#ffffff;text-decoration:none;'
            f'font-weight:bold;">{esc(label)}</a></td></tr></table>\n'
        )
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px 0;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border:1px solid #e2e2e2;">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;'
        f'font-family:Helvetica,Arial,sans-serif;font-size:18px;">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;'
        'font-size:14px;color:#333333;">\n'
        f'<h2 style="font-size:18px;margin:0 0 16px 0;">{esc(heading)}</h2>\n'
        f"{paras_html(text, 'margin:0 0 12px 0;')}\n{btn}"
        "</td></tr>\n"
        '<tr><td style="padding:16px 24px;font-family:Helvetica,Arial,sans-serif;'
        f'font-size:11px;color:#888888;border-top:1px solid #eeeeee;">{esc(footer)}</td></tr>\n'
        "</table>\n</td></tr></table>"
    )
    return page(body, lang, charset, brand)


def outlook_word(text: str, lang: str, charset: str = "utf-8") -> str:
    """The Word-generated HTML that Outlook sends."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            paras.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    mso_lang = {"fr": "FR", "en": "EN-GB", "de": "DE", "es": "ES"}[lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{mso_lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


def newsletter(brand: str, color: str, intro: str, items: list[tuple[str, str, str]],
               footer: str, lang: str, charset: str = "utf-8") -> str:
    """A digest: intro, a list of linked items with a blurb each, an unsubscribe footer."""
    rows = []
    for title, url, blurb in items:
        rows.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #eeeeee;">'
            f'<a href="{esc(url)}" style="color:{color};font-size:15px;font-weight:bold;'
            f'text-decoration:none;">{esc(title)}</a>'
            f'<div style="font-size:13px;color:#555555;margin-top:4px;">{esc(blurb)}</div>'
            "</td></tr>"
        )
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Arial,sans-serif;">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:20px;">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:18px 24px;font-size:14px;">{paras_html(intro)}</td></tr>\n'
        + "\n".join(rows)
        + f'\n<tr><td style="padding:18px 24px;font-size:11px;color:#999999;">'
        f"{paras_html(footer)}</td></tr>\n</table>\n</td></tr></table>"
    )
    return page(body, lang, charset, brand)


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [intro.rstrip("\n"), ""]
    for title, url, blurb in items:
        lines += [f"* {title}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.rstrip("\n"))
    return "\n".join(lines) + "\n"
