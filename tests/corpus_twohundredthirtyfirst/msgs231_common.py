"""Shared pieces for corpus 231: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs231_* modules writes its own words; the helpers here
wrap those words in a reply chain, an Outlook block or an HTML frame.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Maëlys Okafor-Brandt"
CANDIDATE_ADDR = "maelys.ob@example.fr"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


# --------------------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of `text` the way mail programs quote a reply."""
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in lines)


def wrote_en(when: str, name: str, addr: str, text: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:\n{quote(text)}"


def wrote_fr(when: str, name: str, addr: str, text: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :\n{quote(text)}"


def wrote_de(when: str, name: str, addr: str, text: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:\n{quote(text)}"


def wrote_es(when: str, name: str, addr: str, text: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:\n{quote(text)}"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style quoted original: a rule, From/Sent/To/Subject lines, the old text."""
    f, s, t, subj = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    head = "\n".join([
        "_" * 32,
        f"{f}{sep}{sender}",
        f"{s}{sep}{sent}",
        f"{t}{sep}{to}",
        f"{subj}{sep}{subject}",
    ])
    return f"{head}\n\n{text.strip()}"


_FORWARD_LABELS = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, sender: str, when: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded block."""
    rule, f, d, s, t = _FORWARD_LABELS[lang]
    return (f"{rule}\n{f}: {sender}\n{d}: {when}\n{s}: {subject}\n{t}: {to}\n\n"
            f"{text.strip()}")


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, single newlines as <br>."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>")
    return "\n".join(out)


def simple_html(body_html: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n'
            "</body>\n</html>\n")


def ats_card(brand: str, colour: str, body_html: str, footer: str, lang: str = "en") -> str:
    """An ATS notification card: a coloured band with the brand, a white box, a small footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{colour};padding:18px 32px;color:#fff;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 32px">\n'
        '<div style="background:#fff;border-radius:6px;padding:24px;'
        'font:14px/1.5 Helvetica,Arial,sans-serif;color:#1f2937">\n'
        f"{body_html}\n</div>\n</td></tr>\n"
        '<tr><td style="padding:8px 32px 24px;font:11px Helvetica,Arial,sans-serif;'
        f'color:#6b7280">{footer}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def button(label: str, href: str, colour: str = "#2563eb") -> str:
    return (f'<p><a href="{href}" style="display:inline-block;background:{colour};color:#fff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')


def outlook_html(body_html: str, lang: str = "fr") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs inside a WordSection1 div."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs with an empty paragraph between them."""
    out = []
    for block in text.strip().split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "fr", colour: str = "#0f766e") -> str:
    """A digest: a header band, an intro, one block per item (title, link, blurb), a footer."""
    blocks = []
    for heading, href, blurb in items:
        blocks.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
            f'<a href="{href}" style="font:bold 15px Arial,sans-serif;color:{colour}">'
            f"{esc(heading)}</a>"
            f'<div style="font:13px/1.4 Arial,sans-serif;color:#374151">{esc(blurb)}</div>'
            "</td></tr>")
    rows = "\n".join(blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n<body style=\"margin:0;background:#fafafa\">\n"
        '<table role="presentation" width="620" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:16px 24px;'
        f'font:bold 20px Arial,sans-serif">{esc(title)}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;font:14px Arial,sans-serif">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        '<tr><td style="padding:16px 24px;font:11px Arial,sans-serif;color:#6b7280">'
        f"{footer}</td></tr>\n</table>\n</body>\n</html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer_text: str) -> str:
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for heading, href, blurb in items:
        lines += [f"* {heading}", f"  {blurb}", f"  {href}", ""]
    lines.append(footer_text.strip())
    return "\n".join(lines) + "\n"
