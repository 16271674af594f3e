"""Shared bits of the ninety-fourth corpus: the candidate, link trackers and a few HTML shells.

The shells imitate how the sending tools lay out their mail (an ATS card with a logo and a
tracking pixel, Outlook's Word HTML, Gmail's div soup, a newsletter with many links). The words
inside every message are written in that message's own spec; only the scaffolding is shared.
Paragraphs are plain text: "[[label|url]]" becomes a link, a newline becomes <br>.
"""

from __future__ import annotations

import hashlib
import html
import re

ME_NAME = "Declan Okonkwo-Tremblay"
ME_ADDR = "declan.ot@example.ca"
ME = (ME_NAME, ME_ADDR)

_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def token(seed: str, n: int = 24) -> str:
    """A stable hex token for trackers, ids and pixels."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def trk(base: str, seed: str) -> str:
    """A click-tracker address: base followed by an opaque token."""
    return f"{base}{token(seed, 40)}"


def _inline(par: str, link_color: str) -> str:
    out = []
    last = 0
    for m in _LINK.finditer(par):
        out.append(html.escape(par[last:m.start()], quote=False))
        label, url = m.group(1), m.group(2)
        out.append(f'<a href="{html.escape(url)}" style="color:{link_color};text-decoration:underline;" '
                   f'target="_blank">{html.escape(label, quote=False)}</a>')
        last = m.end()
    out.append(html.escape(par[last:], quote=False))
    return "".join(out).replace("\n", "<br>\n")


def text_of(paras: list[str], link_style: str = "angle") -> str:
    """The text/plain twin of a list of paragraphs: links written out after their label."""
    def repl(m: re.Match[str]) -> str:
        if link_style == "angle":
            return f"{m.group(1)} <{m.group(2)}>"
        if link_style == "colon":
            return f"{m.group(1)}: {m.group(2)}"
        return f"{m.group(1)} [{m.group(2)}]"
    return "\n\n".join(_LINK.sub(repl, p) for p in paras) + "\n"


def ats_card(*, lang: str, title: str, logo_src: str, logo_alt: str, paras: list[str],
             accent: str = "#1f4e79", button: tuple[str, str] | None = None,
             footer: list[str] | None = None, pixel: str | None = None,
             font: str = "Arial,Helvetica,sans-serif", bg: str = "#f3f4f6", charset: str = "utf-8") -> str:
    """An applicant-tracking-system card: layout tables, inline styles, logo, button, footer, pixel."""
    body = "\n".join(f'<p style="margin:0 0 14px 0;">{_inline(p, accent)}</p>' for p in paras)
    if button:
        label, url = button
        body += (f'\n<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 18px 0;">'
                 f'<tr><td bgcolor="{accent}" style="border-radius:4px;padding:11px 22px;">'
                 f'<a href="{html.escape(url)}" style="color:#ffffff;font-weight:bold;text-decoration:none;'
                 f'font-family:{font};font-size:14px;" target="_blank">{html.escape(label, quote=False)}</a>'
                 f'</td></tr></table>')
    foot = "<br>\n".join(_inline(f, "#8a8f98") for f in (footer or []))
    px = (f'\n<img src="{html.escape(pixel)}" width="1" height="1" alt="" border="0" '
          f'style="display:block;height:1px;width:1px;border:0;">' if pixel else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title, quote=False)}</title>
</head>
<body style="margin:0;padding:0;background-color:{bg};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg};">
<tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;border:1px solid #e3e5e8;">
<tr><td style="padding:22px 32px 18px 32px;border-bottom:3px solid {accent};">
<img src="{html.escape(logo_src)}" alt="{html.escape(logo_alt)}" width="170" style="display:block;border:0;outline:none;font-family:{font};font-size:18px;color:{accent};">
</td></tr>
<tr><td style="padding:28px 32px 12px 32px;font-family:{font};font-size:14px;line-height:21px;color:#2b2f33;">
{body}
</td></tr>
<tr><td style="padding:14px 32px 24px 32px;font-family:{font};font-size:11px;line-height:16px;color:#8a8f98;border-top:1px solid #eceef1;">
{foot}
</td></tr>
</table>{px}
</td></tr>
</table>
</body>
</html>
"""


