"""Small shared pieces of the 119th corpus: the candidate and a few HTML page shells.

The shells give the layout an ATS, a newsletter tool or Outlook wraps around a text; every
message still writes its own words. Nothing here chooses a label.
"""

from __future__ import annotations

import hashlib
import html
import re

CANDIDATE = "ingrid.sv@example.es"
ME = ("Ingrid Solheim-Vargas", CANDIDATE)

_URL = re.compile(r"https?://[^\s<>\"]+")


def track(base: str, target: str) -> str:
    """A click-tracker URL on the sender's link domain that redirects to target."""
    token = hashlib.sha1(target.encode()).hexdigest()
    return f"{base}/ls/click?upn={token[:24]}-2B{token[24:]}&u={len(target)}"


def pixel(base: str, who: str = "ingrid") -> str:
    token = hashlib.md5(f"{base}{who}".encode()).hexdigest()
    return (f'<img src="{base}/o/{token}.gif" width="1" height="1" alt="" '
            f'style="display:block;border:0;height:1px;width:1px" />')


def t2h(text: str, tracker: str | None = None) -> str:
    """Paragraphs of a plain text as HTML, links kept (through a tracker when given)."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = []
        for line in block.split("\n"):
            escaped = html.escape(line, quote=False)

            def link(m: re.Match[str]) -> str:
                url = m.group(0)
                href = track(tracker, url) if tracker else url
                return f'<a href="{href}" style="color:#1a5fb4">{url}</a>'

            lines.append(_URL.sub(link, escaped))
        out.append("<p style=\"margin:0 0 14px 0\">" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def ats_table(*, lang: str, logo_src: str, logo_alt: str, accent: str, body: str,
              footer: str, pixel_base: str | None = None) -> str:
    """A 600px centred layout table, the way Workday, SuccessFactors or Taleo send mail."""
    tail = pixel(pixel_base) if pixel_base else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title></title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:20px 32px 8px 32px"><img src="{logo_src}" alt="{logo_alt}" height="40" style="border:0;display:block"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333">
{body}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#888888">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{tail}
</body></html>
"""


def ats_card(*, brand: str, body: str, footer: str, pixel_base: str | None = None) -> str:
    """A narrow card with the brand in text, the way Greenhouse, Lever or Ashby send mail."""
    tail = pixel(pixel_base) if pixel_base else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="max-width:560px;margin:0 auto;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<div style="padding:18px 0;border-bottom:1px solid #e5e5e5;font-weight:600;font-size:17px">{brand}</div>
<div style="padding:18px 0">
{body}
</div>
<div style="padding:12px 0;border-top:1px solid #e5e5e5;font-size:12px;color:#8a8a8a">
{footer}
</div>
</div>
{tail}
</body></html>
"""


def newsletter(*, lang: str, title: str, intro: str, items: list[tuple[str, str, str]],
               footer: str, tracker: str, accent: str = "#0b6e4f") -> str:
    """A mailing-tool newsletter: header band, one block per item, legal footer."""
    blocks = []
    for headline, blurb, url in items:
        href = track(tracker, url)
        blocks.append(
            f"""<tr><td style="padding:14px 28px;border-bottom:1px solid #eeeeee">
<a href="{href}" style="font-size:17px;font-weight:bold;color:{accent};text-decoration:none">{html.escape(headline)}</a>
<p style="margin:6px 0 0 0;font-size:14px;line-height:20px;color:#444444">{html.escape(blurb)}</p>
</td></tr>""")
    joined = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body style="margin:0;background:#eef1f0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="background:{accent};color:#ffffff;padding:22px 28px;font-size:22px">{html.escape(title)}</td></tr>
<tr><td style="padding:18px 28px;font-size:15px;line-height:22px;color:#333333">{intro}</td></tr>
{joined}
<tr><td style="padding:18px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#999999">{footer}</td></tr>
</table></td></tr></table>
{pixel(tracker)}
</body></html>
"""


def outlook(body: str, signature: str = "") -> str:
    """The HTML Outlook writes for a person's mail (MsoNormal paragraphs)."""
    paragraphs = []
    for block in body.strip().split("\n\n"):
        inner = "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n"))
        paragraphs.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n'
                          '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose;}}
--></style></head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{chr(10).join(paragraphs)}
{signature}
</div>
</body></html>
"""


def quote(text: str) -> str:
    """Prefix every line with '> ' the way Gmail and Apple Mail quote."""
    return "\n".join(("> " + line).rstrip() for line in text.strip("\n").split("\n"))
