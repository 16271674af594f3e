"""Shared pieces for corpus 164: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs164_* modules writes its own words. These helpers
only indent quotes, build attribution lines in the four languages and wrap paragraphs
in the HTML a given kind of sender would produce.
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Declan Mbeki-Hartley"
CANDIDATE_ADDR = "declan.mh@example.co.uk"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def quote(text: str, prefix: str = ">") -> str:
    """Quote every line the way a mail client does ("> " or ">" for an empty line)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix + (" " + line if line and not line.startswith(">") else line))
    return "\n".join(out)


def on_wrote(lang: str, when: str, who: str) -> str:
    """The attribution line above a quote; `when` is already written in the language."""
    if lang == "de":
        return f"Am {when} schrieb {who}:"
    if lang == "fr":
        return f"Le {when}, {who} a écrit :"
    if lang == "es":
        return f"El {when}, {who} escribió:"
    return f"On {when}, {who} wrote:"


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """New text, an attribution line and the quoted older message."""
    return f"{new.rstrip()}\n\n{on_wrote(lang, when, who)}\n{quote(old)}\n"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The header block Outlook puts above an unquoted older message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado", "Para", "Asunto"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    values = (frm, sent, to, subject)
    lines = [f"{label}{sep} {value}" for label, value in zip(labels, values, strict=True)]
    return "_" * 32 + "\n" + "\n".join(lines)


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """Outlook style: new text, the header block, the older message unindented."""
    block = outlook_block(lang, frm, sent, to, subject)
    return f"{new.rstrip()}\n\n{block}\n\n{old.strip()}\n"


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded-message block."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject",
               "To"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    }[lang]
    return (f"{head[0]}\n{head[1]}: {frm}\n{head[2]}: {date}\n{head[3]}: {subject}\n"
            f"{head[4]}: {to}\n\n{body.strip()}\n")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, line breaks kept."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(body_html: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"</head>\n<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{body_html}\n</body>\n</html>\n")


def ats_card(brand: str, colour: str, body_html: str, footer: str, lang: str = "en") -> str:
    """A hosted-ATS notification: a coloured header band, a white card and a grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{colour};padding:18px 24px;color:#fff;'
        f'font:bold 18px Helvetica,Arial">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#fff;border-radius:6px;padding:24px;font:14px/1.5 Helvetica,Arial">'
        f"<tr><td>\n{body_html}\n</td></tr></table></td></tr>\n"
        '<tr><td style="padding:12px 24px;color:#6b7280;font:11px Helvetica,Arial">'
        f"{footer}</td></tr>\n</table>\n</body>\n</html>\n"
    )


def outlook_html(body_html: str, lang: str = "en-GB") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs inside WordSection1."""
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
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs with empty spacer paragraphs."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        lines = "<br>\n".join(esc(x) for x in b.split("\n"))
        out.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>\n'
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "en", colour: str = "#1f4e79") -> str:
    """A newsletter / job-alert: a title, an intro and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #ddd">'
        f'<a href="{url}" style="font-weight:bold;color:{colour}">{esc(head)}</a><br>'
        f"<span style=\"color:#333\">{esc(blurb)}</span></td></tr>"
        for head, blurb, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="font-family:Verdana,sans-serif;font-size:13px">\n'
        f'<h1 style="color:{colour};font-size:20px">{esc(title)}</h1>\n'
        f"<p>{esc(intro)}</p>\n<table width=\"100%\">\n{rows}\n</table>\n"
        f'<p style="color:#777;font-size:11px">{footer}</p>\n</body>\n</html>\n'
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, blurb, url in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{body}\n\n--\n{footer}\n"
