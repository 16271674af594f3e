"""Shared pieces of corpus 215: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs215_* modules writes its own words; the helpers here
only put those words into the shapes mail programs and ATS senders give them.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Almudena Richter-Paz"
CANDIDATE_ADDR = "almudena.rp@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature, used in the mail she sends.
ME_SIG_ES = """--
Almudena Richter-Paz
Técnica en Farmacia | Asuntos Regulatorios
+34 652 118 407 · Málaga"""
ME_SIG_EN = """--
Almudena Richter-Paz
Pharmacy Technician | Regulatory Affairs
+34 652 118 407 · Málaga, Spain"""


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail programs do ("> " before each, ">" before blanks)."""
    lines = text.strip("\n").split("\n")
    return "\n".join(prefix + line if line else prefix.rstrip() for line in lines)


_ATTRIBUTION = {
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}


def reply_quote(lang: str, when: str, who: str, text: str) -> str:
    """An attribution line in the language of the replying program, then the quoted text."""
    return _ATTRIBUTION[lang].format(when=when, who=who) + "\n" + quote(text)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook_quote(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
                  cc: str = "") -> str:
    """An Outlook-style quoted block: a rule, the From/Sent/To/Subject lines, the old body."""
    f, s, t, c, j = _OUTLOOK[lang]
    head = [f"{f}: {frm}", f"{s}: {sent}", f"{t}: {to}"]
    if cc:
        head.append(f"{c}: {cc}")
    head.append(f"{j}: {subject}")
    return "________________________________\n" + "\n".join(head) + "\n\n" + body.strip("\n")


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forward block."""
    rule, f, d, s, t = _FORWARD[lang]
    return (f"{rule}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            + body.strip("\n"))


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def html_doc(body: str, lang: str, charset: str = "utf-8", title: str = "") -> str:
    """A bare HTML document around body."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def ats_card(brand: str, accent: str, heading: str, body_html: str, footer_html: str,
             lang: str, button: tuple[str, str] | None = None, charset: str = "utf-8") -> str:
    """The card layout ATS senders use: a coloured brand bar, a heading, the body, an optional
    button and a small grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{url}" style="background:{accent};'
               f'color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;'
               f'display:inline-block">{esc(label)}</a></td></tr>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            f'<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" style="padding:24px 0">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            f'style="background:#ffffff;border-radius:6px">\n'
            f'<tr><td style="background:{accent};color:#ffffff;padding:18px 32px;font-size:18px;'
            f'font-weight:bold">{esc(brand)}</td></tr>\n'
            f'<tr><td style="padding:24px 32px 8px;font-size:20px;color:#1d2330">{esc(heading)}'
            f'</td></tr>\n'
            f'<tr><td style="padding:8px 32px;font-size:14px;line-height:1.55;color:#333333">\n'
            f'{body_html}\n</td></tr>\n{btn}'
            f'<tr><td style="padding:16px 32px 24px;font-size:11px;color:#8a8f99;'
            f'border-top:1px solid #e6e8eb">{footer_html}</td></tr>\n'
            f'</table>\n</td></tr></table>\n</body>\n</html>\n')


def outlook_html(body_html: str, lang: str, charset: str = "utf-8") -> str:
    """The Word-HTML wrapper Outlook puts around a message (MsoNormal paragraphs)."""
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" '
            f'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:Calibri;}}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;'
            f'font-family:"Calibri",sans-serif;}}\n'
            f'span.EstiloCorreo17\n\t{{mso-style-type:personal-compose;}}\n'
            f'@page WordSection1\n\t{{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}\n'
            f'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n'
            f'<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            f'</xml><![endif]-->\n</head>\n'
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
            f'style="word-wrap:break-word">\n<div class="WordSection1">\n{body_html}\n'
            f'</div>\n</body>\n</html>\n')


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs with empty spacer paragraphs between."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_rule_html(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """The quoted part of an Outlook HTML reply: a top border and the From/Sent/To/Subject
    block, then the old body in MsoNormal paragraphs."""
    f, s, t, _c, j = _OUTLOOK[lang]
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>{esc(f)}:</b> {esc(frm)}<br>\n<b>{esc(s)}:</b> {esc(sent)}'
            f'<br>\n<b>{esc(t)}:</b> {esc(to)}<br>\n<b>{esc(j)}:</b> {esc(subject)}'
            f'<o:p></o:p></p></div>')
    return head + "\n" + mso(body)


def newsletter_html(brand: str, heading: str, items: list[tuple[str, str, str]],
                    footer_html: str, lang: str, intro: str = "",
                    charset: str = "utf-8") -> str:
    """A digest: brand header, optional intro, a list of linked items with a blurb each, and a
    footer (where the unsubscribe links go)."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 28px;border-bottom:1px solid #eeeeee">'
        f'<a href="{url}" style="font-size:16px;color:#0b5cad;text-decoration:none">'
        f'{esc(title)}</a><div style="font-size:13px;color:#555555;margin-top:4px">'
        f'{esc(blurb)}</div></td></tr>'
        for title, url, blurb in items)
    intro_row = (f'<tr><td style="padding:12px 28px;font-size:14px;color:#333333">{esc(intro)}'
                 f'</td></tr>\n') if intro else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'</head>\n<body style="margin:0;background:#eef1f4;font-family:Helvetica,Arial,'
            f'sans-serif">\n<table role="presentation" width="640" align="center" '
            f'cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="padding:20px 28px;background:#12324f;color:#ffffff;font-size:20px">'
            f'{esc(brand)}</td></tr>\n'
            f'<tr><td style="padding:18px 28px 6px;font-size:18px;color:#12324f">{esc(heading)}'
            f'</td></tr>\n{intro_row}{rows}\n'
            f'<tr><td style="padding:18px 28px;font-size:11px;color:#888888">{footer_html}'
            f'</td></tr>\n</table>\n</body>\n</html>\n')


def digest_text(heading: str, items: list[tuple[str, str, str]], intro: str = "",
                footer: str = "") -> str:
    """The plain-text side of a digest: heading, intro, each item with its link and blurb."""
    lines = [heading, "=" * len(heading), ""]
    if intro:
        lines += [intro, ""]
    for title, url, blurb in items:
        lines += [f"* {title}", f"  {blurb}", f"  {url}", ""]
    if footer:
        lines += ["--", footer]
    return "\n".join(lines) + "\n"
