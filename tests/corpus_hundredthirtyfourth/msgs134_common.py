"""Shared pieces of the hundred-thirty-fourth corpus: the candidate, the HTML chrome that mail
tools wrap around their text, and a few small helpers. The wording of every message lives in
the msgs134_* modules; nothing here writes a sentence a reader would classify."""

from __future__ import annotations

import html
from urllib.parse import quote

CANDIDATE_NAME = "Tobias Lindqvist-Amato"
CANDIDATE_ADDR = "tobias.la@example.de"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paragraphs(text: str, tag: str = "p", attrs: str = "") -> str:
    """Blank-line separated paragraphs as <p> blocks, single newlines as <br>."""
    blocks = [block.strip("\n") for block in text.strip("\n").split("\n\n")]
    opener = f"<{tag}{(' ' + attrs) if attrs else ''}>"
    return "\n".join(f"{opener}{'<br>'.join(esc(line) for line in block.splitlines())}</{tag}>"
                     for block in blocks)


def outlook_html(text: str, font: str = "Calibri", size: str = "11.0pt") -> str:
    """What Outlook sends beside the plain text of a hand-written mail."""
    body = paragraphs(text, "p", f'class="MsoNormal" style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif"')
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;}} --></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>"""


def gmail_html(text: str) -> str:
    """Gmail's markup: one ltr div, lines broken with <br>, paragraphs as empty lines."""
    lines = []
    for line in text.strip("\n").splitlines():
        lines.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(lines) + "</div>\n"


def apple_html(text: str) -> str:
    """Apple Mail's markup."""
    body = "<br>".join(esc(line) for line in text.strip("\n").splitlines())
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{body}</body></html>')


def tracked(url: str, label: str, tracker: str, style: str = "color:#1a5fb4") -> str:
    """A link that goes through a click tracker first, as bulk senders write them."""
    return f'<a href="{tracker}{quote(url, safe="")}" style="{style}" target="_blank">{esc(label)}</a>'


def pixel(url: str) -> str:
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">'


def ats_html(content: str, *, logo_src: str, logo_alt: str, accent: str = "#0b5394",
             footer: str = "", lang: str = "de", preheader: str = "", width: int = 600,
             tail: str = "") -> str:
    """Layout tables with inline styles, a logo with alt text and a small-print footer: the
    chrome applicant-tracking systems and marketing tools put around their text. `content` is
    the message's own HTML."""
    hidden = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}</div>'
              if preheader else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title></title>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f6">
{hidden}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent};font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222">
<tr><td style="padding:24px 32px 8px 32px"><img src="{logo_src}" alt="{esc(logo_alt)}" width="160" style="display:block;border:0;max-width:160px"></td></tr>
<tr><td style="padding:8px 32px 24px 32px">
{content}
</td></tr>
</table>
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:16px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#7a7f85">
{footer}
</td></tr>
</table>
</td></tr>
</table>
{tail}
</body>
</html>"""


def pdf_lines(*lines: str) -> list[str]:
    """The text lines of a one-page PDF attachment (written out by the generator)."""
    return list(lines)
