"""Shared pieces for corpus 166: the candidate, quoting helpers and HTML shells.

Layout only. Every message in the msgs166_* modules writes its own words; these helpers
just wrap them (quote a previous mail, put a paragraph list into an ATS card, wrap a
body in the HTML that Outlook/Word produces).
"""

from html import escape

CANDIDATE_NAME = "Florian Achterberg-Sané"
CANDIDATE_ADDR = "florian.as@example.ch"
# The candidate as the header value the generator writes (it encodes the name itself).
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_DE = (
    "Freundliche Grüsse\n"
    "Florian Achterberg-Sané\n"
    "Zimmermann EFZ | angehender Bauprojektkoordinator\n"
    "Lorrainestrasse 41, 3013 Bern\n"
    "+41 79 412 58 03"
)
SIG_FR = (
    "Meilleures salutations\n"
    "Florian Achterberg-Sané\n"
    "Charpentier CFC, coordination de projets de construction\n"
    "+41 79 412 58 03"
)
SIG_EN = (
    "Best regards,\n"
    "Florian Achterberg-Sané\n"
    "Carpenter (Swiss federal certificate), moving into construction project coordination\n"
    "+41 79 412 58 03"
)
SIG_ES = (
    "Un saludo,\n"
    "Florian Achterberg-Sané\n"
    "Carpintero, coordinación de proyectos de construcción\n"
    "+41 79 412 58 03"
)


def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out)


_ATTRIB = {
    "en": "On {date}, {who} wrote:",
    "de": "Am {date} schrieb {who}:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}


def reply(new: str, lang: str, date: str, who: str, old: str) -> str:
    """New text, a blank line, an attribution line in the given language, the old text quoted."""
    return new.rstrip("\n") + "\n\n" + _ATTRIB[lang].format(date=date, who=who) + "\n" + quote(old) + "\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook-style header block and the old text, not '>'-quoted."""
    f, s, t, j = _OUTLOOK[lang]
    block = (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n"
    )
    return new.rstrip("\n") + "\n\n" + block + "\n" + old.strip("\n") + "\n"


_FWD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, old: str) -> str:
    """A forwarded mail written inline below the forwarder's note."""
    head = {
        "en": f"From: {frm}\nDate: {date}\nSubject: {subject}",
        "de": f"Von: {frm}\nDatum: {date}\nBetreff: {subject}",
        "fr": f"De : {frm}\nDate : {date}\nObjet : {subject}",
        "es": f"De: {frm}\nFecha: {date}\nAsunto: {subject}",
    }[lang]
    return new.rstrip("\n") + "\n\n" + _FWD[lang] + "\n" + head + "\n\n" + old.strip("\n") + "\n"


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as escaped <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + escape(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def ats_card(brand: str, colour: str, body: str, footer: str, button: tuple[str, str] | None = None,
             lang: str = "en") -> str:
    """An ATS notification card: brand bar, white card with the paragraphs, optional button,
    small grey footer. `body` and `footer` are plain text."""
    btn = ""
    if button:
        label, url = button
        btn = (
            f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{colour};border-radius:4px;padding:10px 18px">'
            f'<a href="{escape(url)}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
            f"{escape(label)}</a></td></tr></table>\n"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{colour};color:#ffffff;padding:14px 24px;font-size:18px">'
        f"{escape(brand)}</td></tr>\n"
        '<tr><td style="padding:24px"><div style="background:#ffffff;border-radius:6px;'
        'padding:24px;font-size:14px;line-height:1.5;color:#222222">\n'
        f"{paras(body)}\n{btn}</div></td></tr>\n"
        '<tr><td style="padding:0 24px 24px;font-size:11px;color:#888888">'
        f"{paras(footer)}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def word_html(body: str, lang: str = "de") -> str:
    """The HTML an Outlook/Word client writes around a plain message (MsoNormal paragraphs)."""
    inner = "\n".join(
        '<p class="MsoNormal">' + (escape(line) if line else "&nbsp;") + "<o:p></o:p></p>"
        for line in body.strip("\n").split("\n")
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        'font-family:"Calibri",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body></html>\n'
    )


def digest(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
           lang: str = "de", colour: str = "#24508f") -> str:
    """A newsletter / job-alert layout: title, intro, a list of (heading, text, url), footer."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{escape(url)}" style="color:{colour};font-weight:bold;font-size:15px">'
        f"{escape(head)}</a><br>"
        f'<span style="color:#444444;font-size:13px">{escape(txt)}</span></td></tr>'
        for head, txt, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}'
        "</title></head>\n"
        '<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">\n'
        '<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="font-size:22px;color:{colour};padding:18px 0">{escape(title)}</td></tr>\n'
        f'<tr><td style="font-size:14px;color:#333333">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="font-size:11px;color:#999999;padding-top:18px">{paras(footer)}</td></tr>\n'
        "</table>\n</body></html>\n"
    )
