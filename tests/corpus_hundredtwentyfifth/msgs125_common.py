"""Shared bits of corpus hundredtwentyfifth: the candidate and the HTML skins that mail tools wrap
around a text.

The wording of every message lives in the msgs125_*.py modules; the functions here only dress a
hand-written text the way an applicant-tracking system, a newsletter tool, Outlook or Gmail would.
`{{CHARSET}}` is filled in by the generator with the charset the part is sent in.
"""

from __future__ import annotations

import hashlib
import html
import re
from urllib.parse import quote

CANDIDATE = ("Laurent Okafor-Dubois", "laurent.od@example.be")
ME = CANDIDATE

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def digest(*parts: str) -> str:
    """A stable hex digest, used for tracker tokens, boundaries and Message-IDs."""
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def track(host: str, target: str) -> str:
    """A click-tracker URL on host that redirects to target."""
    token = digest(host, target)
    return f"https://{host}/ls/click?upn={token[:28]}-2F{token[28:36]}&u={quote(target, safe='')}"


def pixel(host: str, who: str = "laurent.od") -> str:
    """A 1x1 open-tracking image."""
    return (f'<img src="https://{host}/wf/open?upn={digest(host, who)[:32]}" width="1" height="1" '
            f'alt="" style="display:block;height:1px;width:1px;border:0;margin:0;padding:0">')


def P(text: str, style: str = "margin:0 0 14px 0", tracker: str | None = None) -> str:
    """Hand-written paragraphs (blank-line separated) as HTML; [label](url) becomes a link
    (through tracker when given), **x** becomes bold, a single newline becomes <br>."""

    def link(match: re.Match[str]) -> str:
        url = match.group(2)
        href = track(tracker, url) if tracker else url
        return f'<a href="{href}" style="color:inherit;text-decoration:underline">{match.group(1)}</a>'

    out = []
    for block in text.strip().split("\n\n"):
        escaped = html.escape(block.strip(), quote=False)
        escaped = _LINK.sub(link, escaped)
        escaped = _BOLD.sub(r"<strong>\1</strong>", escaped)
        out.append(f'<p style="{style}">' + escaped.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def _button(label: str, url: str, accent: str, tracker: str | None) -> str:
    href = track(tracker, url) if tracker else url
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
            f'style="margin:8px 0 18px 0"><tr><td bgcolor="{accent}" style="border-radius:4px">'
            f'<a href="{href}" target="_blank" style="display:inline-block;padding:11px 22px;'
            f'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#ffffff;'
            f'text-decoration:none;font-weight:bold">{html.escape(label)}</a></td></tr></table>')


def ats_html(body: str, *, brand: str, accent: str, logo_host: str, footer: str,
             button: tuple[str, str] | None = None, tracker: str | None = None,
             pixel_host: str | None = None, lang: str = "fr", preheader: str = "") -> str:
    """The table layout applicant-tracking systems send: logo with alt text, a coloured rule,
    the text, an optional button, a grey legal footer, an optional open pixel."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
           f'{html.escape(preheader)}</div>') if preheader else ""
    btn = _button(button[0], button[1], accent, tracker) if button else ""
    pix = pixel(pixel_host) if pixel_host else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset={{{{CHARSET}}}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(brand)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:24px 32px 8px 32px"><img src="https://{logo_host}/assets/logo.png" alt="{html.escape(brand)}" width="150" style="display:block;border:0;outline:none"></td></tr>
<tr><td style="padding:8px 32px 20px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#2b2b2b">
{body}
{btn}
</td></tr>
<tr><td style="padding:16px 32px 22px 32px;background-color:#f9fafb;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#8a8f98">
{footer}
</td></tr>
</table>
</td></tr></table>
{pix}
</body></html>
"""


