"""Shared pieces for corpus 199: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs199_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Gwendal Moreau-Achebe"
CAND_ADDR = "gwendal.ma@example.be"
CAND = (CAND_NAME, CAND_ADDR)

# The candidate's own signature blocks (his own mail and quotes of it).
CAND_SIG_FR = "Gwendal Moreau-Achebe\nRue des Brasseurs 112, 5000 Namur\n+32 477 31 52 90"
CAND_SIG_EN = "Gwendal Moreau-Achebe\nNamur, Belgium | +32 477 31 52 90"
CAND_SIG_DE = "Gwendal Moreau-Achebe\nRue des Brasseurs 112, B-5000 Namur\nTel. +32 477 31 52 90"
CAND_SIG_ES = "Gwendal Moreau-Achebe\nNamur (Bélgica) · +32 477 31 52 90"


def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


def reply(new: str, intro: str, old: str) -> str:
    """New text, then an attribution line ('On ... wrote:') and the quoted older text."""
    return new.rstrip("\n") + "\n\n" + intro + "\n" + quote(old) + "\n"


_OUTLOOK = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: ", "-----Original Message-----"),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : ", "-----Message d'origine-----"),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: ", "-----Ursprüngliche Nachricht-----"),
    "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: ", "-----Mensaje original-----"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
            rule: bool = False) -> str:
    """An Outlook-style 'From: / Sent: / To: / Subject:' block with the older text unquoted."""
    f, s, t, su, line = _OUTLOOK[lang]
    head = (line + "\n") if rule else "________________________________\n"
    return (head + f + frm + "\n" + s + sent + "\n" + t + to + "\n" + su + subject + "\n\n"
            + body.strip("\n") + "\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From: ", "Date: ", "Subject: ", "To: "),
    "fr": ("---------- Message transféré ---------", "De : ", "Date : ", "Objet : ", "À : "),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von: ", "Date: ", "Subject: ",
           "To: "),
    "es": ("---------- Mensaje reenviado ---------", "De: ", "Fecha: ", "Asunto: ", "Para: "),
}


def forward(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded-message block."""
    rule, f, d, s, t = _FWD[lang]
    return (rule + "\n" + f + frm + "\n" + d + date + "\n" + s + subject + "\n" + t + to
            + "\n\n" + body.strip("\n") + "\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def text_to_html(text: str) -> str:
    """Paragraphs of a plain body as <p> elements, lines joined with <br>."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [esc(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def plain_html(body_html: str, lang: str = "fr") -> str:
    return ('<!DOCTYPE html>\n<html lang="' + lang + '">\n<head><meta charset="utf-8">'
            '</head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + body_html + "\n</body>\n</html>\n")


def outlook_html(body_html: str, lang: str = "FR-BE") -> str:
    """A Word-generated HTML wrapper as Outlook sends it."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
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
        '<body lang="' + lang + '" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + body_html.replace("<p>", '<p class="MsoNormal">')
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n'
    )


def ats_card(brand: str, accent: str, body_html: str, footer_html: str = "",
             lang: str = "en") -> str:
    """A hosted-ATS notification: coloured header bar, white card, grey footer."""
    return (
        '<!DOCTYPE html>\n<html lang="' + lang + '">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>" + esc(brand) + "</title>\n</head>\n"
        '<body style="margin:0;padding:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        '<tr><td style="background:' + accent + ';color:#ffffff;padding:18px 28px;'
        'font:bold 18px Helvetica,Arial,sans-serif">' + esc(brand) + "</td></tr>\n"
        '<tr><td style="padding:28px;font:14px/1.55 Helvetica,Arial,sans-serif;color:#1f2937">\n'
        + body_html + "\n</td></tr>\n</table>\n"
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding:14px 28px;font:11px Helvetica,Arial,sans-serif;color:#6b7280">'
        + footer_html + "</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def newsletter_html(brand: str, accent: str, intro_html: str,
                    items: list[tuple[str, str, str]], footer_html: str,
                    lang: str = "fr") -> str:
    """A digest: header, intro, one block per item (title, link, blurb), unsubscribe footer."""
    blocks = []
    for title, url, blurb in items:
        blocks.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
            '<a href="' + url + '" style="font:bold 15px Arial,sans-serif;color:' + accent
            + ';text-decoration:none">' + esc(title) + "</a>"
            '<div style="font:13px/1.5 Arial,sans-serif;color:#374151">' + esc(blurb)
            + "</div></td></tr>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="' + lang + '">\n<head><meta charset="utf-8"><title>'
        + esc(brand) + "</title></head>\n<body style=\"margin:0;background:#fafafa\">\n"
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        '<tr><td style="background:' + accent + ';padding:16px 24px;color:#fff;'
        'font:bold 20px Arial,sans-serif">' + esc(brand) + "</td></tr>\n"
        '<tr><td style="padding:16px 24px;font:14px/1.6 Arial,sans-serif">' + intro_html
        + "</td></tr>\n" + "\n".join(blocks) + "\n"
        '<tr><td style="padding:16px 24px;font:11px Arial,sans-serif;color:#6b7280">'
        + footer_html + "</td></tr>\n</table>\n</body>\n</html>\n"
    )


def items_to_text(items: list[tuple[str, str, str]]) -> str:
    """The plain twin of a digest's items."""
    return "\n\n".join(f"* {title}\n  {blurb}\n  {url}" for title, url, blurb in items)
