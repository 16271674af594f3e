"""Shared pieces of corpus 277: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs277_* modules writes its own words; these helpers only lay them out.
"""

from __future__ import annotations

import html as _html

ME_NAME = "Henrike Adjei-Sommer"
ME_ADDR = "henrike.as@example.at"
ME = (ME_NAME, ME_ADDR)

ME_SIG_DE = """Henrike Adjei-Sommer
Staatlich geprüfte Skilehrerin | Tourismusmarketing
Höttinger Gasse 14/3, 6020 Innsbruck
+43 664 381 2290"""

ME_SIG_EN = """Henrike Adjei-Sommer
Ski instructor (Austrian state-certified), moving into tourism marketing
Innsbruck, Austria | +43 664 381 2290"""


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail programs do ("> " before each line)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def wrote(lang: str, when: str, who: str, addr: str) -> str:
    """The attribution line a mail program puts above a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {who} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {who} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {who} <{addr}> escribió:"
    return f"On {when}, {who} <{addr}> wrote:"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The header block Outlook puts above the previous message in a reply."""
    labels = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De ", "Envoyé ", "À ", "Objet "),
        "es": ("De", "Enviado", "Para", "Asunto"),
    }[lang]
    rule = "________________________________"
    return "\n".join([
        rule,
        f"{labels[0]}: {frm}",
        f"{labels[1]}: {sent}",
        f"{labels[2]}: {to}",
        f"{labels[3]}: {subject}",
    ])


def forward_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The block a mail program writes above a forwarded message."""
    if lang == "de":
        head, labels = "---------- Weitergeleitete Nachricht ---------", ("Von", "Datum", "Betreff", "An")
    elif lang == "fr":
        head, labels = "---------- Message transféré ---------", ("De", "Date", "Objet", "À")
    elif lang == "es":
        head, labels = "---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")
    else:
        head, labels = "---------- Forwarded message ---------", ("From", "Date", "Subject", "To")
    return "\n".join([
        head,
        f"{labels[0]}: {frm}",
        f"{labels[1]}: {date}",
        f"{labels[2]}: {subject}",
        f"{labels[3]}: {to}",
    ])


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text paragraphs as HTML paragraphs (blank line = new paragraph, line = <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       f"{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def plain_html(inner: str, lang: str = "de") -> str:
    """A bare HTML document around inner."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{inner}\n</body>\n</html>")


def ats_card(brand: str, color: str, inner: str, footer: str, lang: str = "de") -> str:
    """An ATS notification card: a coloured band with the brand, a white card, a small footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f2f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{color};color:#ffffff;padding:18px 28px;font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>
<tr><td style="padding:28px;font:14px/1.55 Arial,sans-serif;color:#1f2933">
{inner}
</td></tr>
<tr><td style="padding:14px 28px;font:11px/1.4 Arial,sans-serif;color:#7b8794;border-top:1px solid #e4e7eb">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>"""


def outlook_html(inner: str, lang: str = "de") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs inside a WordSection1 div."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang.upper()}-AT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>"""


def mso(text: str) -> str:
    """Plain text paragraphs as Outlook MsoNormal paragraphs."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "de", color: str = "#0b4f6c") -> str:
    """A newsletter / digest: title, intro, a list of (headline, blurb, url) and a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font:bold 15px Arial,sans-serif;color:{color}">{esc(head)}</a>'
        f'<div style="font:13px/1.5 Arial,sans-serif;color:#444">{esc(blurb)}</div></td></tr>'
        for head, blurb, url in items
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="margin:0;background:#fafafa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;padding:0 24px">
<tr><td style="padding:20px 0;font:bold 22px Georgia,serif;color:{color}">{esc(title)}</td></tr>
<tr><td style="font:14px/1.5 Arial,sans-serif;color:#222">{paras(intro)}</td></tr>
{rows}
<tr><td style="padding:18px 0;font:11px/1.4 Arial,sans-serif;color:#888">{footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>"""