def outlook_html(paras: list[str], signature: list[str], *, lang: str = "EN-CA",
                 font: str = "Calibri", quote_html: str = "") -> str:
    """Word-generated HTML as Outlook sends it, with an optional quoted block below a rule."""
    body = "\n".join(f'<p class="MsoNormal">{_inline(p, "#0563C1")}<o:p></o:p></p>\n'
                     f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
    sig = "\n".join(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{_inline(s, "#0563C1")}</span><o:p></o:p></p>'
                    for s in signature)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;color:#0563C1;text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
{sig}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{quote_html}
</div>
</body>
</html>
"""


def outlook_quote_html(header_lines: list[tuple[str, str]], paras: list[str]) -> str:
    """The block Outlook puts under a reply: a thin rule, bold field names, the earlier text."""
    head = "<br>\n".join(f"<b>{html.escape(k, quote=False)}</b> {html.escape(v, quote=False)}" for k, v in header_lines)
    body = "\n".join(f'<p class="MsoNormal">{_inline(p, "#0563C1")}<o:p></o:p></p>' for p in paras)
    return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{body}\n')


def gmail_html(paras: list[str], *, attr: str = "", quoted: list[str] | None = None) -> str:
    """Gmail's HTML: a ltr div per line and, under a reply, the gmail_quote blockquote."""
    body = "\n".join(f"<div>{_inline(p, '#1155cc')}</div><div><br></div>" for p in paras)
    out = f'<div dir="ltr">{body}</div>'
    if quoted is not None:
        q = "\n".join(f"<div>{_inline(p, '#1155cc')}</div><div><br></div>" for p in quoted)
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr, quote=False)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex"><div dir="ltr">{q}</div></blockquote></div>')
    return out + "\n"


def digest_html(*, lang: str, brand: str, logo_src: str, heading: str, intro: str,
                items: list[tuple[str, str, str]], outro: str, footer: list[str],
                unsubscribe: str, pixel: str, accent: str = "#c0392b") -> str:
    """A newsletter or alert digest: a header band, one row per item with a link, a legal footer."""
    rows = "\n".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6;">'
        f'<a href="{html.escape(url)}" style="font-size:16px;font-weight:bold;color:{accent};text-decoration:none;">'
        f'{html.escape(head, quote=False)}</a><br>'
        f'<span style="font-size:13px;color:#555555;line-height:19px;">{_inline(blurb, accent)}</span></td></tr>'
        for head, blurb, url in items)
    foot = "<br>\n".join(_inline(f, "#999999") for f in footer)
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(heading, quote=False)}</title></head>
<body style="margin:0;padding:0;background:#eeeeee;">
<center>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="background:{accent};padding:18px 28px;"><img src="{html.escape(logo_src)}" alt="{html.escape(brand)}" height="34" style="border:0;display:block;color:#ffffff;font-size:20px;"></td></tr>
<tr><td style="padding:24px 28px 4px 28px;">
<h1 style="margin:0 0 10px 0;font-size:22px;color:#222222;">{html.escape(heading, quote=False)}</h1>
<p style="margin:0 0 6px 0;font-size:14px;line-height:21px;color:#333333;">{_inline(intro, accent)}</p>
</td></tr>
<tr><td style="padding:0 28px;"><table width="100%" cellpadding="0" cellspacing="0" border="0">
{rows}
</table></td></tr>
<tr><td style="padding:18px 28px;font-size:14px;line-height:21px;color:#333333;">{_inline(outro, accent)}</td></tr>
<tr><td style="padding:18px 28px 28px 28px;background:#f7f7f7;font-size:11px;line-height:16px;color:#999999;">
{foot}<br>
<a href="{html.escape(unsubscribe)}" style="color:#999999;">Unsubscribe / Se désabonner / Abmelden / Darse de baja</a>
</td></tr>
</table>
</center>
<img src="{html.escape(pixel)}" width="1" height="1" alt="" style="display:none !important;">
</body></html>
"""


def simple_html(paras: list[str], *, font: str = "Verdana", size: str = "10pt",
                signature: list[str] | None = None, color: str = "#000000") -> str:
    """Plain hand-made HTML of a webmail or a small office's mail program."""
    body = "\n".join(f"<p>{_inline(p, '#0000ee')}</p>" for p in paras)
    sig = ""
    if signature:
        sig = "<p>--<br>\n" + "<br>\n".join(_inline(s, "#0000ee") for s in signature) + "</p>"
    return (f'<html><body><div style="font-family:{font};font-size:{size};color:{color};">\n'
            f"{body}\n{sig}\n</div></body></html>\n")
