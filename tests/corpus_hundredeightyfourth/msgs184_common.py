"""Shared pieces for corpus 184: the candidate, quoting helpers and HTML shells.

Only layout lives here. Every message in the msgs184_* modules writes its own words; the
shells below wrap those words in the HTML a sender's system would produce.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Eleanor Wójcik-Adeyemi"
CANDIDATE_ADDR = "eleanor.wa@example.co.uk"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# Her own signature, in the languages she writes in.
SIG_EN = "Eleanor Wójcik-Adeyemi\nDispenser (NVQ3) | Kirkgate Pharmacy, Leeds\n07700 900418"
SIG_SHORT = "Eleanor\n07700 900418"

# ---------------------------------------------------------------- quoting


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (or '>' for empty lines), depth times."""
    out = []
    for line in text.splitlines():
        for _ in range(depth):
            line = ">" + ("" if line.startswith(">") or not line else " ") + line
        out.append(line)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts over a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style 'From: / Sent:' block followed by the earlier message, unquoted."""
    f, s, t, subj = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{subj}: {subject}\n\n{body}"
    )


_FWD_LABELS = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """An inline forward as Gmail writes it."""
    head, f, d, s, t = _FWD_LABELS[lang]
    return f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{body}"


# ---------------------------------------------------------------- HTML shells

_URL = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:!?])")


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def text_to_html(text: str) -> str:
    """The message's own words as HTML paragraphs; '> ' runs become a blockquote."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    out = []
    for block in blocks:
        lines = block.splitlines()
        if all(ln.startswith(">") for ln in lines):
            inner = "\n".join(ln[1:].lstrip(" ") if ln.startswith(">") else ln for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;margin:0 0 0 .8ex;"
                       f"padding-left:1ex\">{text_to_html(inner)}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_inline(ln) for ln in lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, accent: str, body_html: str, footer: str = "") -> str:
    """A hosted-ATS notification: coloured banner with the employer's name, white card."""
    foot = f'<p style="color:#888;font-size:11px">{html.escape(footer)}</p>' if footer else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(brand)}</title></head>
<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{accent};color:#fff;padding:18px 24px;font-size:18px">
<strong>{html.escape(brand)}</strong></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
{body_html}
</td></tr>
<tr><td style="padding:12px 24px">{foot}</td></tr>
</table></td></tr></table>
</body></html>
"""


def outlook_html(body_html: str) -> str:
    """The Word-HTML wrapper Outlook puts around a typed message."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html.replace("<p>", '<p class="MsoNormal">')}
</div>
</body></html>
"""


def plain_html(body_html: str, font: str = "Helvetica,Arial,sans-serif") -> str:
    """A mail program's minimal HTML body."""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body><div style="font-family:{font};font-size:14px">\n{body_html}\n'
            f"</div></body></html>\n")


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, accent: str = "#24527a") -> str:
    """A digest: title, intro, one block per item (headline, link, blurb), unsubscribe foot."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 24px;border-bottom:1px solid #eee">'
        f'<a href="{html.escape(url)}" style="color:{accent};font-weight:bold;'
        f'text-decoration:none">{html.escape(head)}</a>'
        f'<div style="color:#444;font-size:13px">{html.escape(blurb)}</div></td></tr>'
        for head, url, blurb in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body style="margin:0;background:#fafafa;font-family:Georgia,serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 24px;border-top:6px solid {accent}">
<h1 style="font-size:22px;margin:0">{html.escape(title)}</h1>
<p style="font-size:14px;color:#333">{html.escape(intro)}</p></td></tr>
{rows}
<tr><td style="padding:16px 24px;font-size:11px;color:#777">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    blocks = [f"{head}\n{blurb}\n{url}" for head, url, blurb in items]
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n" + "\n\n".join(blocks) + f"\n\n--\n{footer}\n"
