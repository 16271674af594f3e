"""Shared pieces of corpus 236: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs236_*.py modules writes its own words; the helpers here only quote,
wrap and lay out what they are given.
"""

from __future__ import annotations

import html

CAND_NAME = "Oksana Fairweather-Ruiz"
CAND_ADDR = "oksana.fr@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)


def M(**spec: object) -> dict:
    """One message spec (a plain dict); see make_twohundredthirtysixth.py for the keys."""
    return dict(spec)


# --------------------------------------------------------------------------- quoting

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with "> " (or ">" for an empty line), depth times."""
    out = []
    for line in text.strip("\n").split("\n"):
        for _ in range(depth):
            line = ("> " + line) if line and not line.startswith(">") else (">" + line)
        out.append(line)
    return "\n".join(out)


_WROTE = {
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}


def on_wrote(lang: str, when: str, who: str, text: str) -> str:
    """An attribution line in the given language followed by the quoted text."""
    return _WROTE[lang].format(when=when, who=who) + "\n" + quote(text)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style reply block: a rule, From/Sent/To/Subject lines, the earlier text."""
    f, s, t, j = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n" + text.strip("\n")
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded block."""
    rule, f, d, s, t = _FWD[lang]
    return (
        f"{rule}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n" + text.strip("\n")
    )


# --------------------------------------------------------------------------- HTML shells

def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, accent: str, body: str, footer: str = "") -> str:
    """A narrow centred card as ATS platforms send: brand bar, body, small grey footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0"
 style="background:#ffffff;margin:24px 0;border-radius:6px">
<tr><td style="background:{accent};color:#ffffff;padding:14px 24px;font-size:18px">
{html.escape(brand)}</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5;color:#222222">
{body}
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888888">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def outlook_html(body: str) -> str:
    """The Word-generated HTML wrapper Outlook puts around a message."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's <p class=MsoNormal> lines, blank paragraphs between."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{html.escape(line) or "&nbsp;"}</p>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """A newsletter / alert layout: a title, an intro, linked items with blurbs, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{html.escape(url)}" style="color:#0b5394;font-weight:bold">'
        f"{html.escape(head)}</a><br>"
        f'<span style="color:#444444">{html.escape(blurb)}</span></td></tr>'
        for head, blurb, url in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;background:#fafafa">
<div style="max-width:620px;margin:0 auto;background:#ffffff;padding:18px">
<h1 style="font-size:20px;color:#222222">{html.escape(title)}</h1>
{paras(intro)}
<table width="100%" cellpadding="0" cellspacing="0">
{rows}
</table>
<div style="font-size:11px;color:#999999;margin-top:18px">{footer}</div>
</div></body></html>
"""


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, blurb, url in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines)


# --------------------------------------------------------------------------- attachments

def pdf(filename: str, title: str, lines: list[str]) -> dict:
    """A small PDF attachment showing a title and some lines of text."""
    return {"type": "pdf", "filename": filename, "title": title, "lines": lines}


def ics(method: str, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str],
        **more: object) -> dict:
    """An iCalendar event (start/end as "YYYY-MM-DD HH:MM" in `tz`, default Europe/London)."""
    return {"type": "ics", "method": method, "uid": uid, "summary": summary, "start": start,
            "end": end, "organizer": organizer, **more}


def eml(filename: str, spec: dict) -> dict:
    """A whole message attached as message/rfc822."""
    return {"type": "eml", "filename": filename, "spec": spec}
