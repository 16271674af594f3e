"""Shared bits of the hundredthirteenth corpus: the candidate, quoting styles, HTML shells.

Only formatting lives here (how Gmail or Outlook quotes, how an ATS wraps its HTML); every
message's own wording is written by hand in the msgs113_*.py modules.
"""

from __future__ import annotations

CAND = "ingrid.sa@example.no"
CAND_NAME = "Ingrid Solberg-Achebe"
ME = (CAND_NAME, CAND)


def gt(text: str) -> str:
    """Prefix every line with '> ' the way plain-text mailers quote."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def gmail_quote(when: str, who: str, addr: str, text: str) -> str:
    """'On Tue, 3 Mar 2026 at 14:02, Name <addr> wrote:' then '> ' lines."""
    return f"On {when}, {who} <{addr}> wrote:\n\n{gt(text)}\n"


def apple_quote(when: str, who: str, addr: str, text: str) -> str:
    """Apple Mail: 'On 3 Mar 2026, at 14:02, Name <addr> wrote:'."""
    return f"> On {when}, {who} <{addr}> wrote:\n>\n{gt(text)}\n"


def outlook_quote(frm: str, sent: str, to: str, subject: str, text: str,
                  labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject"),
                  sep: str = "________________________________") -> str:
    """Outlook's header block (labels vary with the language: De / Envoyé / À / Objet ...)."""
    colon = " :" if labels[1] == "Envoyé" else ":"
    f, s, t, o = (label + colon for label in labels)
    return (f"{sep}\n{f} {frm}\n{s} {sent}\n{t} {to}\n{o} {subject}\n\n"
            f"{text.strip()}\n")


OUTLOOK_FR = ("De", "Envoyé", "À", "Objet")
OUTLOOK_DE = ("Von", "Gesendet", "An", "Betreff")
OUTLOOK_ES = ("De", "Enviado", "Para", "Asunto")


def original_message(frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """The older Outlook/Exchange '-----Original Message-----' block."""
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n"
            f"{text.strip()}\n")


def german_quote(when: str, who: str, addr: str, text: str) -> str:
    """'Am 03.03.2026 um 14:02 schrieb Name <addr>:'."""
    return f"Am {when} schrieb {who} <{addr}>:\n{gt(text)}\n"


def spanish_quote(when: str, who: str, addr: str, text: str) -> str:
    """'El mar, 3 mar 2026 a las 14:02, Name (<addr>) escribió:'."""
    return f"El {when}, {who} (<{addr}>) escribió:\n{gt(text)}\n"


def french_quote(when: str, who: str, addr: str, text: str) -> str:
    """'Le mar. 3 mars 2026 à 14:02, Name <addr> a écrit :'."""
    return f"Le {when}, {who} <{addr}> a écrit :\n{gt(text)}\n"


def blockquote_html(header: str, inner_html: str) -> str:
    """Gmail's HTML quote: a div header then a blockquote with a left border."""
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{header}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner_html}</blockquote></div>')


def ats_page(inner: str, *, brand: str, logo: str, logo_alt: str, colour: str = "#1f3a5f",
             footer: str = "", pixel: str = "", lang: str = "en", preheader: str = "") -> str:
    """The layout table most applicant-tracking systems send: logo row, a white card, footer."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>'
           if preheader else "")
    px = (f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0" />'
          if pixel else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{brand}</title>
<style type="text/css">body{{margin:0;padding:0}} a{{color:{colour}}} @media only screen and (max-width:600px){{.card{{width:100% !important}}}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" class="card" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background:#ffffff;border-radius:6px">
<tr><td style="padding:24px 32px;border-bottom:3px solid {colour}"><img src="{logo}" alt="{logo_alt}" width="160" style="display:block;border:0;max-width:160px"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#222222">
{inner}
</td></tr>
</table>
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px">
<tr><td style="padding:16px 32px;font-size:11px;line-height:16px;color:#6b7280;text-align:center">{footer}</td></tr>
</table>
</td></tr></table>
{px}
</body></html>
"""


def outlook_page(inner: str, lang: str = "en-GB") -> str:
    """HTML as Outlook for Windows writes it: WordSection1, MsoNormal paragraphs."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def mso(*paras: str) -> str:
    """Outlook paragraphs: one <p class=MsoNormal> per line, an empty one between blocks."""
    out = []
    for para in paras:
        if para == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{para}<o:p></o:p></p>')
    return "\n".join(out)


def news_page(inner: str, *, title: str, masthead: str, colour: str, footer: str,
              pixel: str, lang: str = "en") -> str:
    """A marketing / newsletter shell: masthead bar, two-column-capable body, long footer."""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;background:#eeeeee">
<center>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#2b2b2b">
<tr><td bgcolor="{colour}" style="padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold;letter-spacing:1px">{masthead}</td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:24px">
{inner}
</td></tr>
<tr><td style="padding:18px 28px;background:#f6f6f6;font-family:Arial,sans-serif;font-size:11px;line-height:15px;color:#777777">{footer}</td></tr>
</table>
</center>
<img src="{pixel}" width="1" height="1" border="0" alt="">
</body></html>
"""


def gmail_html(inner: str) -> str:
    """A personal message as the Gmail web client writes it."""
    return f'<div dir="ltr">{inner}</div>\n'
