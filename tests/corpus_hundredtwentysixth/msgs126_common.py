"""Shared bits of the 126th corpus: the candidate, and the HTML shells that mail tools wrap around text.

Every message's wording is written by hand in the msgs126_*.py modules. What lives here is only the
machinery that ATS platforms, newsletter tools, Outlook and Gmail put around that wording: layout
tables, inline styles, logos with alt text, click trackers, tracking pixels, legal footers.
render_html() turns a hand-written text body plus a shell description into such HTML.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

CANDIDATE_NAME = "Greta Hofbauer"
CANDIDATE = "greta.hofbauer@example.at"
ME = (CANDIDATE_NAME, CANDIDATE)

URL = re.compile(r"https?://[^\s<>()\"]+[^\s<>()\".,;:!?]")
MAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def _tracked(url: str, tracker: str | None, n: int) -> str:
    if not tracker:
        return url
    return f"{tracker}?u={quote(url, safe='')}&n={n}"


def _inline(text: str, tracker: str | None, counter: list[int], link_style: str) -> str:
    out: list[str] = []
    pos = 0
    for match in re.finditer(f"{URL.pattern}|{MAIL.pattern}", text):
        out.append(html.escape(text[pos:match.start()]))
        token = match.group(0)
        if token.startswith("http"):
            counter[0] += 1
            href = html.escape(_tracked(token, tracker, counter[0]))
            label = html.escape(token)
        else:
            href = f"mailto:{token}"
            label = html.escape(token)
        out.append(f'<a href="{href}" style="{link_style}">{label}</a>')
        pos = match.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _blocks(text: str) -> list[list[str]]:
    return [block.split("\n") for block in re.split(r"\n\s*\n", text.strip("\n")) if block.strip()]


def _is_heading(lines: list[str]) -> bool:
    line = lines[0].strip()
    return (len(lines) == 1 and len(line) < 64 and not line.endswith((".", ",", ":", "!", "?", ")"))
            and not URL.search(line) and not MAIL.search(line) and not line.startswith(("-", ">", "*")))


def body_html(text: str, *, tracker: str | None = None, link: str = "color:#1a56a0;",
              p_style: str = "margin:0 0 14px 0;", headings: bool = False,
              h_style: str = "font-size:17px;margin:18px 0 8px 0;") -> str:
    """Paragraphs of hand-written text as HTML: <p>, <br>, lists, quotes, linked URLs."""
    counter = [0]
    parts: list[str] = []
    for lines in _blocks(text):
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_inline(line.lstrip("> "), tracker, counter, link) for line in lines)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         f'padding-left:1ex">{inner}</blockquote>')
        elif all(line.lstrip().startswith(("- ", "* ", "• ")) for line in lines):
            items = "".join(f"<li>{_inline(line.lstrip()[2:], tracker, counter, link)}</li>"
                            for line in lines)
            parts.append(f'<ul style="{p_style}padding-left:20px">{items}</ul>')
        elif headings and _is_heading(lines):
            parts.append(f'<h2 style="{h_style}">{html.escape(lines[0].strip())}</h2>')
        elif headings and len(lines) > 1 and _is_heading(lines[:1]):
            rest = "<br>\n".join(_inline(line, tracker, counter, link) for line in lines[1:])
            parts.append(f'<p style="{p_style}"><strong>{html.escape(lines[0].strip())}</strong><br>\n'
                         f"{rest}</p>")
        else:
            inner = "<br>\n".join(_inline(line, tracker, counter, link) for line in lines)
            parts.append(f'<p style="{p_style}">{inner}</p>')
    return "\n".join(parts)


def _pixel(pixel: str | None) -> str:
    if not pixel:
        return ""
    return (f'<img src="{html.escape(pixel)}" width="1" height="1" alt="" '
            'style="display:block;border:0;width:1px;height:1px" />')


def ats(text: str, *, logo_alt: str, logo: str, accent: str = "#222222",
        tracker: str | None = None, pixel: str | None = None, footer: str = "",
        button: tuple[str, str] | None = None, lang: str = "de",
        font: str = "Helvetica,Arial,sans-serif", preheader: str = "") -> str:
    """The layout-table mail an applicant-tracking system sends."""
    btn = ""
    if button:
        label, url = button
        href = html.escape(_tracked(url, tracker, 99))
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
               f'<td style="background:{accent};border-radius:4px;padding:12px 22px">'
               f'<a href="{href}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
               f"{html.escape(label)}</a></td></tr></table>")
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
           if preheader else "")
    foot = body_html(footer, tracker=tracker, link="color:#888888;",
                     p_style="margin:0 0 8px 0;font-size:11px;color:#888888;") if footer else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title></title></head>
<body style="margin:0;padding:0;background:#f3f3f3">{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f3f3">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:{font};font-size:14px;line-height:21px;color:#333333">
<tr><td style="padding:20px 32px;border-bottom:3px solid {accent}"><img src="{html.escape(logo)}" alt="{html.escape(logo_alt)}" height="36" style="display:block;border:0"></td></tr>
<tr><td style="padding:28px 32px">
{body_html(text, tracker=tracker, link=f"color:{accent};")}
{btn}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;border-top:1px solid #e6e6e6">
{foot}
</td></tr>
</table>
{_pixel(pixel)}
</td></tr></table>
</body></html>
"""


