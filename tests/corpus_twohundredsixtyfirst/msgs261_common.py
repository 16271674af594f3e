"""Shared pieces for corpus 261: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs261_*.py modules writes its own words; nothing here produces text
that a message relies on for its meaning.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Manon Sithole-Garnier"
CAND_ADDR = "manon.sg@example.be"
CANDIDATE = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+32 470 58 21 93"
CAND_SIG = f"Manon Sithole-Garnier\nGSM {CAND_PHONE}\nRue des Brasseurs 14, 5000 Namur"


def quote(text: str) -> str:
    """Prefix every line of text with '> ' (bare '>' for empty lines), as mail programs do."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


def attrib_fr(when: str, name: str, addr: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :"


def attrib_en(when: str, name: str, addr: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:"


def attrib_de(when: str, name: str, addr: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:"


def attrib_es(when: str, name: str, addr: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook-style header block that starts a quoted message (no '>' prefixes)."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n"
    )


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) to <p> elements; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def simple_html(inner: str, lang: str = "fr") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n</head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{inner}\n</body>\n</html>\n"
    )


def ats_card(brand: str, color: str, inner: str, footer: str, lang: str = "fr") -> str:
    """A centred card with a coloured brand bar, as applicant-tracking systems send."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="560" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:14px 24px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px;font:14px/1.5 Arial,sans-serif;color:#1f2937">\n'
        f"{inner}\n</td></tr>\n"
        '<tr><td style="padding:12px 24px;font:11px Arial,sans-serif;color:#6b7280">\n'
        f"{footer}\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(inner: str, lang: str = "fr") -> str:
    """The Word-HTML wrapper Outlook puts around a message."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang.upper()}-BE" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{inner}\n</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs, with an empty one between blocks."""
    out = []
    for block in [b for b in text.strip("\n").split("\n\n") if b.strip()]:
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0f766e", lang: str = "fr") -> str:
    """A newsletter / job-alert layout: a title, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#374151\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#ffffff;font:14px/1.45 Helvetica,Arial,sans-serif">\n'
        f'<div style="background:{color};color:#fff;padding:16px 20px;font-size:20px">'
        f"{esc(title)}</div>\n"
        f'<div style="padding:16px 20px">{paras(intro)}\n'
        f'<table width="100%" cellpadding="0" cellspacing="0">\n{rows}\n</table>\n</div>\n'
        f'<div style="padding:12px 20px;color:#6b7280;font-size:11px">{footer}</div>\n'
        "</body>\n</html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for head, url, blurb in items:
        body += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    body.append(footer.strip("\n"))
    return "\n".join(body) + "\n"
