"""Shared pieces of corpus 151: the candidate, quoting helpers and HTML shells.

Everything here is layout only. Every message in the msgs151_*.py modules writes its own words;
these helpers only put those words into a reply chain, an ATS card, an Outlook (Word) HTML body
or a newsletter frame.
"""

from __future__ import annotations

import html

CANDIDATE = ("Joana Ferreira-Schulz", "joana.fs@example.de")
ME = CANDIDATE

SIGNATURE_DE = """Joana Ferreira-Schulz
Architektin | BIM-Koordination
Boxhagener Straße 41, 10245 Berlin
+49 176 5550 3187"""

SIGNATURE_EN = """Joana Ferreira-Schulz
Architect | BIM coordination
Boxhagener Straße 41, 10245 Berlin, Germany
+49 176 5550 3187"""


# ---------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text with the mail quote prefix."""
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in lines)


def wrote_en(when: str, name: str, addr: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:"


def wrote_de(when: str, name: str, addr: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:"


def wrote_fr(when: str, name: str, addr: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :"


def wrote_es(when: str, name: str, addr: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The header block Outlook puts above a quoted message."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n"
    )


def forwarded_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The header block a mail program writes above an inline forward."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    }[lang]
    return f"{head[0]}\n{head[1]}: {frm}\n{head[2]}: {date}\n{head[3]}: {subject}\n{head[4]}: {to}\n"


# ---------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Paragraphs (blank-line separated) as <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + esc(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def simple_html(text: str, lang: str, charset: str = "utf-8") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
        f'content="text/html; charset={charset}">\n</head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{paras(text)}\n</body>\n</html>\n"
    )


def ats_card(brand: str, accent: str, text: str, lang: str,
             button: tuple[str, str] | None = None, footer: str = "",
             charset: str = "utf-8") -> str:
    """An applicant-tracking-system style card: brand bar, body, optional button, footer."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<tr><td style="padding:8px 32px 24px 32px">'
            f'<a href="{esc(url)}" style="background:{accent};color:#ffffff;padding:12px 22px;'
            f'text-decoration:none;border-radius:4px;display:inline-block">{esc(label)}</a>'
            "</td></tr>\n"
        )
    foot = ""
    if footer:
        foot = (
            '<tr><td style="padding:16px 32px;font-size:11px;color:#888;'
            f'border-top:1px solid #eee">{paras(footer)}</td></tr>\n'
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
        f'content="text/html; charset={charset}">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 32px;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px 32px">\n{paras(text)}\n</td></tr>\n'
        f"{btn}{foot}"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(text: str, lang: str, quoted_head: str = "", quoted: str = "",
                 charset: str = "utf-8") -> str:
    """A Word-generated (Outlook) HTML body; optional quoted message below a rule."""

    def word_paras(block_text: str) -> str:
        out = []
        for block in block_text.strip("\n").split("\n\n"):
            for line in block.split("\n"):
                out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)

    tail = ""
    if quoted:
        head_lines = "<br>\n".join(esc(x) for x in quoted_head.strip("\n").split("\n")
                                   if not x.startswith("____"))
        tail = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b>{head_lines}</b><o:p></o:p></p>\n</div>\n'
            f"{word_paras(quoted)}\n"
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paras(text)}\n{tail}</div>\n</body>\n</html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    out = [title, "=" * len(title), "", intro.strip(), ""]
    for headline, url, blurb in items:
        out += [f"* {headline}", f"  {blurb}", f"  {url}", ""]
    out += ["--", footer.strip(), ""]
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, accent: str, lang: str) -> str:
    rows = "\n".join(
        '<tr><td style="padding:12px 28px;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="color:{accent};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(headline)}</a><br>'
        f'<span style="color:#444">{esc(blurb)}</span></td></tr>'
        for headline, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">\n</head>\n'
        '<body style="margin:0;background:#eef0f2;font-family:Verdana,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:20px 28px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:18px 28px">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:18px 28px;font-size:11px;color:#777">{paras(footer)}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )
