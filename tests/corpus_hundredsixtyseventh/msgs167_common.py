"""Shared pieces for corpus 167: the candidate, quoting helpers and HTML shells.

The shells are layout only (tables, Word-HTML boilerplate, list footers); every message in
the data modules writes its own words and passes them in.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Manon Tshibangu-Roux"
CANDIDATE_ADDR = "manon.tr@example.be"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_FR = "Manon Tshibangu-Roux\nRue Hors-Château 41, 4000 Liège\n+32 470 55 18 62"
SIG_EN = "Manon Tshibangu-Roux\nLiège, Belgium\n+32 470 55 18 62"
SIG_DE = "Manon Tshibangu-Roux\nLüttich, Belgien\nTel. +32 470 55 18 62"
SIG_ES = "Manon Tshibangu-Roux\nLieja (Bélgica)\nTel. +32 470 55 18 62"


def m(kind: str, slug: str, lang: str, **spec: object) -> dict:
    """One message spec: kind folder, scenario slug, language of the new text, and the rest."""
    spec.update(kind=kind, slug=slug, lang=lang)
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return spec


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (repeated for depth), the way mail clients quote."""
    out = []
    for line in text.strip("\n").split("\n"):
        prefix = ">" * depth
        out.append(f"{prefix} {line}" if line else prefix)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message, in the client's language."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def outlook_block(lang: str, name: str, addr: str, sent: str, to: str, subject: str) -> str:
    """An Outlook-style 'From: / Sent:' header block that opens an unquoted earlier message."""
    labels = {
        "fr": ("De", "Envoyé", "À", "Objet"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    return (
        "________________________________\n"
        f"{labels[0]}{sep} {name} <{addr}>\n"
        f"{labels[1]}{sep} {sent}\n"
        f"{labels[2]}{sep} {to}\n"
        f"{labels[3]}{sep} {subject}\n"
    )


def forward_block(lang: str, name: str, addr: str, date: str, subject: str, to: str) -> str:
    """The banner a mail client writes above a forwarded message."""
    if lang == "fr":
        return (f"---------- Message transféré ---------\nDe : {name} <{addr}>\n"
                f"Date : {date}\nObjet : {subject}\nÀ : {to}\n")
    if lang == "de":
        return (f"---------- Weitergeleitete Nachricht ---------\nVon: {name} <{addr}>\n"
                f"Datum: {date}\nBetreff: {subject}\nAn: {to}\n")
    if lang == "es":
        return (f"---------- Mensaje reenviado ---------\nDe: {name} <{addr}>\n"
                f"Fecha: {date}\nAsunto: {subject}\nPara: {to}\n")
    return (f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\n"
            f"Date: {date}\nSubject: {subject}\nTo: {to}\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str, css: str = "") -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, newlines become <br>."""
    style = f' style="{css}"' if css else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p{style}>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def mso_paras(text: str) -> str:
    """Plain text to Word-HTML paragraphs (class=MsoNormal, empty paragraphs between)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f"<p class=MsoNormal>{esc(line) or '&nbsp;'}<o:p></o:p></p>")
        out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def ats_card(inner: str, brand: str, accent: str = "#1d4e89", footer: str = "") -> str:
    """A centred card as applicant-tracking systems send it; inner is already HTML."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={{{{charset}}}}">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;font-size:18px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:24px 28px;color:#222222;font-size:14px;line-height:1.5">
{inner}
</td></tr>
<tr><td style="padding:14px 28px;color:#8a8f98;font-size:11px;border-top:1px solid #e5e7eb">{footer}</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def outlook_html(inner: str, lang_tag: str = "FR-BE") -> str:
    """The Word-HTML wrapper Outlook puts around a message; inner is already HTML."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset={{{{charset}}}}">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head>
<body lang={lang_tag} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class=WordSection1>
{inner}
</div>
</body></html>
"""


def simple_html(inner: str, font: str = "Arial,sans-serif") -> str:
    """A bare HTML document as webmail clients send it."""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset={{{{charset}}}}"></head>\n<body><div style="font-family:{font};'
            f'font-size:14px">\n{inner}\n</div></body></html>\n')


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               accent: str = "#0f766e") -> str:
    """A newsletter / digest: a title, an intro, (heading, blurb, url) items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eeeeee">'
        f'<a href="{url}" style="color:{accent};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#444444;font-size:13px">{esc(blurb)}</span></td></tr>'
        for head, blurb, url in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={{{{charset}}}}"></head>
<body style="margin:0;background:#fafafa;font-family:Verdana,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{accent};color:#ffffff;padding:20px 24px;font-size:20px">{esc(title)}</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#333333">{intro}</td></tr>
{rows}
<tr><td style="padding:16px 24px;font-size:11px;color:#888888">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers a newsletter or digest carries."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO_GENERATED = [("Auto-Submitted", "auto-generated")]
AUTO_REPLIED = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
