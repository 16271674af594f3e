"""Shared pieces of corpus 281: the candidate, quoting helpers and HTML shells.

Everything here is layout only; every message in the msgs281_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Lucía Fernández-Kowalski"
CAND = "lucia.fk@example.es"
ME = (CAND_NAME, CAND)


def T(text: str) -> str:
    """A body written flush-left in a triple-quoted string: drop the first newline."""
    return text[1:] if text.startswith("\n") else text


# --------------------------------------------------------------------------- quoting (text)

def quote(text: str, prefix: str = "> ") -> str:
    """Quote a plain-text body the way mail programs do ("> " per line, ">" on empty lines)."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(prefix + line if line else prefix.rstrip() for line in lines) + "\n"


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message, in the replier's mail-program language."""
    if lang == "en":
        return f"On {when}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    return f"El {when}, {name} (<{addr}>) escribió:"


def outlook_header(lang: str, name: str, addr: str, sent: str, to: str, subject: str,
                   rule: bool = True) -> str:
    """The "From: / Sent:" block Outlook puts above the message it replies to."""
    labels = {
        "en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
        "es": ("De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----"),
        "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0", "-----Message d'origine-----"),
    }[lang]
    head = f"{labels[4]}\n" if rule else "________________________________\n"
    return (f"{head}{labels[0]}: {name} <{addr}>\n{labels[1]}: {sent}\n"
            f"{labels[2]}: {to}\n{labels[3]}: {subject}\n")


def forwarded_header(lang: str, name: str, addr: str, date: str, subject: str, to: str) -> str:
    """The header block a webmail writes above a forwarded message."""
    if lang == "en":
        return (f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\nDate: {date}\n"
                f"Subject: {subject}\nTo: {to}\n")
    if lang == "de":
        return (f"---------- Weitergeleitete Nachricht ---------\nVon: {name} <{addr}>\n"
                f"Datum: {date}\nBetreff: {subject}\nAn: {to}\n")
    if lang == "fr":
        return (f"---------- Message transféré ---------\nDe : {name} <{addr}>\nDate : {date}\n"
                f"Objet : {subject}\nÀ : {to}\n")
    return (f"---------- Mensaje reenviado ---------\nDe: {name} <{addr}>\nFecha: {date}\n"
            f"Asunto: {subject}\nPara: {to}\n")


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements with <br> line breaks."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def plain_html(inner: str, lang: str = "es") -> str:
    """A bare webmail-style HTML document."""
    return (f'<html lang="{lang}"><head></head><body>'
            f'<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{inner}\n</div></body></html>\n")


def ats_card(brand: str, inner: str, footer: str = "", accent: str = "#24577a",
             lang: str = "es") -> str:
    """An applicant-tracking-system notification: coloured header bar, white card, grey footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><title>{esc(brand)}</title></head>
<body style="margin:0;padding:0;background:#eef0f3;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;font-size:19px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:1.55;color:#1f2933">
{inner}
</td></tr>
<tr><td style="padding:14px 28px 22px;font-size:11px;line-height:1.4;color:#7b8794;border-top:1px solid #e4e7eb">
{footer}
</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def button(label: str, url: str, accent: str = "#24577a") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{accent};border-radius:4px;padding:10px 20px">'
            f'<a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
            f"{esc(label)}</a></td></tr></table>")


def word_html(inner_paras: list[str], quoted: str = "", lang: str = "ES") -> str:
    """An Outlook (Word-generated) HTML body; `quoted` goes under the grey rule."""
    body = "\n".join(f"<p class=MsoNormal>{p}<o:p></o:p></p>" for p in inner_paras)
    rule = ""
    if quoted:
        rule = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;"
                "padding:3.0pt 0cm 0cm 0cm'>\n" + quoted + "\n</div>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17
	{{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style></head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
{body}
{rule}
</div>
</body></html>
"""


def word_quote(header_lines: list[str], quoted_paras: list[str]) -> str:
    """The quoted message under an Outlook rule: bold labels, then the old paragraphs."""
    head = "<br>\n".join(header_lines)
    old = "\n".join(f"<p class=MsoNormal>{p}<o:p></o:p></p>" for p in quoted_paras)
    return f"<p class=MsoNormal>{head}<o:p></o:p></p>\n{old}"


def gmail_quote(attribution: str, inner: str) -> str:
    """A webmail reply's quoted part: attribution line, then a left-bordered blockquote."""
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}'
            f'<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{inner}\n'
            f"</blockquote></div>")


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#0f766e", lang: str = "es") -> str:
    """A newsletter / alert digest: header, intro, a list of linked items, footer links."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{accent};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#4b5563;font-size:13px">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><title>{esc(title)}</title></head>
<body style="margin:0;background:#f9fafb;font-family:Verdana,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 26px;background:{accent};color:#ffffff;font-size:20px">{esc(title)}</td></tr>
<tr><td style="padding:20px 26px;font-size:14px;color:#111827">{intro}</td></tr>
<tr><td style="padding:0 26px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
{rows}
</table></td></tr>
<tr><td style="padding:20px 26px;font-size:11px;color:#6b7280">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""