def news_html(intro: str, items: list[tuple[str, str, str]], *, brand: str, accent: str,
              title: str, footer: str, unsubscribe: str, tracker: str, pixel_host: str,
              lang: str = "fr") -> str:
    """A newsletter or alert digest: header band, intro, a list of tracked items, footer with an
    unsubscribe link and an open pixel."""
    rows = []
    for heading, url, blurb in items:
        rows.append(
            f'<tr><td style="padding:14px 0;border-bottom:1px solid #e5e7eb">'
            f'<a href="{track(tracker, url)}" style="font-family:Georgia,serif;font-size:17px;'
            f'color:{accent};text-decoration:none;font-weight:bold">{html.escape(heading)}</a>'
            f'<div style="font-family:Arial,sans-serif;font-size:13px;line-height:19px;'
            f'color:#444;padding-top:4px">{html.escape(blurb)}</div></td></tr>')
    items_html = "\n".join(rows)
    return f"""<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={{{{CHARSET}}}}"></head>
<body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="width:640px">
<tr><td style="background:{accent};padding:18px 24px"><img src="https://{pixel_host}/img/brand-white.png" alt="{html.escape(brand)}" height="28" style="border:0;display:block"></td></tr>
<tr><td style="padding:22px 24px 4px 24px;font-family:Georgia,serif;font-size:24px;color:#111">{html.escape(title)}</td></tr>
<tr><td style="padding:6px 24px 10px 24px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333">{intro}</td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="0" cellspacing="0" border="0">
{items_html}
</table></td></tr>
<tr><td style="padding:22px 24px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#999">{footer}<br>
<a href="{track(tracker, unsubscribe)}" style="color:#999">{'Se désinscrire' if lang == 'fr' else 'Abmelden' if lang == 'de' else 'Darse de baja' if lang == 'es' else 'Unsubscribe'}</a></td></tr>
</table></td></tr></table>
{pixel(pixel_host)}
</body></html>
"""


def notice_html(body: str, *, brand: str, accent: str, headline: str, footer: str,
                pixel_host: str | None = None, lang: str = "fr") -> str:
    """A transactional notice (shop, carrier, bank, platform): div card, headline, footer."""
    pix = pixel(pixel_host) if pixel_host else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="{{{{CHARSET}}}}"><title>{html.escape(headline)}</title></head>
<body style="background:#eef1f4;margin:0;padding:20px 0">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;overflow:hidden;font-family:'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<div style="background:{accent};color:#fff;padding:16px 24px;font-size:18px;font-weight:600">{html.escape(brand)}</div>
<div style="padding:22px 24px 6px 24px;font-size:20px;color:#1f2937;font-weight:600">{html.escape(headline)}</div>
<div style="padding:6px 24px 18px 24px;font-size:14px;line-height:1.55;color:#374151">
{body}
</div>
<div style="padding:14px 24px;background:#f8fafc;font-size:11px;line-height:1.5;color:#94a3b8">{footer}</div>
</div>
{pix}
</body></html>
"""


def outlook_html(body: str) -> str:
    """What Outlook makes of a typed message."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset={{{{CHARSET}}}}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="FR-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>
"""


def gmail_html(body: str) -> str:
    """What Gmail makes of a typed message."""
    return f'<div dir="ltr">{body}</div>\n'


_QUOTE_START = re.compile(
    r"^(-----\s*Original Message\s*-----|-----\s*Message d'origine\s*-----|"
    r"-----\s*Ursprüngliche Nachricht\s*-----|From: |De : |De: |Von: |"
    r"On .+ wrote:$|Le .+ a écrit\s?:$|Am .+ schrieb .+:$|El .+ escribió:$|>)")


def auto_html(text: str, style: str) -> str:
    """The HTML twin of a typed text, as the sender's mail program would render it: paragraphs,
    then the quoted chain in a blockquote (Gmail, Apple Mail) or under a rule (Outlook)."""
    lines = text.strip("\n").split("\n")
    cut = next((i for i, line in enumerate(lines) if _QUOTE_START.match(line.strip())), len(lines))
    new, old = lines[:cut], lines[cut:]
    old = [line[1:].lstrip(" ") if line.startswith(">") else line for line in old]

    def esc(line: str) -> str:
        return html.escape(line, quote=False)

    if style == "outlook":
        def render(chunk: list[str]) -> str:
            return "\n".join(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>' if line.strip()
                             else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for line in chunk)
        quoted = ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                  + render(old) + "\n</div>") if old else ""
        return outlook_html(render(new) + quoted)
    if style == "apple":
        def render(chunk: list[str]) -> str:
            return "".join(f"<div>{esc(line) if line.strip() else '<br>'}</div>" for line in chunk)
        quoted = (f'<div><br><blockquote type="cite">{render(old)}</blockquote></div>'
                  if old else "")
        return (f'<html><head><meta http-equiv="content-type" content="text/html; '
                f'charset={{{{CHARSET}}}}"></head><body style="overflow-wrap: break-word; '
                f'-webkit-nbsp-mode: space; line-break: after-white-space;">{render(new)}{quoted}'
                f"</body></html>\n")
    # gmail
    paras = "\n".join(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>"
                      for line in new)
    quoted = ""
    if old:
        attribution, rest = old[0], old[1:]
        body = "<br>\n".join(esc(line) for line in rest)
        quoted = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}'
                  f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>')
    return gmail_html(paras + quoted)
