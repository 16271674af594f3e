"""Shared bits of the hundred-twenty-eighth corpus: the candidate, the spec helper and HTML skins.

The skins only lay out what each message says; every message's wording is written by hand in
msgs128_rejections.py, msgs128_invites.py, msgs128_acks.py and msgs128_other.py.
"""

from __future__ import annotations

import html as _html
import re
from urllib.parse import quote

CANDIDATE = "valentina.ra@example.cl"
CANDIDATE_NAME = "Valentina Ruiz-Achterberg"
ME = (CANDIDATE_NAME, CANDIDATE)

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def M(kind: str, scen: str, lang: str, company: str, contact: str, frm, subject: str, date: str,
      body: str, **kw) -> dict:
    """One message spec. frm is (display name, address) or a bare address; date is
    'YYYY-MM-DD HH:MM +ZZZZ'. Keyword options: reply_to, to, cc, st (plain, html, alt, mixed,
    cal), html, charset, cte, hcs (header charset), mid, irt, refs, hdrs, attach, cal, mua."""
    spec = {"kind": kind, "scen": scen, "lang": lang, "company": company, "contact": contact, "frm": frm,
                "subject": subject, "date": date, "body": body.strip("\n") + "\n"}
    spec.update(kw)
    return spec


def q(text: str, prefix: str = "> ") -> str:
    """Quote a block the way Gmail and Apple Mail do in plain text."""
    return "\n".join((prefix + line).rstrip() for line in text.strip("\n").splitlines())


def text_of(body: str) -> str:
    """The plain-text rendering of [label](url) links: 'label: url'."""
    return _LINK.sub(lambda m: f"{m.group(1)}: {m.group(2)}", body)


def _links(line: str, track: str | None, color: str) -> str:
    out, last = [], 0
    for m in _LINK.finditer(line):
        out.append(_html.escape(line[last:m.start()], quote=False))
        url = m.group(2)
        href = f"{track}{quote(url, safe='')}" if track else url
        out.append(f'<a href="{_html.escape(href)}" style="color:{color};text-decoration:underline;" '
                   f'target="_blank">{_html.escape(m.group(1), quote=False)}</a>')
        last = m.end()
    out.append(_html.escape(line[last:], quote=False))
    return "".join(out)


def paragraphs(body: str, *, track: str | None = None, color: str = "#1a5a96",
               pstyle: str = "margin:0 0 14px 0;") -> str:
    """Blank-line separated paragraphs to <p>, lines to <br>, '> ' lines to a blockquote."""
    chunks = []
    for block in re.split(r"\n\s*\n", body.strip("\n")):
        lines = block.splitlines()
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_links(line[1:].lstrip(), track, color) for line in lines)
            chunks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #cccccc;'
                          f'padding-left:1ex;color:#555555;">{inner}</blockquote>')
        else:
            inner = "<br>\n".join(_links(line, track, color) for line in lines)
            chunks.append(f'<p style="{pstyle}">{inner}</p>')
    return "\n".join(chunks)


def ats(body: str, *, title: str, logo: str, logo_alt: str, footer: str, color: str = "#1a5a96",
        track: str | None = None, pixel: str | None = None, button: tuple[str, str] | None = None,
        bg: str = "#f3f4f6", font: str = "Arial,Helvetica,sans-serif") -> str:
    """The layout-table skin applicant-tracking systems send: logo, card, button, grey footer."""
    btn = ""
    if button:
        href = f"{track}{quote(button[1], safe='')}" if track else button[1]
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
               'style="margin:8px 0 18px 0;"><tr>\n'
               f'<td bgcolor="{color}" style="border-radius:4px;padding:11px 22px;">'
               f'<a href="{_html.escape(href)}" style="color:#ffffff;font-weight:bold;'
               f'text-decoration:none;font-family:{font};font-size:14px;" target="_blank">'
               f'{_html.escape(button[0], quote=False)}</a></td>\n</tr></table>')
    pix = (f'\n<img src="{pixel}" width="1" height="1" alt="" border="0" '
           'style="display:block;width:1px;height:1px;border:0;">') if pixel else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{_html.escape(title, quote=False)}</title>
