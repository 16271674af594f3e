"""Shared pieces for corpus 283: the candidate, quoting helpers and HTML shells.

Only layout lives here; every message in the msgs283_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND = ("Aisling Moreau-Kapoor", "aisling.mk@example.co.uk")
CAND_NAME, CAND_ADDR = CAND

# The candidate's phone as she writes it in her own signature.
CAND_PHONE = "+44 7700 900 283"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text with a mail quote marker (blank lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix + line if line else prefix.rstrip())
    return "\n".join(out)


def on_wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client puts above a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The header block Outlook puts above an original message in a reply."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    rows = zip(labels, (frm, sent, to, subject), strict=True)
    return "\n".join(f"{label}: {value}" for label, value in rows)


def forward_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The block a mail client writes when forwarding a message inline."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    }[lang]
    title, *labels = head
    rows = zip(labels, (frm, date, subject, to), strict=True)
    return title + "\n" + "\n".join(f"{label}: {value}" for label, value in rows)


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single newlines become <br>.
    Lines starting with '>' are wrapped in a blockquote."""
    blocks = list(text.strip("\n").split("\n\n"))
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def html_page(body: str, lang: str = "en", title: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def ats_card(brand: str, accent: str, inner: str, footer: str = "", lang: str = "en") -> str:
    """An applicant-tracking-system style card: a coloured band, a white box, a grey footer."""
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:16px 24px;'
        f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#1f2937">\n{inner}\n'
        "</td></tr>\n"
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#6b7280">{footer}</td></tr>\n'
        "</table>\n</td></tr>\n</table>"
    )
    return html_page(body, lang, brand)


def word_html(inner: str, lang: str = "en") -> str:
    """The shape of an HTML mail written in Outlook (Word HTML with MsoNormal paragraphs)."""
    inner = inner.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang.upper()}-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "en", accent: str = "#0f766e") -> str:
    """A newsletter / job-alert layout: title band, intro, a list of linked items, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br>\n<span style=\"color:#374151\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    body = (
        '<div style="max-width:640px;margin:0 auto;font-family:Verdana,Arial,sans-serif;'
        'font-size:13px">\n'
        f'<h1 style="background:{accent};color:#fff;padding:14px;font-size:20px;margin:0">'
        f"{esc(title)}</h1>\n<div style=\"padding:12px 0\">{intro}</div>\n"
        f'<table role="presentation" width="100%" cellspacing="0" cellpadding="0">\n{rows}\n'
        f'</table>\n<div style="font-size:11px;color:#6b7280;padding-top:16px">{footer}</div>\n'
        "</div>"
    )
    return html_page(body, lang, title)


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines)
