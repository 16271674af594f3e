"""What the spec modules share: the candidate and the HTML chrome a few senders wrap around
their own words. Each message's words are written in its own spec; only the frame a given
tool puts around them is shared here, the way one ATS sends every tenant the same shell."""

from __future__ import annotations

CANDIDATE = ("Tobias Rennert", "tobias.rennert@example.de")
ME = CANDIDATE


def table_shell(inner: str, *, logo: str, alt: str, color: str, footer: str,
                pixel: str = "", width: int = 600, font: str = "Arial, Helvetica, sans-serif",
                lang: str = "de") -> str:
    """Layout-table mail of the older ATS families (Workday, SuccessFactors, Taleo, iCIMS)."""
    img = (f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0" />'
           if pixel else "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title></title>
<style type="text/css">body{{margin:0;padding:0}} a{{color:{color}}} @media only screen and (max-width:620px){{.wrap{{width:100% !important}}}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="wrap" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {color};">
<tr><td style="padding:20px 32px 8px 32px;"><img src="{logo}" alt="{alt}" width="160" style="display:block;border:0;height:auto;" /></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:{font};font-size:14px;line-height:21px;color:#333333;">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#8a8a8a;">
{footer}
</td></tr>
</table>
{img}
</td></tr>
</table>
</body>
</html>
"""


def card_shell(inner: str, *, alt: str, logo: str, footer: str, pixel: str = "",
               accent: str = "#24a47f", lang: str = "en") -> str:
    """The centred card of the newer ATS (Greenhouse, Lever, Ashby, Personio, Teamtailor)."""
    img = f'<img src="{pixel}" alt="" width="1" height="1" border="0" />' if pixel else ""
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#f6f7f9;margin:0;padding:0;">
<div style="max-width:560px;margin:0 auto;padding:32px 16px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;">
<div style="text-align:left;padding-bottom:20px;"><img src="{logo}" alt="{alt}" height="36" style="height:36px;border:0;"></div>
<div style="background:#ffffff;border-radius:8px;padding:28px 28px 20px 28px;border:1px solid #e6e8eb;font-size:15px;line-height:1.55;color:#1f2328;">
{inner}
</div>
<div style="font-size:12px;color:#8c959f;padding:16px 4px;line-height:1.5;border-top:2px solid {accent};margin-top:20px;">
{footer}
</div>
</div>
{img}
</body></html>
"""


def outlook_html(inner: str, *, lang: str = "DE") -> str:
    """What Outlook for Windows sends for a person's mail: Word HTML, MsoNormal paragraphs."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:"Cambria Math";}} @font-face {{font-family:Calibri;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{mso-style-priority:99;color:#0563C1;text-decoration:underline;}}
span.EmailStyle17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def gmail_html(inner: str, quote: str = "") -> str:
    """What Gmail sends: a ltr div, and the quoted chain in a gmail_quote block."""
    tail = f'<br><div class="gmail_quote">{quote}</div>' if quote else ""
    return f'<div dir="ltr">{inner}</div>{tail}\n'
