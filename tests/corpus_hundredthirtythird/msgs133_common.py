"""Shared bits for the hundred-thirty-third corpus: the candidate, quoting helpers, HTML skins.

The skins are what the sending tools look like (an ATS card, an Outlook body, a Gmail body);
the words inside them are written by hand, message by message, in the msgs133_* modules.
"""

from __future__ import annotations

import html as _html

CANDIDATE = ("Camila Hoffmann-Quispe", "camila.hq@example.pe")
CAND_NAME, CAND_ADDR = CANDIDATE


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def paras(text: str) -> list[str]:
    """Hand-written text split into paragraphs (blank-line separated)."""
    return [block.strip("\n") for block in text.strip("\n").split("\n\n") if block.strip()]


def p_html(text: str, style: str = "margin:0 0 14px 0;") -> str:
    """Paragraphs as <p>, lines inside a paragraph as <br>."""
    out = []
    for block in paras(text):
        inner = "<br>\n".join(esc(line) for line in block.split("\n"))
        out.append(f'<p style="{style}">{inner}</p>')
    return "\n".join(out)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote a block the way most clients do ("> " before every line, ">" on blank ones)."""
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in lines)


def pixel(url: str) -> str:
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="display:block;width:1px;height:1px;border:0;">')


def ats_card(*, brand: str, accent: str, logo: str, logo_alt: str, body: str,
             button: tuple[str, str] | None = None, footer: list[str] | None = None,
             pixel_url: str | None = None, lang: str = "en", preheader: str = "",
             powered: str = "") -> str:
    """The card layout most applicant-tracking systems send: logo, white box, footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
               f'style="margin:8px 0 18px 0;"><tr><td bgcolor="{accent}" '
               f'style="border-radius:4px;"><a href="{url}" target="_blank" '
               f'style="display:inline-block;padding:11px 22px;font-family:Arial,sans-serif;'
               f'font-size:14px;color:#ffffff;text-decoration:none;font-weight:bold;">'
               f'{esc(label)}</a></td></tr></table>')
    foot = ""
    if footer:
        foot = "<br>\n".join(footer)
    pre = ""
    if preheader:
        pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">'
               f'{esc(preheader)}</div>')
    pow_ = ""
    if powered:
        pow_ = (f'<tr><td align="center" style="padding:6px 0 0 0;font-family:Arial,sans-serif;'
                f'font-size:10px;color:#b0b0b0;">{powered}</td></tr>')
    px = pixel(pixel_url) if pixel_url else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(brand)}</title></head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;">
<tr><td align="left" style="padding:0 0 16px 0;"><img src="{logo}" alt="{esc(logo_alt)}" height="40" style="display:block;height:40px;border:0;"></td></tr>
<tr><td bgcolor="#ffffff" style="padding:28px 32px;border-top:4px solid {accent};font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#2b2b2b;">
{p_html(body)}
{btn}
</td></tr>
<tr><td style="padding:18px 8px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#8a8a8a;">
{foot}
</td></tr>
{pow_}
</table>
</td></tr></table>
{px}
</body></html>
"""


def outlook_html(body: str, signature: str, font: str = "Calibri", size: str = "11.0pt",
                 lang: str = "ES-PE") -> str:
    """The HTML Outlook writes: WordSection1, MsoNormal paragraphs, a signature block."""
    lines = []
    for block in paras(body):
        for line in block.split("\n"):
            lines.append(f'<p class="MsoNormal"><span style="font-size:{size};font-family:'
                         f'&quot;{font}&quot;,sans-serif">{esc(line)}<o:p></o:p></span></p>')
        lines.append(f'<p class="MsoNormal"><span style="font-size:{size};font-family:'
                     f'&quot;{font}&quot;,sans-serif"><o:p>&nbsp;</o:p></span></p>')
    sig = "\n".join(
        f'<p class="MsoNormal"><span style="font-size:9.0pt;font-family:&quot;{font}&quot;,'
        f'sans-serif;color:#1F3864">{esc(line)}<o:p></o:p></span></p>'
        for line in signature.strip("\n").split("\n"))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{chr(10).join(lines)}
{sig}
</div>
</body></html>
"""


def gmail_html(body: str, quoted_html: str = "") -> str:
    """The HTML Gmail writes: a ltr div, <br> between lines, an optional gmail_quote."""
    blocks = []
    for block in paras(body):
        blocks.append("<div>" + "<br>".join(esc(line) for line in block.split("\n"))
                      + "</div><div><br></div>")
    q = ""
    if quoted_html:
        q = ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px '
             '0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + quoted_html + "</blockquote></div>")
    return '<div dir="ltr">' + "".join(blocks) + "</div>" + q + "\n"
