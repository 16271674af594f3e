"""Small helpers shared by the hundred-and-first corpus data modules.

They only format: quoted reply chains in the shapes mail programs use, and the HTML chrome of
applicant-tracking systems and newsletters. Every word a sender writes lives in the message
specs themselves (msgs101_*.py).
"""

from __future__ import annotations

import hashlib
import html

CAND_NAME = "Katharina Obermoser-Adeyemi"
CAND_ADDR = "k.obermoser@example.at"
CAND = (CAND_NAME, CAND_ADDR)


def gt(text: str) -> str:
    """Quote every line with '> ' (an empty line becomes a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def quoted(attribution: str, text: str) -> str:
    """A Gmail / Apple Mail / Thunderbird style quote: one attribution line, then '> ' lines."""
    return f"{attribution}\n{gt(text)}\n"


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, text: str, cc: str = "") -> str:
    """An Outlook reply header block (no '>' prefix), in the sender's Outlook language."""
    f, s, t, c, subj = OUTLOOK_LABELS[lang]
    lines = ["_" * 32, f"{f} {frm}", f"{s} {sent}", f"{t} {to}"]
    if cc:
        lines.append(f"{c} {cc}")
    lines.append(f"{subj} {subject}")
    return "\n".join(lines) + "\n\n" + text.strip("\n") + "\n"


def original_message(frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """The older '-----Original Message-----' block."""
    return ("-----Original Message-----\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def trk(host: str, target: str) -> str:
    """A click-tracker address that hides the real target, the way ESPs rewrite links."""
    token = hashlib.sha1(target.encode()).hexdigest()
    return f"https://{host}/ls/click?upn={token[:32]}-2B{token[32:]}"


def pixel(host: str, token: str) -> str:
    """A 1x1 open-tracking image."""
    return (f'<img src="https://{host}/wf/open?upn={token}" width="1" height="1" alt="" '
            'style="display:block;height:1px!important;width:1px!important;border:0">')


def paras(text: str, style: str = "margin:0 0 14px 0") -> str:
    """Blank-line separated paragraphs as <p> elements (single newlines become <br>)."""
    out = []
    for block in text.strip().split("\n\n"):
        inner = "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n"))
        out.append(f'<p style="{style}">{inner}</p>')
    return "\n".join(out)


def ats_shell(*, logo: str, logo_alt: str, accent: str, body: str, footer: str,
              preheader: str = "", open_px: str = "", width: int = 600) -> str:
    """The layout-table mail an applicant-tracking system sends."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#f3f4f6">
<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:24px 32px 8px 32px"><img src="{logo}" alt="{html.escape(logo_alt)}" width="160" style="display:block;border:0"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1f2937">
{body}
</td></tr>
<tr><td style="padding:16px 32px;background-color:#f9fafb;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#6b7280">
{footer}
</td></tr>
</table>
</td></tr></table>
{open_px}
</body></html>
"""


def newsletter_shell(*, title: str, logo: str, logo_alt: str, items: str, footer: str,
                     open_px: str = "", bg: str = "#eef2f7", charset: str = "utf-8") -> str:
    """A marketing newsletter: header band, stacked article or job cards, long legal footer."""
    return f"""<html><head><meta charset="{charset}"><title>{html.escape(title)}</title></head>
<body style="margin:0;background:{bg}">
<center>
<table width="640" cellpadding="0" cellspacing="0" style="font-family:Georgia,'Times New Roman',serif;background:#ffffff">
<tr><td style="background:#0f2d4a;padding:18px 28px"><img src="{logo}" alt="{html.escape(logo_alt)}" height="36" style="border:0"></td></tr>
<tr><td style="padding:20px 28px 4px 28px;font-size:24px;color:#0f2d4a">{html.escape(title)}</td></tr>
{items}
<tr><td style="padding:22px 28px;font-family:Arial,sans-serif;font-size:11px;color:#7a8794;border-top:1px solid #dde3ea">
{footer}
</td></tr>
</table>
</center>
{open_px}
</body></html>
"""


def card(headline: str, text: str, link: str, cta: str) -> str:
    """One newsletter card (a table row)."""
    return (f'<tr><td style="padding:14px 28px;border-bottom:1px solid #eef1f4">'
            f'<a href="{link}" style="font-size:17px;color:#12548c;text-decoration:none;font-weight:bold">'
            f'{html.escape(headline)}</a>'
            f'<div style="font-family:Arial,sans-serif;font-size:14px;color:#33414e;line-height:20px;padding-top:4px">'
            f'{html.escape(text)}</div>'
            f'<a href="{link}" style="font-family:Arial,sans-serif;font-size:13px;color:#c0392b">{html.escape(cta)} &rsaquo;</a>'
            f'</td></tr>\n')


def outlook_html(body: str, charset: str = "utf-8") -> str:
    """What Outlook desktop sends: Word HTML with MsoNormal paragraphs."""
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="DE-AT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>
"""


def mso(text: str) -> str:
    """Paragraphs of an Outlook body, one MsoNormal per line, empty ones for blank lines."""
    out = []
    for line in text.strip().split("\n"):
        if line:
            out.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def gmail_html(text: str) -> str:
    """A Gmail web body: divs in a dir=ltr wrapper, blank lines as <br> divs."""
    out = []
    for line in text.strip().split("\n"):
        out.append(f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
