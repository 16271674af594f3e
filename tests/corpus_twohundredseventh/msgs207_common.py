"""Shared pieces of corpus 207: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs207_*.py modules writes its own words; nothing here writes text that
a classifier could learn from beyond layout, quoting marks and the candidate's name.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Lucía Hartley-Mendoza"
CAND_ADDR = "lucia.hm@example.ar"
CAND = (CAND_NAME, CAND_ADDR)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way a mail program does ("> " and a bare ">" for blanks)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def on_wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quote, in the writer's mail program language."""
    who = f"{name} <{addr}>"
    if lang == "en":
        return f"On {when}, {who} wrote:"
    if lang == "de":
        return f"Am {when} schrieb {who}:"
    if lang == "fr":
        return f"Le {when}, {who} a écrit :"
    return f"El {when}, {who} escribió:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, cc: str = "") -> str:
    """The header block Outlook puts above an unquoted earlier message."""
    labels = {
        "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
        "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    }[lang]
    f, s, t, c, subj, sep = labels
    lines = ["_" * 32, f"{f}{sep}{frm}", f"{s}{sep}{sent}", f"{t}{sep}{to}"]
    if cc:
        lines.append(f"{c}{sep}{cc}")
    lines.append(f"{subj}{sep}{subject}")
    return "\n".join(lines)


def forwarded_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The header block a webmail writes above a forwarded message."""
    if lang == "en":
        return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\n"
                f"Subject: {subject}\nTo: {to}")
    if lang == "de":
        return (f"---------- Weitergeleitete Nachricht ---------\nVon: {frm}\nDate: {date}\n"
                f"Subject: {subject}\nTo: {to}")
    if lang == "fr":
        return (f"---------- Forwarded message ---------\nDe : {frm}\nDate : {date}\n"
                f"Objet : {subject}\nÀ : {to}")
    return (f"---------- Mensaje reenviado ---------\nDe: {frm}\nDate: {date}\n"
            f"Subject: {subject}\nTo: {to}")


# ---------------------------------------------------------------------------------------------
# HTML shells: layout only. `paras` turns a message's own plain text into paragraphs.

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Blank-line separated paragraphs of text as HTML paragraphs, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(p_open + "<br>\n".join(esc(x) for x in b.split("\n")) + p_close
                     for b in blocks)


def page(body: str, lang: str = "es", title: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>")


def ats_card(brand: str, body_html: str, footer: str = "", color: str = "#1f4e79",
             lang: str = "es", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: coloured band with the employer, body, small footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{esc(url)}" '
               f'style="background:{color};color:#fff;padding:10px 18px;'
               f'text-decoration:none;border-radius:4px">{esc(label)}</a></td></tr>')
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#777">{footer}</td></tr>'
            if footer else "")
    return page(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border:1px solid #e5e7eb">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 32px;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px 32px;font-size:14px;line-height:1.5;color:#111">\n'
        f"{body_html}\n</td></tr>\n{btn}\n{foot}\n</table>\n</td></tr>\n</table>",
        lang=lang, title=brand)


def outlook_html(body_html: str, lang: str = "es") -> str:
    """The Word-generated HTML Outlook sends: Office namespaces, MsoNormal paragraphs."""
    body_html = body_html.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        "</div>\n</body>\n</html>")


def newsletter_html(masthead: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, lang: str = "es", color: str = "#0b6e4f") -> str:
    """A digest: masthead, intro, one block per item (title, blurb, link), unsubscribe footer."""
    blocks = "\n".join(
        f'<tr><td style="padding:12px 28px;border-bottom:1px solid #eee">'
        f'<a href="{esc(link)}" style="color:{color};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(title)}</a>'
        f'<div style="font-size:13px;color:#444;margin-top:4px">{esc(blurb)}</div></td></tr>'
        for title, blurb, link in items)
    return page(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="font-family:Verdana,Arial,sans-serif">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px 28px;font-size:22px">'
        f"{esc(masthead)}</td></tr>\n"
        f'<tr><td style="padding:16px 28px;font-size:14px">{paras(intro)}</td></tr>\n'
        f"{blocks}\n"
        f'<tr><td style="padding:18px 28px;font-size:11px;color:#888">{footer}</td></tr>\n'
        "</table>", lang=lang, title=masthead)


def plain_html(body_html: str, lang: str = "es", font: str = "Arial, sans-serif") -> str:
    """A webmail's HTML part: one div with the paragraphs and a signature."""
    return (f'<div dir="ltr" style="font-family:{font};font-size:14px">\n{body_html}\n</div>')


def blockquote(inner_html: str) -> str:
    return ('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc '
            f'solid;padding-left:1ex">\n{inner_html}\n</blockquote>')
