"""Shared bits of the hundred-and-thirty-first corpus: the candidate, and the HTML chrome that
applicant-tracking systems, mail clients and newsletter tools wrap around hand-written text.

The chrome is the tool's, the words inside it are each message's own (see the msgs131_*.py files).
"""

from __future__ import annotations

ME = ("Aoife Nakamura-Byrne", "aoife.nb@example.ie")
CANDIDATE = ME[1]


def pixel(url: str) -> str:
    """A one-pixel open tracker, the way marketing and ATS tools append it."""
    return f'<img src="{url}" width="1" height="1" alt="" border="0" style="display:block;height:1px;width:1px;border:0">'


def ats_card(body: str, *, brand: str, logo: str, accent: str = "#1f4e79", footer: str = "",
             track: str = "", charset: str = "utf-8", lang: str = "en", preheader: str = "") -> str:
    """The centred 600px card most applicant-tracking systems send: logo, body, grey footer."""
    hidden = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>\n'
              if preheader else "")
    tracker = pixel(track) if track else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{brand}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6">
{hidden}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6">
<tr><td align="center" style="padding:28px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:24px 36px 8px 36px"><img src="{logo}" alt="{brand}" width="150" style="display:block;border:0;outline:none"></td></tr>
<tr><td style="padding:8px 36px 28px 36px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:23px;color:#1f2933">
{body}
</td></tr>
<tr><td style="padding:18px 36px;background-color:#f9fafb;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#7b8794">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{tracker}
</body>
</html>
"""


def gmail_html(body: str) -> str:
    """What Gmail sends for a message typed in its composer."""
    return f'<div dir="ltr">{body}</div>\n'


def outlook_html(body: str, *, charset: str = "utf-8") -> str:
    """Outlook desktop's Word-generated HTML, trimmed to what matters."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}
.MsoChpDefault {{mso-style-type:export-only;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-IE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def newsletter(items: list[tuple[str, str, str]], *, title: str, intro: str, masthead: str,
               accent: str, footer: str, track: str, lang: str = "en", charset: str = "utf-8",
               cta: str = "Read more") -> str:
    """A marketing-tool newsletter: masthead, intro, one block per item, legal footer."""
    blocks = []
    for headline, blurb, link in items:
        blocks.append(f"""<tr><td style="padding:18px 32px;border-bottom:1px solid #eeeeee;font-family:Georgia,'Times New Roman',serif">
<h2 style="margin:0 0 8px 0;font-size:19px;line-height:25px;color:#111111"><a href="{link}" style="color:#111111;text-decoration:none">{headline}</a></h2>
<p style="margin:0 0 10px 0;font-size:15px;line-height:22px;color:#444444">{blurb}</p>
<a href="{link}" style="font-family:Arial,sans-serif;font-size:13px;font-weight:bold;color:{accent}">{cta} &rarr;</a>
</td></tr>""")
    joined = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title></head>
<body style="margin:0;padding:0;background:#ececec">
<center>
<table role="presentation" width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;margin:20px auto">
<tr><td style="background:{accent};padding:20px 32px;font-family:Arial,sans-serif;color:#ffffff;font-size:22px;font-weight:bold">{masthead}</td></tr>
<tr><td style="padding:22px 32px 8px 32px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#333333">{intro}</td></tr>
{joined}
<tr><td style="padding:20px 32px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#999999">{footer}</td></tr>
</table>
</center>
{pixel(track)}
</body></html>
"""