def newsletter(text: str, *, title: str, logo_alt: str, logo: str, accent: str,
               tracker: str | None, unsubscribe: str, footer: str, pixel: str | None = None,
               lang: str = "de") -> str:
    """A marketing or newsletter tool's mail: headings, many links, unsubscribe footer."""
    unsub = html.escape(_tracked(unsubscribe, tracker, 900))
    foot = body_html(footer, tracker=tracker, link="color:#999999;",
                     p_style="margin:0 0 6px 0;font-size:11px;color:#999999;")
    return f"""<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{html.escape(title)}</title>
<style type="text/css">body{{margin:0}} a{{text-decoration:underline}} @media (max-width:620px){{.wrap{{width:100%!important}}}}</style></head>
<body bgcolor="#eeeeee" style="margin:0;background:#eeeeee">
<center>
<table class="wrap" width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Georgia,'Times New Roman',serif;color:#2b2b2b">
<tr><td bgcolor="{accent}" style="padding:18px 28px"><img src="{html.escape(logo)}" alt="{html.escape(logo_alt)}" width="160" style="border:0;display:block"></td></tr>
<tr><td style="padding:26px 28px 8px 28px;font-size:15px;line-height:23px">
{body_html(text, tracker=tracker, link=f"color:{accent};", headings=True)}
</td></tr>
<tr><td style="padding:18px 28px;border-top:1px solid #dddddd">
{foot}
<p style="margin:8px 0 0 0;font-size:11px;color:#999999"><a href="{unsub}" style="color:#999999">Unsubscribe / Abmelden</a></p>
</td></tr>
</table>
</center>
{_pixel(pixel)}
</body></html>
"""


def outlook(text: str, *, lang: str = "DE-AT", font: str = "Calibri,sans-serif") -> str:
    """What Outlook makes of a typed message: WordSection1, MsoNormal paragraphs."""
    paras = body_html(text, link="color:#0563C1;text-decoration:underline",
                      p_style=f"margin:0cm;font-size:11.0pt;font-family:{font};")
    paras = paras.replace('<p style="', '<p class="MsoNormal" style="')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{paras}
</div>
</body></html>
"""


def gmail(text: str) -> str:
    """What Gmail's composer sends: a dir=ltr div, <br> lines, gmail_quote for the quoted part."""
    blocks = _blocks(text)
    out: list[str] = []
    quote_started = False
    for lines in blocks:
        joined = "<br>".join(_inline(line.lstrip("> ") if line.startswith(">") else line, None, [0], "")
                             for line in lines)
        is_attr = (len(lines) == 1 and lines[0].rstrip().endswith(":")
                   and re.search(r"schrieb|wrote|escribió|a écrit", lines[0]))
        if is_attr and not quote_started:
            quote_started = True
            out.append(f'</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{joined}<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        else:
            out.append(f"<div>{joined}</div><div><br></div>")
    tail = "</blockquote></div>" if quote_started else "</div>"
    return '<div dir="ltr">' + "\n".join(out) + tail + "\n"
