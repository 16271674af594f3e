"""Shared pieces of corpus 209: the candidate, quoting helpers and HTML shells.

Only layout lives here; every message in the msgs209_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Ines Okoro-Vandenberghe"
CAND = "ines.ov@example.be"
ME = (CAND_NAME, CAND)


# --- quoting -----------------------------------------------------------------------------

def q(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way a mail program does ('>' alone on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message, in the replier's language."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook 'From: / Sent:' block that opens a quoted message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    rule = "_" * 32
    return "\n".join([
        rule,
        f"{labels[0]}: {frm}",
        f"{labels[1]}: {sent}",
        f"{labels[2]}: {to}",
        f"{labels[3]}: {subject}",
    ])


def fwd(lang: str, frm: str, when: str, subject: str, to: str = f"{CAND_NAME} <{CAND}>") -> str:
    """The block a mail program puts above a forwarded message."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    }[lang]
    return "\n".join([
        head[0],
        f"{head[1]}: {frm}",
        f"{head[2]}: {when}",
        f"{head[3]}: {subject}",
        f"{head[4]}: {to}",
    ])


# --- HTML shells (layout only) -----------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def p2h(text: str) -> str:
    """Plain paragraphs to HTML paragraphs: blank lines split, single newlines break."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def page(body_html: str, lang: str = "fr", title: str = "") -> str:
    """A bare HTML document as many mail programs write it."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{body_html}\n</body>\n</html>\n"
    )


def ats_card(brand: str, accent: str, body_html: str, footer_html: str, lang: str = "en") -> str:
    """An applicant-tracking system's card: a coloured band with the brand, a white card, a
    grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{accent};padding:18px 24px;color:#fff;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px">\n'
        '<table role="presentation" width="600" align="center" cellpadding="24" '
        'style="background:#fff;border-radius:6px;font:14px/1.5 Arial,sans-serif;color:#1f2937">\n'
        f"<tr><td>\n{body_html}\n</td></tr>\n</table>\n</td></tr>\n"
        '<tr><td style="padding:12px 24px;font:11px Arial,sans-serif;color:#6b7280">\n'
        f"{footer_html}\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def outlook_html(body_html: str, lang: str = "fr") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs in a WordSection1 div."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's MsoNormal paragraphs (an empty one between blocks)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        for line in b.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest(title: str, accent: str, intro_html: str, items: list[tuple[str, str, str]],
           footer_html: str, lang: str = "fr") -> str:
    """A newsletter or job-alert digest: a header, an intro, a list of linked items, a footer
    full of links."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br>"
        f'<span style="color:#4b5563;font-size:13px">{esc(meta)}</span></td></tr>'
        for head, meta, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font:14px/1.5 Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="16" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;font-size:20px;font-weight:bold">'
        f"{esc(title)}</td></tr>\n"
        f"<tr><td>{intro_html}</td></tr>\n"
        f'<tr><td><table role="presentation" width="100%">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="font-size:11px;color:#6b7280">{footer_html}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def link_list(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of a digest's items."""
    return "\n\n".join(f"{head}\n{meta}\n{url}" for head, meta, url in items)
