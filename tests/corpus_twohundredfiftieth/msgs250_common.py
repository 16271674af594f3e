"""Shared pieces for corpus 250: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs250_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Íñigo Salaberri-Achterberg"
CANDIDATE_ADDR = "inigo.sa@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

CANDIDATE_SIG = """Íñigo Salaberri-Achterberg
Socorrista / Técnico en PRL (nivel intermedio)
+34 643 118 207 · Donostia-San Sebastián"""

CANDIDATE_SIG_EN = """Íñigo Salaberri-Achterberg
Lifeguard, moving into Health & Safety
+34 643 118 207 · San Sebastián, Spain"""


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail programs do ("> " before each line)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


_WROTE = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "es": "El {date}, {name} <{addr}> escribió:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "de": "Am {date} schrieb {name} <{addr}>:",
}


def wrote(lang: str, date: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above quoted text."""
    return _WROTE[lang].format(date=date, name=name, addr=addr)


def reply(new: str, lang: str, date: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the old text quoted with "> "."""
    return f"{new.rstrip()}\n\n{wrote(lang, date, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style "From: / Sent: / To: / Subject:" block above an unquoted old body."""
    f, s, t, j = _OUTLOOK[lang]
    sep = " " if f.endswith(":") else ": "
    head = [f"{f}{sep}{frm}", f"{s}{sep}{sent}", f"{t}{sep}{to}", f"{j}{sep}{subject}"]
    return "-----" + {"en": "Original Message", "es": "Mensaje original",
                      "fr": "Message d'origine", "de": "Ursprüngliche Nachricht"}[lang] + \
        "-----\n" + "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """An inline forwarded message block."""
    label = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
             "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
             "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
             "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff",
                    "An")}[lang]
    return (f"{label[0]}\n{label[1]}: {frm}\n{label[2]}: {date}\n{label[3]}: {subject}\n"
            f"{label[4]}: {to}\n\n{body.strip()}\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> elements; single newlines -> <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def html_page(body: str, lang: str = "es", title: str = "") -> str:
    """A plain HTML document around a body fragment."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def ats_card(brand: str, colour: str, body: str, footer: str, lang: str = "en") -> str:
    """The card layout ATS notification mails use: a coloured bar, a white box, a grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{colour};padding:14px 24px;color:#fff;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#ffffff;border-radius:6px;padding:24px;font-size:14px;color:#222">'
        f"<tr><td>\n{body}\n</td></tr></table></td></tr>\n"
        '<tr><td style="padding:12px 24px;color:#8a8f98;font-size:11px">'
        f"{footer}</td></tr>\n</table>\n</body>\n</html>\n"
    )


def word_html(body: str, lang: str = "es-ES") -> str:
    """The Word-generated HTML Outlook sends (MsoNormal paragraphs, WordSection1)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Word's MsoNormal paragraphs with empty spacer paragraphs."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    spacer = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return f"\n{spacer}\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.split("\n")) + "<o:p></o:p></p>"
        for b in blocks)


def digest(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
           lang: str = "en", colour: str = "#0b5394") -> str:
    """A newsletter / job-alert layout: a heading, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(url)}" style="color:{colour};font-weight:bold">{esc(head)}</a>'
        f"<br><span style=\"color:#555\">{esc(line)}</span></td></tr>"
        for head, line, url in items)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="font-family:Georgia,serif;background:#fafafa">\n'
        f'<h1 style="color:{colour}">{esc(title)}</h1>\n<p>{esc(intro)}</p>\n'
        f'<table role="presentation" width="100%">\n{rows}\n</table>\n'
        f'<p style="font-size:11px;color:#888">{footer}</p>\n</body>\n</html>\n'
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest()."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, line, url in items:
        lines += [f"* {head}", f"  {line}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
