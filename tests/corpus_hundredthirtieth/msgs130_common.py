"""Shared pieces for the hundred-thirtieth corpus: the candidate and a few HTML shells.

The shells only give the layout that a given sending tool always uses (an ATS, a mailing
tool, Outlook); every message writes its own words into them.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

CANDIDATE = ("Florian Mbeki-Hartl", "florian.mh@example.at")


def pixel(url: str) -> str:
    """A tracking pixel as mailing tools append it."""
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="height:1px!important;width:1px!important;border-width:0!important;'
            'margin:0!important;padding:0!important;display:block;">')


def button(href: str, label: str, colour: str, text_colour: str = "#ffffff") -> str:
    """A bulletproof table button as ATS templates draw them."""
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;">'
            f'<tr><td align="center" bgcolor="{colour}" style="border-radius:4px;">'
            f'<a href="{href}" target="_blank" style="display:inline-block;padding:12px 26px;'
            f'font-weight:bold;color:{text_colour};text-decoration:none;">{label}</a></td></tr></table>')


def table_shell(*, logo: str, alt: str, accent: str, body: str, footer: str, track: str = "",
                width: int = 600, font: str = "Arial,Helvetica,sans-serif", lang: str = "de") -> str:
    """The centred 600px layout table most ATS and HR tools send."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title></title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f5;">
<tr><td align="center" style="padding:28px 10px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px;background-color:#ffffff;border-top:4px solid {accent};font-family:{font};font-size:15px;line-height:23px;color:#2f3237;">
<tr><td style="padding:26px 34px 6px 34px;"><img src="{logo}" alt="{alt}" width="150" style="display:block;border:0;outline:none;"></td></tr>
<tr><td style="padding:10px 34px 26px 34px;">
{body}
</td></tr>
<tr><td style="padding:18px 34px;background-color:#f8f8f9;font-size:11px;line-height:16px;color:#8a8d93;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{track}
</body>
</html>
"""


def card_shell(*, logo: str, alt: str, body: str, footer: str, track: str = "",
               font: str = "'Helvetica Neue',Helvetica,Arial,sans-serif") -> str:
    """The lighter div layout of the newer tools (Personio, Ashby, Teamtailor)."""
    return f"""<html>
<head><meta name="viewport" content="width=device-width"></head>
<body style="background:#ffffff;margin:0;">
<div style="max-width:560px;margin:0 auto;padding:36px 18px;font-family:{font};font-size:15px;line-height:1.55;color:#1d1d1f;">
<div style="margin-bottom:26px;"><img src="{logo}" alt="{alt}" height="34" style="height:34px;"></div>
{body}
<hr style="border:none;border-top:1px solid #e6e6e6;margin:34px 0 14px 0;">
<div style="font-size:12px;line-height:1.5;color:#8e8e93;">{footer}</div>
</div>
{track}
</body>
</html>
"""


def outlook_html(paragraphs: list[str], lang: str = "DE-AT") -> str:
    """A message typed in Outlook for Windows: WordSection1 and MsoNormal paragraphs."""
    body = "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' if p else
                     '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paragraphs)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#0563C1; text-decoration:underline;}}
.MsoChpDefault {{mso-style-type:export-only; font-size:10.0pt;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


_BLOCK = frozenset({"p", "div", "tr", "table", "h1", "h2", "h3", "li", "hr", "ul", "ol"})


class _Text(HTMLParser):

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.href: list[str | None] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "head", "title"):
            self.skip += 1
        elif tag == "br" or tag in _BLOCK:
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "a":
            self.href.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")
        if tag == "a" and self.href:
            href = self.href.pop()
            if href and href.startswith("http"):
                self.out.append(f" <{href}>")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """The text/plain twin an ATS derives from its HTML (links kept in angle brackets)."""
    parser = _Text()
    parser.feed(html)
    text = unescape("".join(parser.out))
    lines = [line.strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