</head>
<body style="margin:0;padding:0;background-color:{bg};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">
<tr>
<td align="center" style="padding:28px 10px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background-color:#ffffff;border-top:4px solid {color};">
<tr>
<td style="padding:22px 34px 10px 34px;"><img src="{logo}" alt="{_html.escape(logo_alt)}" width="150" style="display:block;border:0;outline:none;"></td>
</tr>
<tr>
<td style="padding:8px 34px 20px 34px;font-family:{font};font-size:14px;line-height:21px;color:#2b2b2b;">
{paragraphs(body, track=track, color=color)}
{btn}
</td>
</tr>
<tr>
<td style="padding:16px 34px 20px 34px;background-color:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#8a8a8a;">
{footer}
</td>
</tr>
</table>
</td>
</tr>
</table>{pix}
</body>
</html>
"""


def newsletter(*, title: str, preheader: str, masthead: str, intro: str,
               items: list[tuple[str, str, str]], footer: str, track: str, pixel: str,
               color: str = "#0b6e69", cta: str = "Leer más", web: str | None = None) -> str:
    """A marketing-tool newsletter or digest: preheader, masthead, item blocks, footer."""
    blocks = []
    for head, snippet, url in items:
        href = f"{track}{quote(url, safe='')}"
        blocks.append(
            '<tr><td style="padding:14px 28px;border-bottom:1px solid #eeeeee;">\n'
            f'<a href="{_html.escape(href)}" style="font-family:Georgia,serif;font-size:18px;'
            f'color:{color};text-decoration:none;font-weight:bold;">{_html.escape(head, quote=False)}</a>\n'
            '<p style="margin:6px 0 8px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;'
            f'line-height:20px;color:#444444;">{_html.escape(snippet, quote=False)}</p>\n'
            f'<a href="{_html.escape(href)}" style="font-family:Helvetica,Arial,sans-serif;font-size:13px;'
            f'color:{color};">{_html.escape(cta, quote=False)} &rsaquo;</a>\n</td></tr>')
    webline = ""
    if web:
        webline = (f'<tr><td align="right" style="padding:6px 28px;font-size:11px;color:#999999;">'
                   f'<a href="{_html.escape(track + quote(web, safe=""))}" style="color:#999999;">'
                   f'{_html.escape(web_label(web), quote=False)}</a></td></tr>\n')
    rows = "\n".join(blocks)
    return f"""<html>
<head><meta charset="utf-8"><title>{_html.escape(title, quote=False)}</title>
<style type="text/css">body{{margin:0;padding:0}} @media only screen and (max-width:600px){{.wrap{{width:100%!important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#eef1f2;">
<div style="display:none;max-height:0;overflow:hidden;">{_html.escape(preheader, quote=False)}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f2"><tr><td align="center">
<table class="wrap" width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;">
{webline}<tr><td bgcolor="{color}" style="padding:20px 28px;color:#ffffff;font-size:22px;font-weight:bold;">{masthead}</td></tr>
<tr><td style="padding:18px 28px 6px 28px;font-size:15px;line-height:22px;color:#333333;">{paragraphs(intro, track=track, color=color)}</td></tr>
{rows}
<tr><td style="padding:18px 28px;font-size:11px;line-height:16px;color:#999999;">{footer}</td></tr>
</table>
</td></tr></table>
<img src="{pixel}" width="1" height="1" alt="" style="display:none !important;">
</body>
</html>
"""


def web_label(url: str) -> str:
    if ".fr" in url:
        return "Voir la version en ligne"
    if ".ch" in url or ".de" in url:
        return "Im Browser ansehen"
    if ".com" in url:
        return "View in browser"
    return "Ver en el navegador"


def gmail(body: str) -> str:
    """What Gmail sends as the HTML half of a person's mail."""
    return f'<div dir="ltr">{paragraphs(body, pstyle="margin:0 0 1em 0;")}</div>\n'


def outlook(body: str, quoted_head: str = "", quoted: str = "") -> str:
    """Outlook's Word HTML: MsoNormal paragraphs and a top-bordered header block for the quote."""
    def mso(text: str) -> str:
        out = []
        for line in text.strip("\n").splitlines():
            out.append(f'<p class="MsoNormal">{_links(line, None, "#0563C1") or "&nbsp;"}</p>')
        return "\n".join(out)
    head = ""
    if quoted_head:
        lines = quoted_head.strip("\n").splitlines()
        bold = []
        for line in lines:
            key, _, val = line.partition(":")
            bold.append(f"<b>{_html.escape(key)}:</b>{_html.escape(val)}")
        head = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{"<br>".join(bold)}</p>\n</div>\n' + mso(quoted))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style>
</head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{mso(body)}
{head}
</div>
</body>
</html>
"""
