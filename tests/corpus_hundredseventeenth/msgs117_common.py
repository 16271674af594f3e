"""Shared bits of corpus hundredseventeenth: the candidate, a dedent helper and the HTML
skeletons that applicant-tracking systems, mail clients and newsletter tools wrap around
their text. The words of each message are written in the msgs117_*.py modules, one by one.
"""

from __future__ import annotations

import textwrap

CAND = "mateo.ql@example.pe"
CAND_NAME = "Mateo Quispe-Lindahl"
ME = (CAND_NAME, CAND)


def T(text: str) -> str:
    """A body written indented in the source, dedented, with one final newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def P(*paragraphs: str, style: str = "margin:0 0 14px 0;") -> str:
    """Paragraphs (inline HTML allowed) as <p> elements with an inline style."""
    return "\n".join(f'<p style="{style}">{p}</p>' for p in paragraphs)


def pixel(url: str) -> str:
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="display:block;width:1px;height:1px;border:0;">')


def button(href: str, label: str, color: str, font: str = "Arial, Helvetica, sans-serif") -> str:
    return (
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
        'style="margin:8px 0 18px 0;"><tr>'
        f'<td bgcolor="{color}" style="border-radius:4px;">'
        f'<a href="{href}" target="_blank" style="display:inline-block;padding:11px 22px;'
        f'font-family:{font};font-size:14px;font-weight:bold;color:#ffffff;'
        f'text-decoration:none;">{label}</a></td></tr></table>'
    )


def ats_table(*, lang: str, logo_src: str, logo_alt: str, accent: str, content: str,
              footer: str, pixel_url: str, preheader: str = "",
              font: str = "Arial, Helvetica, sans-serif", width: int = 600) -> str:
    """The layout-table mail of Workday, SuccessFactors, iCIMS, Taleo and friends."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title></title>
</head>
<body style="margin:0;padding:0;background-color:#eef0f3;">
<span style="display:none;font-size:1px;line-height:1px;color:#eef0f3;max-height:0;max-width:0;opacity:0;overflow:hidden;">{preheader}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef0f3;">
<tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="width:{width}px;max-width:100%;background-color:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:26px 34px 6px 34px;"><img src="{logo_src}" alt="{logo_alt}" width="160" style="display:block;border:0;outline:none;" /></td></tr>
<tr><td style="padding:10px 34px 26px 34px;font-family:{font};font-size:14px;line-height:22px;color:#30343b;">
{content}
</td></tr>
</table>
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="width:{width}px;max-width:100%;">
<tr><td style="padding:16px 34px 24px 34px;font-family:{font};font-size:11px;line-height:16px;color:#8a9099;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{pixel(pixel_url)}
</body>
</html>
"""


def plain_ats(*, content: str, footer: str, pixel_url: str = "",
              font: str = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif") -> str:
    """The sparse HTML of Greenhouse, Lever, Ashby or Workable: one div, a rule, a footer."""
    tracker = pixel(pixel_url) if pixel_url else ""
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body>
<div style="font-family:{font};font-size:15px;line-height:1.5;color:#1f2328;max-width:560px;">
{content}
</div>
<hr style="border:none;border-top:1px solid #e1e4e8;margin:28px 0 12px 0;max-width:560px;">
<div style="font-family:{font};font-size:12px;color:#6a737d;max-width:560px;">
{footer}
</div>
{tracker}
</body>
</html>
"""


def outlook(content: str, lang: str = "ES-PE") -> str:
    """HTML as Outlook for Windows writes it: Word styles and MsoNormal paragraphs."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:"Cambria Math";}}
@font-face {{font-family:Calibri;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{mso-style-priority:99;color:#0563C1;text-decoration:underline;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{content}
</div>
</body>
</html>
"""


def mso(*lines: str) -> str:
    """Outlook paragraphs; an empty string is Outlook's empty paragraph."""
    return "\n".join('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if not line
                     else f'<p class="MsoNormal">{line}<o:p></o:p></p>' for line in lines)


def gmail(content: str, attribution: str = "", quoted: str = "") -> str:
    """HTML as Gmail writes it, with its quote block when there is one."""
    quote = ""
    if quoted:
        quote = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attribution}'
                 '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}'
                 '</blockquote></div>')
    return f'<div dir="ltr">{content}</div>{quote}\n'


def newsletter(*, lang: str, masthead: str, accent: str, intro: str, items: list[tuple[str, str, str]],
               footer: str, pixel_url: str, logo_src: str, preheader: str = "") -> str:
    """A marketing-tool newsletter or job digest: masthead, link blocks, legal footer."""
    blocks = "\n".join(
        f"""<tr><td style="padding:14px 28px;border-bottom:1px solid #ececec;font-family:Helvetica, Arial, sans-serif;">
<a href="{href}" style="font-size:16px;font-weight:bold;color:{accent};text-decoration:none;">{title}</a>
<div style="font-size:13px;line-height:19px;color:#555555;padding-top:4px;">{blurb}</div>
</td></tr>""" for title, href, blurb in items)
    return f"""<!doctype html>
<html lang="{lang}">
<head><meta charset="%CHARSET%"><meta name="viewport" content="width=device-width"><title>{masthead}</title></head>
<body style="margin:0;background:#f6f6f4;">
<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>
<center>
<table role="presentation" width="620" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;margin:18px auto;">
<tr><td style="background:{accent};padding:18px 28px;"><img src="{logo_src}" alt="{masthead}" height="34" style="display:block;border:0;"></td></tr>
<tr><td style="padding:22px 28px 8px 28px;font-family:Helvetica, Arial, sans-serif;font-size:14px;line-height:21px;color:#333333;">{intro}</td></tr>
{blocks}
<tr><td style="padding:20px 28px;font-family:Helvetica, Arial, sans-serif;font-size:11px;line-height:16px;color:#999999;">{footer}</td></tr>
</table>
</center>
{pixel(pixel_url)}
</body>
</html>
"""
