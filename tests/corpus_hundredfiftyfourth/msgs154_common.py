"""Shared pieces of corpus 154: the candidate, a spec constructor, quoting helpers and HTML
shells. The shells are layout only; every message writes its own words in the data modules."""

from __future__ import annotations

import html as _html
import re
from typing import Any

CANDIDATE_NAME = "Renata Quispe-Albrecht"
CANDIDATE_ADDR = "renata.qa@example.pe"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


def M(kind: str, name: str, lang: str, **kw: Any) -> dict[str, Any]:
    """One message spec. Required keyword fields: frm, subject, date and text and/or html."""
    spec: dict[str, Any] = {
        "kind": kind,
        "name": name,
        "lang": lang,
        "company": "",
        "contact": "",
        "to": [ME],
        "cc": [],
        "reply_to": None,
        "headers": {},
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": None,
        "html": None,
        "layout": None,  # ("card"|"outlook"|"simple", {options}) renders html from text
        "html_only": False,
        "ics": None,
        "ics_attach": False,
        "pdfs": [],
        "tag": None,
        "reply": None,
        "subject_enc": None,  # (charset, "Q"|"B") forces encoded words in Subject
        "name_enc": None,  # (charset, "Q"|"B") for non-ASCII display names
    }
    unknown = set(kw) - set(spec) - {"frm", "subject", "date"}
    if unknown:
        raise KeyError(f"{name}: unknown spec keys {sorted(unknown)}")
    spec.update(kw)
    return spec


# --- quoting -------------------------------------------------------------------------------

def q(text: str) -> str:
    """Quote text with '> ' the way mail programs do (nested quotes become '> >')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


_WROTE = {
    "en": "On {when}, {who} wrote:",
    "es": "El {when}, {who} escribió:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
}


def reply_quote(lang: str, when: str, who: str, text: str) -> str:
    """An attribution line ('On ... wrote:' and its siblings) followed by the quoted text."""
    return _WROTE[lang].format(when=when, who=who) + "\n" + q(text)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "es": ("De", "Enviado", "Para", "CC", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Cc ", "Objet "),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str,
                  cc: str = "") -> str:
    """An Outlook reply header block (From:/Sent:/To:/Subject:) above unquoted older text."""
    f, s, t, c, j = _OUTLOOK[lang]
    lines = ["________________________________", f"{f}: {frm}", f"{s}: {sent}", f"{t}: {to}"]
    if cc:
        lines.append(f"{c}: {cc}")
    lines.append(f"{j}: {subject}")
    return "\n".join(lines) + "\n\n" + text.strip("\n")


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A forwarded-message block as Gmail writes it, in the sender's language."""
    head, f, d, s, t = _FORWARD[lang]
    return (f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            + text.strip("\n"))


# --- HTML shells (layout only) ---------------------------------------------------------------

_URL = re.compile(r"(https?://[^\s<]+)")


def _inline(line: str) -> str:
    escaped = _html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def paras_html(text: str, p_attr: str = "") -> str:
    """Blank-line separated paragraphs of text as <p> elements, links made clickable."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [_inline(line) for line in block.split("\n")]
        if all(line.startswith("&gt;") for line in lines if line):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + "<br>\n".join(lines) + "</blockquote>")
        else:
            out.append(f"<p{p_attr}>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def card_html(text: str, brand: str = "", color: str = "#1f4e79", footer: str = "",
              lang: str = "es", charset: str = "utf-8") -> str:
    """An applicant-tracking-system card: coloured band with the brand, white card, footer."""
    foot = f'<p style="font-size:11px;color:#777">{_inline(footer)}</p>' if footer else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">
<strong>{_html.escape(brand, quote=False)}</strong></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
{paras_html(text)}
</td></tr>
</table>
{foot}
</td></tr>
</table>
</body>
</html>
"""


def outlook_html(text: str, lang: str = "es", charset: str = "utf-8", **_: Any) -> str:
    """An Outlook / Word-generated HTML wrapper around the text."""
    body = paras_html(text, p_attr=' class="MsoNormal"')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17
\t{{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
</div>
</body>
</html>
"""


def simple_html(text: str, lang: str = "es", charset: str = "utf-8", **_: Any) -> str:
    """A plain HTML body as webmail writes it."""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head>\n<body><div dir="ltr" lang="{lang}">\n{paras_html(text)}\n</div></body>'
            "</html>\n")


def news_html(title: str, items: list[tuple[str, str, str]], intro: str, footer: str,
              color: str = "#0b6e4f", lang: str = "es", charset: str = "utf-8") -> str:
    """A newsletter / job-alert layout: title band, intro, a list of (heading, url, blurb)."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font-size:16px;color:{color};font-weight:bold">'
        f"{_html.escape(head, quote=False)}</a><br>"
        f'<span style="font-size:13px;color:#444">{_html.escape(blurb, quote=False)}</span>'
        f"</td></tr>"
        for head, url, blurb in items
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{_html.escape(title, quote=False)}</title></head>
<body style="margin:0;background:#eef1f1;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{color};color:#fff;padding:18px 24px;font-size:20px">\
{_html.escape(title, quote=False)}</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#222">{paras_html(intro)}</td></tr>
{rows}
<tr><td style="padding:16px 24px;font-size:11px;color:#888">{paras_html(footer)}</td></tr>
</table></td></tr></table>
</body></html>
"""


def news_text(title: str, items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """The text/plain twin of news_html."""
    parts = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for head, url, blurb in items:
        parts += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    parts += ["--", footer.strip("\n")]
    return "\n".join(parts)


SHELLS = {"card": card_html, "outlook": outlook_html, "simple": simple_html}
