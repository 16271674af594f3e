"""Shared bits for the hand-written specs of the hundredthirtyfifth corpus.

Only the candidate's address and a few HTML frames live here (the grey ATS card, the Outlook
"WordSection1" body, the newsletter with many links). The wording of every message is written
in its own spec, in msgs135_*.py.
"""

from __future__ import annotations

import hashlib
from html import escape
from urllib.parse import quote

SHAUNA = ("Shauna Adeyemi-Clarke", "shauna.ac@example.co.uk")


def click(host: str, target: str, path: str = "ls/click") -> str:
    """A click-tracker link as mail tools rewrite them (deterministic token)."""
    token = hashlib.sha1(f"{host}|{target}".encode()).hexdigest()
    return f"https://{host}/{path}?upn={token[:26]}-2B{token[26:34]}&u={quote(target, safe='')}"


def pixel(host: str, seed: str) -> str:
    """A 1x1 open-tracking image."""
    token = hashlib.sha1(seed.encode()).hexdigest()[:22]
    return (f'<img src="https://{host}/o/{token}.gif" width="1" height="1" alt="" '
            f'style="display:block;border:0;width:1px;height:1px;overflow:hidden">')


def paras(text: str, style: str = "margin:0 0 14px 0") -> str:
    """Plain paragraphs as <p> blocks, line breaks kept (the HTML half of an alternative)."""
    blocks = []
    for block in text.strip("\n").split("\n\n"):
        lines = "<br>\n".join(escape(line) for line in block.split("\n"))
        blocks.append(f'<p style="{style}">{lines}</p>')
    return "\n".join(blocks)


def card(*, logo_src: str, logo_alt: str, accent: str, body: str, footer: str,
         track: str = "", font: str = "Arial, Helvetica, sans-serif", width: int = 600,
         bg: str = "#f2f2f2") -> str:
    """The grey frame with one white card that most applicant-tracking systems send."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title></title></head>
<body style="margin:0;padding:0;background-color:{bg}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg}">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px;background-color:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:22px 32px 6px 32px"><img src="{logo_src}" alt="{escape(logo_alt)}" height="40" style="display:block;border:0;height:40px"></td></tr>
<tr><td style="padding:14px 32px 24px 32px;font-family:{font};font-size:15px;line-height:22px;color:#2b2b2b">
{body}
</td></tr>
</table>
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px">
<tr><td style="padding:16px 32px;font-family:{font};font-size:11px;line-height:16px;color:#8a8a8a">
{footer}
</td></tr>
</table>
{track}
</td></tr>
</table>
</body></html>
"""


def outlook(body: str, font: str = "Calibri", size: str = "11.0pt") -> str:
    """The HTML body Outlook for Windows writes (WordSection1, MsoNormal paragraphs)."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:{size};font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
.MsoChpDefault {{mso-style-type:export-only;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>
"""


def mso(text: str) -> str:
    """Plain lines as Outlook MsoNormal paragraphs (an empty line becomes &nbsp;)."""
    rows = []
    for line in text.strip("\n").split("\n"):
        rows.append(f'<p class="MsoNormal">{escape(line) if line.strip() else "&nbsp;"}<o:p></o:p></p>')
    return "\n".join(rows)


def bulletin(*, title: str, logo_src: str, logo_alt: str, intro: str,
             items: list[tuple[str, str, str]], footer: str, accent: str, host: str,
             lang: str = "en", cta: str = "Read more") -> str:
    """A newsletter or job-alert digest: masthead, many linked items, a legal footer."""
    rows = []
    for headline, blurb, url in items:
        rows.append(f"""<tr><td style="padding:14px 0;border-bottom:1px solid #e3e3e3">
<a href="{click(host, url)}" style="font-size:17px;font-weight:bold;color:{accent};text-decoration:none">{escape(headline)}</a>
<div style="font-size:14px;line-height:20px;color:#444444;padding-top:4px">{escape(blurb)}</div>
<div style="padding-top:6px"><a href="{click(host, url)}" style="font-size:13px;color:{accent}">{escape(cta)} &rsaquo;</a></div>
</td></tr>""")
    rows_html = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<center>
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="font-family:Georgia, 'Times New Roman', serif;color:#222222">
<tr><td style="padding:18px 20px;background:{accent}"><img src="{logo_src}" alt="{escape(logo_alt)}" width="180" style="display:block;border:0"></td></tr>
<tr><td style="padding:20px 20px 6px 20px;font-size:15px;line-height:22px">{intro}</td></tr>
<tr><td style="padding:0 20px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
{rows_html}
</table></td></tr>
<tr><td style="padding:20px;font-family:Arial, sans-serif;font-size:11px;line-height:16px;color:#888888">{footer}</td></tr>
</table>
{pixel(host, title)}
</center>
</body></html>
"""
