"""Shared pieces of corpus 256: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs256_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Jakob Oyelaran-Pichler"
CANDIDATE_ADDR = "jakob.op@example.at"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_DE = """Jakob Oyelaran-Pichler
Staatlich geprüfter Skilehrer
Höttinger Au 41, 6020 Innsbruck
+43 664 318 22 90"""

SIG_EN = """Jakob Oyelaran-Pichler
Innsbruck, Austria
+43 664 318 22 90"""


# --------------------------------------------------------------------------- quoting


def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text behind a quote marker (empty lines get a bare '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(prefix + line if line else prefix.rstrip() for line in lines)


def wrote_en(when: str, name: str, addr: str, text: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:\n{quote(text)}"


def schrieb_de(when: str, name: str, addr: str, text: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:\n{quote(text)}"


def ecrit_fr(when: str, name: str, addr: str, text: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :\n{quote(text)}"


def escribio_es(when: str, name: str, addr: str, text: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:\n{quote(text)}"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style header block of an earlier message, then its text unquoted."""
    f, s, t, j = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n{text.strip()}"
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    head, f, d, s, t = _FWD[lang]
    return f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{text.strip()}"


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Blank-line separated paragraphs as <p>, single line breaks as <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(text: str, lang: str = "de") -> str:
    """A plain mail-client HTML rendering of text (for multipart/alternative twins)."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
        f"{paras_html(text)}\n</body></html>\n"
    )


def ats_card(brand: str, accent: str, body_html: str, footer: str, lang: str = "de",
             button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: brand bar, white box, optional button, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<tr><td style="padding:8px 32px 24px 32px">'
            f'<a href="{url}" style="background:{accent};color:#ffffff;padding:12px 22px;'
            f'text-decoration:none;border-radius:4px;display:inline-block">{esc(label)}</a>'
            "</td></tr>\n"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 32px;font-size:20px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px;color:#1f2933;font-size:15px;line-height:1.5">\n'
        f"{body_html}\n</td></tr>\n{btn}"
        "</table>\n"
        f'<p style="color:#7b8794;font-size:11px;max-width:600px">{footer}</p>\n'
        "</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(text: str, lang: str = "DE-AT") -> str:
    """The Word-HTML that Outlook for Windows writes, around text's paragraphs."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    body = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(line) for line in b.split("\n"))
        + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
        for b in blocks
    )
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
        "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, lang: str = "de", accent: str = "#0b5394") -> str:
    """A digest: heading, intro, a list of linked items with a blurb, unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e4e7eb">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#52606d\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="background:#fafafa;font-family:Verdana,sans-serif;font-size:13px">\n'
        f'<h1 style="color:{accent};font-size:22px">{esc(title)}</h1>\n'
        f"{paras_html(intro)}\n"
        f'<table role="presentation" width="100%">\n{rows}\n</table>\n'
        f'<p style="color:#9aa5b1;font-size:10px">{footer}</p>\n</body></html>\n'
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """The text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    return "\n".join(lines) + footer.strip() + "\n"
