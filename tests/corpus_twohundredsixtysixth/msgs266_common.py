"""Shared pieces of corpus 266: the candidate, the spec builder, quoting helpers and HTML shells.

Everything here is layout only: every message in the msgs266_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Xabier Ondarra-Lindgren"
CANDIDATE_ADDR = "xabier.ol@example.es"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"
CANDIDATE_PHONE = "+34 642 118 305"

_KEYS = {
    "kind", "slug", "lang", "company", "contact", "frm", "subject", "date",
    "text", "html", "to", "cc", "reply_to", "tz", "charset", "cte", "html_charset", "html_cte",
    "hdr", "headers", "key", "reply_of", "pdf", "ics", "ics_where",
}


def M(**spec: object) -> dict:
    """One message spec; unknown keys are typos and fail early."""
    unknown = set(spec) - _KEYS
    assert not unknown, f"{spec.get('slug')}: unknown keys {unknown}"
    for needed in ("kind", "slug", "lang", "company", "contact", "frm", "subject", "date"):
        assert needed in spec, f"{spec.get('slug')}: missing {needed}"
    assert spec.get("text") or spec.get("html"), f"{spec['slug']}: no body"
    return dict(spec)


# ----------------------------------------------------------------------------- quoting

def quote(text: str, mark: str = ">") -> str:
    """Prefix every line with '> ' (bare '>' on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{mark} {line}" if line else mark)
    return "\n".join(out)


def wrote_en(when: str, name: str, addr: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:"


def wrote_es(when: str, name: str, addr: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:"


def wrote_de(when: str, name: str, addr: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:"


def wrote_fr(when: str, name: str, addr: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style reply block: a rule, From/Sent/To/Subject lines, then the old text."""
    f, s, t, j = _OUTLOOK[lang]
    head = [f"{f}: {frm}", f"{s}: {sent}", f"{t}: {to}", f"{j}: {subject}"]
    return "\n".join(["_" * 32, *head, "", body.strip("\n")])


_FORWARD = {
    "en": "---------- Forwarded message ---------",
    "es": "---------- Mensaje reenviado ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "es": ("De", "Fecha", "Asunto", "Para"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forward."""
    f, d, s, t = _FWD_FIELDS[lang]
    return "\n".join([_FORWARD[lang], f"{f}: {frm}", f"{d}: {date}", f"{s}: {subject}",
                      f"{t}: {to}", "", body.strip("\n")])


# ----------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def ats_card(brand: str, color: str, body_html: str, footer_html: str = "",
             lang: str = "es", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: brand bar, white card, optional button, small footer."""
    btn = ""
    if button:
        label, href = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
               f'<td style="background:{color};border-radius:4px;padding:10px 22px">'
               f'<a href="{href}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
               f"{esc(label)}</a></td></tr></table>")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(brand)}</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{color};color:#ffffff;padding:16px 28px;font-size:18px">
<strong>{esc(brand)}</strong></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:1.5">
{body_html}
{btn}
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #e4e4e4">
{footer_html}
</td></tr>
</table></td></tr></table>
</body>
</html>
"""


def outlook_html(body_html: str, lang: str = "es") -> str:
    """The Word-generated HTML that Outlook sends: MsoNormal paragraphs, WordSection1."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only; font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
</div>
</body>
</html>
"""


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs with empty spacer paragraphs."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        inner = "<br>\n".join(esc(x) for x in b.split("\n"))
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro_html: str, items: list[tuple[str, str, str]],
                    footer_html: str, lang: str, color: str = "#0b5394") -> str:
    """A digest: title, intro, a list of (headline, link, blurb) rows, and a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{href}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#555\">{esc(blurb)}</span></td></tr>"
        for head, href, blurb in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;background:#fafafa">
<div style="max-width:640px;margin:0 auto;background:#fff;padding:20px">
<h1 style="font-size:20px;color:{color}">{esc(title)}</h1>
{intro_html}
<table width="100%" cellpadding="0" cellspacing="0">
{rows}
</table>
<div style="font-size:11px;color:#888;margin-top:18px">{footer_html}</div>
</div></body></html>
"""
