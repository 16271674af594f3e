"""Shared bits for the hundredthird corpus: the candidate, quoting styles and HTML wrappers.

Only the mechanics are shared (how Gmail or Outlook quote, how an ATS lays out its tables);
every message's wording lives in its own spec in the msgs103_*.py modules.
"""

from __future__ import annotations

import hashlib
from html import escape
from urllib.parse import quote

CANDIDATE_NAME = "Aoife Nakamura-Brennan"
CANDIDATE_ADDR = "aoife.nb@example.co.uk"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


def quoted(text: str) -> str:
    """Prefix every line with '> ' (or '>' for an empty line), as most clients do."""
    return "\n".join(">" if not line else ("> " + line if not line.startswith(">") else ">" + line)
                     for line in text.strip("\n").split("\n"))


def gmail_quote(when: str, name: str, addr: str, text: str, lang: str = "en") -> str:
    """Gmail's attribution line in the reader's language, then the quoted text."""
    heads = {
        "en": f"On {when}, {name} <{addr}> wrote:",
        "fr": f"Le {when}, {name} <{addr}> a écrit :",
        "de": f"Am {when} schrieb {name} <{addr}>:",
        "es": f"El {when}, {name} (<{addr}>) escribió:",
    }
    return heads[lang] + "\n\n" + quoted(text)


def apple_quote(when: str, name: str, addr: str, text: str) -> str:
    """Apple Mail (and iPhone) attribution: 'On 3 Feb 2026, at 10:12, Name <addr> wrote:'."""
    return f"> On {when}, {name} <{addr}> wrote:\n>\n" + quoted(text)


def outlook_quote(lang: str, sender: str, sent: str, to: str, subject: str, text: str,
                  cc: str = "") -> str:
    """Outlook's header block ('From: / Sent:' and its translations), text not prefixed."""
    labels = {
        "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
        "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
    }
    f, s, t, c, o, sep = labels[lang]
    lines = [f"{f}{sep}{sender}", f"{s}{sep}{sent}", f"{t}{sep}{to}"]
    if cc:
        lines.append(f"{c}{sep}{cc}")
    lines.append(f"{o}{sep}{subject}")
    return "_" * 32 + "\n" + "\n".join(lines) + "\n\n" + text.strip("\n")


def original_message(sender: str, sent: str, to: str, subject: str, text: str) -> str:
    """The older Outlook / Lotus style '-----Original Message-----' block."""
    return ("-----Original Message-----\n" + f"From: {sender}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subject}\n\n" + text.strip("\n"))


def tracked(base: str, target: str, tag: str) -> str:
    """A click-tracker URL around a target, the way mailing tools rewrite links."""
    token = hashlib.sha1(f"{base}{target}{tag}".encode()).hexdigest()[:20]
    return f"{base}?u={quote(target, safe='')}&t={token}&c={tag}"


def paras(text: str) -> str:
    """Blank-line separated paragraphs to <p> elements (line breaks kept)."""
    blocks = [b.strip("\n") for b in text.strip().split("\n\n")]
    return "\n".join(f'<p style="margin:0 0 14px 0;">{escape(b, quote=False).replace(chr(10), "<br>")}</p>'
                     for b in blocks)


def ats_table(inner: str, *, title: str, logo: str, logo_alt: str, accent: str,
              footer: str, pixel: str = "", preheader: str = "", lang: str = "en",
              font: str = "Arial, Helvetica, sans-serif", width: int = 600,
              charset: str = "utf-8") -> str:
    """A layout-table e-mail as applicant-tracking systems send it."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">'
           f'{escape(preheader)}</div>\n') if preheader else ""
    px = (f'<img src="{pixel}" width="1" height="1" alt="" '
          f'style="display:block;border:0;width:1px;height:1px;">\n') if pixel else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title></head>
<body style="margin:0;padding:0;background-color:#f2f4f7;">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:20px 32px 8px 32px;"><img src="{logo}" alt="{escape(logo_alt)}" width="140" style="display:block;border:0;"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:{font};font-size:15px;line-height:22px;color:#2b2f36;">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;background-color:#fafbfc;font-family:{font};font-size:11px;line-height:16px;color:#7a8190;">
{footer}
</td></tr>
</table>
{px}</td></tr></table>
</body></html>
"""


def button(href: str, label: str, color: str) -> str:
    """A bulletproof-ish table button."""
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 18px 0;">'
            f'<tr><td style="background-color:{color};border-radius:4px;">'
            f'<a href="{href}" style="display:inline-block;padding:11px 22px;color:#ffffff;'
            f'text-decoration:none;font-weight:bold;">{escape(label)}</a></td></tr></table>')


def outlook_html(body: str, signature: str = "", lang: str = "en-GB", charset: str = "utf-8") -> str:
    """HTML the way desktop Outlook writes it (WordSection1, MsoNormal paragraphs)."""
    ps = []
    for block in body.strip().split("\n\n"):
        for line in block.split("\n"):
            ps.append(f'<p class="MsoNormal">{escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>')
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
.MsoChpDefault {{mso-style-type:export-only;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{chr(10).join(ps)}
{signature}
</div>
</body></html>
"""
