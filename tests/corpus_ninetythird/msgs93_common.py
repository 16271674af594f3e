"""Shared bits of the ninety-third corpus: the candidate and the HTML chrome some senders wrap
around their (hand-written) words.

The chrome is what an applicant-tracking system or a mailing tool adds to every mail it sends:
layout tables, inline styles, a logo, tracked links, a pixel and a legal footer. The words inside
are written per message in the msgs93_*.py modules.
"""

from __future__ import annotations

import html as _html
from html.parser import HTMLParser

CANDIDATE_NAME = "Henrike Adebayo-Lindqvist"
CANDIDATE = "henrike.al@example.de"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def pixel(url: str) -> str:
    return (f'<img src="{url}" width="1" height="1" border="0" alt="" '
            'style="display:block;width:1px;height:1px;border:0;">')


def paras_html(paras: list[str], style: str) -> str:
    """Paragraphs (already HTML-safe, may hold <b>, <a>, <br>) as <p> with one inline style."""
    return "\n".join(f'<p style="{style}">{p}</p>' for p in paras)


def ats_card(*, logo_src: str, logo_alt: str, accent: str, paras: list[str],
             button: tuple[str, str] | None = None, footer: list[str], pixel_url: str,
             lang: str = "de", font: str = "Arial, Helvetica, sans-serif",
             preheader: str = "") -> str:
    """A centred 600px card: logo row, body, optional button, grey footer, pixel."""
    pstyle = f"margin:0 0 14px 0;font-family:{font};font-size:14px;line-height:21px;color:#333333;"
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
               f'style="margin:8px 0 18px 0;"><tr><td bgcolor="{accent}" '
               f'style="border-radius:4px;padding:11px 22px;"><a href="{button[1]}" '
               f'style="color:#ffffff;text-decoration:none;font-family:{font};'
               f'font-size:14px;font-weight:bold;">{button[0]}</a></td></tr></table>')
    foot = "<br>\n".join(footer)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>'
           if preheader else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title></title></head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:22px 32px 8px 32px;"><img src="{logo_src}" alt="{logo_alt}" width="150" style="display:block;border:0;"></td></tr>
<tr><td style="padding:12px 32px 8px 32px;">
{paras_html(paras, pstyle)}
{btn}
</td></tr>
<tr><td style="padding:16px 32px 22px 32px;background:#fafafa;border-top:1px solid #e5e5e5;font-family:{font};font-size:11px;line-height:16px;color:#8a8a8a;">
{foot}
</td></tr>
</table>
{pixel(pixel_url)}
</td></tr></table>
</body></html>
"""


def plain_html(paras: list[str], signature: list[str] | None = None,
               quoted: str = "", font: str = "Calibri, sans-serif") -> str:
    """What a desktop client (Outlook-like) sends for a person's mail: MsoNormal paragraphs."""
    body = "\n".join(f'<p class="MsoNormal"><span style="font-family:{font};font-size:11pt;">{p}</span></p>'
                     for p in paras)
    sig = ""
    if signature:
        sig = ('<p class="MsoNormal"><span style="font-family:' + font +
               ';font-size:9pt;color:#595959;">' + "<br>\n".join(signature) + "</span></p>")
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;}} --></style>
</head><body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
{body}
<p class="MsoNormal">&nbsp;</p>
{sig}
{quoted}
</div></body></html>
"""


def newsletter(*, title: str, intro: list[str], items: list[tuple[str, str, str]],
               footer: list[str], unsubscribe: str, pixel_url: str, accent: str = "#0b5c8e",
               lang: str = "de", logo_alt: str = "", logo_src: str = "") -> str:
    """A mailing-tool newsletter: header bar, intro, teaser blocks with links, footer."""
    blocks = "\n".join(
        f'<tr><td style="padding:14px 28px;border-bottom:1px solid #eeeeee;">'
        f'<a href="{url}" style="font-family:Georgia,serif;font-size:18px;color:{accent};'
        f'text-decoration:none;font-weight:bold;">{head}</a>'
        f'<p style="margin:6px 0 0 0;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#444;">{blurb}</p>'
        f'</td></tr>'
        for head, blurb, url in items)
    intro_html = paras_html(intro, "margin:0 0 10px 0;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222;")
    logo = (f'<img src="{logo_src}" alt="{logo_alt}" height="32" style="display:block;border:0;">'
            if logo_src else f'<span style="font-family:Georgia,serif;font-size:22px;color:#ffffff;">{title}</span>')
    foot = "<br>\n".join(footer)
    return f"""<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ececec;">
<center>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td bgcolor="{accent}" style="padding:16px 28px;">{logo}</td></tr>
<tr><td style="padding:20px 28px 6px 28px;">{intro_html}</td></tr>
{blocks}
<tr><td style="padding:18px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#999999;">
{foot}<br>
<a href="{unsubscribe}" style="color:#999999;">{'Abmelden' if lang == 'de' else 'Se désinscrire' if lang == 'fr' else 'Darse de baja' if lang == 'es' else 'Unsubscribe'}</a>
</td></tr>
</table>
</center>
{pixel(pixel_url)}
</body></html>
"""


class _TextOf(HTMLParser):
    BLOCK = frozenset({"p", "div", "br", "tr", "h1", "h2", "h3", "table", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "title"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag == "a":
            self.href = dict(attrs).get("href")
        elif tag == "li":
            self.out.append("\n- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title"):
            self.skip -= 1
        elif tag == "a" and self.href:
            if self.href.startswith("http"):
                self.out.append(f" <{self.href}>")
            self.href = None
        elif tag in ("p", "div", "tr", "h1", "h2", "h3"):
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        words = " ".join(data.split())
        if not words:
            self.out.append(" ")
            return
        lead = " " if data[0].isspace() else ""
        tail = " " if data[-1].isspace() else ""
        self.out.append(lead + words + tail)


def html_to_text(html: str) -> str:
    """A rough text rendering, the way a mailing tool derives its text/plain part."""
    parser = _TextOf()
    parser.feed(html)
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    text: list[str] = []
    for line in lines:
        if line or (text and text[-1]):
            text.append(line)
    return "\n".join(text).strip() + "\n"
