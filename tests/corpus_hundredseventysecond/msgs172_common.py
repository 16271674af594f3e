"""Shared pieces for corpus 172: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs172_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Pablo Iturriaga-Weiss"
CANDIDATE_ADDR = "pablo.iw@example.mx"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# Candidate's own signature blocks, per language.
SIG_ES = "Pablo Iturriaga-Weiss\nCel. +52 33 1842 6605\nGuadalajara, Jal."
SIG_EN = "Pablo Iturriaga-Weiss\nMobile +52 33 1842 6605\nGuadalajara, Mexico"
SIG_FR = "Pablo Iturriaga-Weiss\nCell. +52 33 1842 6605\nGuadalajara, Mexique"
SIG_DE = "Pablo Iturriaga-Weiss\nMobil +52 33 1842 6605\nGuadalajara, Mexiko"


def M(**spec):
    """One message spec (a plain dict); the generator reads the keys."""
    return spec


# ---------------------------------------------------------------- quoting

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (repeated for depth)."""
    prefix = ">" * depth
    out = []
    for line in text.split("\n"):
        out.append(f"{prefix} {line}" if line else prefix)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """A reply attribution line in the style of common mail programs."""
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then an attribution line and the quoted older text."""
    return f"{new}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style header block followed by the older message (not prefixed)."""
    labels = {
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    }[lang]
    rule = "_" * 32
    return (f"{rule}\n{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n"
            f"{labels[3]}: {subject}\n\n{body}")


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded-message block."""
    head = {
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    }[lang]
    return (f"{head[0]}\n{head[1]}: {frm}\n{head[2]}: {date}\n{head[3]}: {subject}\n"
            f"{head[4]}: {to}\n\n{body}")


# ---------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> blocks; single newlines become <br>."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(text: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            f"{paras_html(text)}\n</body></html>\n")


def ats_card(brand: str, color: str, text: str, footer: str, lang: str = "es",
             button: tuple[str, str] | None = None) -> str:
    """A centred ATS-style card: brand bar, body paragraphs, optional button, grey footer."""
    btn = ""
    if button:
        btn = (f'<p style="text-align:center;margin:24px 0"><a href="{esc(button[1])}" '
               f'style="background:{color};color:#fff;padding:12px 22px;border-radius:4px;'
               f'text-decoration:none">{esc(button[0])}</a></p>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        f'<body style="margin:0;background:#f3f4f6">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center" style="padding:28px 8px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#fff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 26px;font:bold 18px Arial">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px 26px;font:14px/1.5 Arial;color:#1f2937">\n'
        f"{paras_html(text)}\n{btn}</td></tr>\n"
        f'<tr><td style="padding:14px 26px;font:11px Arial;color:#6b7280;'
        f'border-top:1px solid #e5e7eb">{paras_html(footer)}</td></tr>\n'
        f"</table></td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "es") -> str:
    """An Outlook/Word-generated HTML wrapper around plain paragraphs."""
    body = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.split("\n")) + "<o:p></o:p></p>"
        for b in text.split("\n\n") if b.strip()
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style></head>\n"
        f'<body lang="{lang.upper()}-MX" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body></html>\n'
    )


def newsletter_html(title: str, color: str, intro: str,
                    items: list[tuple[str, str, str]], footer: str, lang: str = "es") -> str:
    """A digest / newsletter: title, intro, a list of (headline, blurb, url) and a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(u)}" style="font:bold 15px Arial;color:{color};text-decoration:none">'
        f"{esc(h)}</a><br><span style=\"font:13px Arial;color:#444\">{esc(b)}</span></td></tr>"
        for h, b, u in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        f'<body style="margin:0;background:#fafafa">\n'
        f'<table width="640" align="center" cellpadding="0" cellspacing="0" '
        f'style="background:#fff;padding:0 24px">\n'
        f'<tr><td style="padding:20px 0;font:bold 22px Georgia;color:{color}">{esc(title)}</td></tr>\n'
        f'<tr><td style="font:14px Arial;color:#333">{paras_html(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:18px 0;font:11px Arial;color:#888">{paras_html(footer)}</td></tr>\n'
        f"</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The text/plain twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro, ""]
    for h, b, u in items:
        lines += [f"* {h}", f"  {b}", f"  {u}", ""]
    lines.append(footer)
    return "\n".join(lines)


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> dict[str, str]:
    """Mailing-list headers for digests and newsletters."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub_url}>, <mailto:{unsub_mail}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
