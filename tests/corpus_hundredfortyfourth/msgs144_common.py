"""Small shared pieces for the hundred-forty-fourth corpus: the candidate, quoting, and the
HTML shells that applicant-tracking systems, newsletters and mail programs wrap text in.

Only the shells are shared; every message writes its own words.
"""

from __future__ import annotations

import html as _html
import re

CANDIDATE_NAME = "Rafael Ortega-Lindström"
CANDIDATE_ADDR = "rafael.ol@example.cl"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line the way mail programs do ('>' before empty lines too)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def ps(*paras: str, style: str = "margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333;") -> str:
    """Paragraphs with the inline style tools use (no CSS classes survive webmail)."""
    return "\n".join(f'<p style="{style}">{p}</p>' for p in paras)


def to_text(fragment: str) -> str:
    """A rough plain-text rendering of an HTML fragment, as ATS 'text part' generators do."""
    text = re.sub(r"<br\s*/?>", "\n", fragment)
    text = re.sub(r"</p>|</tr>|</h[1-6]>|</li>", "\n\n", text)
    text = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 (\1)", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = _html.unescape(text)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def pixel(url: str) -> str:
    return (f'<img src="{url}" width="1" height="1" border="0" alt="" '
            'style="display:block;height:1px;width:1px;border:0;margin:0;padding:0;">')


def ats_card(*, logo_url: str, logo_alt: str, accent: str, body: str, footer: str,
             pixel_url: str = "", lang: str = "es", width: int = 600) -> str:
    """The centred 600px card of Workday, SuccessFactors, SmartRecruiters and friends."""
    track = pixel(pixel_url) if pixel_url else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title></title></head>
<body style="margin:0;padding:0;background-color:#f2f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f6">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent};font-family:Arial,Helvetica,sans-serif;">
<tr><td style="padding:22px 32px 6px 32px;"><img src="{logo_url}" alt="{logo_alt}" height="36" style="display:block;border:0;height:36px;"></td></tr>
<tr><td style="padding:18px 32px 8px 32px;">
{body}
</td></tr>
<tr><td style="padding:16px 32px 24px 32px;border-top:1px solid #e3e6ea;font-size:11px;line-height:16px;color:#8a9099;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{track}
</body>
</html>
"""


def button(url: str, label: str, color: str) -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 18px 0;"><tr>'
            f'<td bgcolor="{color}" style="border-radius:4px;"><a href="{url}" target="_blank" '
            f'style="display:inline-block;padding:11px 22px;font-family:Arial,sans-serif;font-size:14px;'
            f'color:#ffffff;text-decoration:none;font-weight:bold;">{label}</a></td></tr></table>')


def gmail_html(body: str) -> str:
    """What Gmail sends as the HTML half of a personal message."""
    return f'<div dir="ltr">{body}</div>\n'


def outlook_html(body: str, lang: str = "ES-CL") -> str:
    """The Word-flavoured HTML Outlook desktop produces."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def mso(*lines: str) -> str:
    """Outlook paragraphs: one MsoNormal per line, an empty one for a blank line."""
    out = []
    for line in lines:
        if line:
            out.append(f'<p class="MsoNormal">{line}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)
