"""Shared pieces for corpus 177: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs177_*.py modules writes its own words; the helpers here only arrange
them (quote marks, attribution lines, Outlook header blocks, HTML tables).
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Maëlle Brunetti-Okafor"
CANDIDATE_ADDR = "maelle.bo@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+33 6 71 24 58 09"


# --------------------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text as a mail client does when replying."""
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + line) if line.strip() else prefix.rstrip() for line in lines)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a client writes above quoted text (when is already localised)."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook-style header block above a quoted original (no '>' marks)."""
    labels = {
        "fr": ("De", "Envoyé", "À", "Objet"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    rows = zip(labels, (frm, sent, to, subject), strict=True)
    return "\n".join(f"{label}{sep} {value}" for label, value in rows)


def forwarded_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The block a client writes at the top of a forwarded message."""
    head, labels = {
        "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
        "de": ("---------- Weitergeleitete Nachricht ---------", ("Von", "Date", "Subject", "To")),
        "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
        "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
    }[lang]
    rows = zip(labels, (frm, date, subject, to), strict=True)
    return head + "\n" + "\n".join(f"{label}: {value}" for label, value in rows)


def sig_candidate(lang: str) -> str:
    """The candidate's own short signature."""
    closing = {"fr": "Bien cordialement,", "en": "Kind regards,", "de": "Mit freundlichen Grüßen",
               "es": "Un saludo cordial,"}[lang]
    return f"{closing}\n{CANDIDATE_NAME}\n{CANDIDATE_PHONE}"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single breaks become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px;'
                       f'color:#555">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(body_html: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            f"{body_html}\n</body>\n</html>\n")


def ats_card(brand: str, color: str, heading: str, body_html: str, footer: str,
             lang: str = "fr") -> str:
    """A one-column ATS notification card: a coloured banner, a white box, a grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"></head>\n'
        f'<body style="margin:0;background:#f3f4f6">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center" style="padding:24px 8px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 24px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px;font:15px/1.5 Arial,sans-serif;color:#1f2937">\n'
        f"<h2 style=\"font-size:18px;margin:0 0 12px\">{esc(heading)}</h2>\n"
        f"{body_html}\n</td></tr>\n"
        f'<tr><td style="padding:14px 24px;font:11px Arial,sans-serif;color:#6b7280;'
        f'border-top:1px solid #e5e7eb">{footer}</td></tr>\n'
        f"</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, color: str = "#2563eb") -> str:
    return (f'<p style="margin:20px 0"><a href="{url}" style="background:{color};color:#fff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')


def outlook_html(body_html: str, lang: str = "fr") -> str:
    """The Word-generated HTML Outlook sends: namespaces, MsoNormal paragraphs, WordSection1."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        "</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain text to Outlook MsoNormal paragraphs (one per line, &nbsp; for blank lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0f766e", lang: str = "fr") -> str:
    """A newsletter / job-alert digest: a title, an intro and linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="font:bold 15px Arial,sans-serif;color:{color}">{esc(head)}</a>'
        f'<div style="font:13px/1.4 Arial,sans-serif;color:#374151">{esc(blurb)}</div></td></tr>'
        for head, blurb, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        f'<body style="margin:0;background:#ffffff">\n'
        f'<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="padding:20px 0;font:bold 22px Georgia,serif;color:{color}">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="font:14px/1.5 Arial,sans-serif;color:#111827;padding-bottom:8px">'
        f"{esc(intro)}</td></tr>\n"
        f'<tr><td><table role="presentation" width="100%">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="padding:18px 0;font:11px Arial,sans-serif;color:#6b7280">{footer}</td></tr>\n'
        f"</table>\n</body>\n</html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, blurb, url in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{body}\n\n--\n{footer}\n"
