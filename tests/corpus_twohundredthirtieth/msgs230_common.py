"""Shared helpers for corpus 230: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs230_* modules writes its own words; the helpers below only lay them
out the way a mail client, an ATS or Outlook would.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Tadeusz Ó Briain"
CAND_ADDR = "tadeusz.ob@example.ie"
CAND = (CAND_NAME, CAND_ADDR)

# The candidate's own signature (his phone and the pub he works in now).
CAND_SIG = """Tadeusz Ó Briain
+353 87 415 2290
Dublin 8"""


def m(**spec: object) -> dict:
    """One hand-written message spec (just a dict; the keys are read by the generator)."""
    return dict(spec)


# --- quoting -------------------------------------------------------------------------------

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with "> " the way a plain-text mail client quotes."""
    prefix = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(prefix + line)
        elif line:
            out.append(prefix + " " + line)
        else:
            out.append(prefix)
    return "\n".join(out)


_WROTE = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def reply_quote(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """Attribution line plus the quoted earlier message."""
    return _WROTE[lang].format(when=when, name=name, addr=addr) + "\n" + quote(text)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style "From: / Sent:" header block followed by the earlier text, unquoted."""
    f, s, t, sub = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{sub}: {subject}\n\n" + text.strip("\n")
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded block."""
    head, f, d, s, t = _FWD[lang]
    return f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n" + text.strip("\n")


# --- HTML shells ---------------------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> blocks, single newlines as <br>."""
    blocks = list(text.strip("\n").split("\n\n"))
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def ats_card(brand: str, colour: str, inner: str, footer: str = "") -> str:
    """A centred card as applicant-tracking systems send them."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{colour};color:#ffffff;padding:18px 24px;font-size:18px">{esc(brand)}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#1f2937">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280">{footer}</td></tr>
</table></td></tr></table>
</body></html>"""


def word_html(inner: str) -> str:
    """The Word-generated HTML Outlook sends."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="EN-IE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body></html>"""


def mso(text: str) -> str:
    """Plain paragraphs as Word's MsoNormal paragraphs, with the empty paragraphs between."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(brand: str, colour: str, intro: str, items: list[tuple[str, str, str, str]],
                footer: str) -> str:
    """A newsletter/job-alert layout: intro, then (title, meta, url, blurb) items, then footer."""
    rows = "\n".join(
        f"""<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">
<a href="{esc(url)}" style="font-size:16px;color:{colour};font-weight:bold;text-decoration:none">{esc(title)}</a>
<div style="font-size:12px;color:#6b7280">{esc(meta)}</div>
<div style="font-size:14px;color:#111827">{esc(blurb)}</div></td></tr>"""
        for title, meta, url, blurb in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;background:{colour};color:#fff;font-size:20px">{esc(brand)}</td></tr>
<tr><td style="padding:20px">{paras(intro)}</td></tr>
<tr><td style="padding:0 20px"><table width="100%" cellpadding="0" cellspacing="0">
{rows}
</table></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#9ca3af">{footer}</td></tr>
</table></body></html>"""


def digest_text(intro: str, items: list[tuple[str, str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = [intro.strip("\n"), ""]
    for title, meta, url, blurb in items:
        body += [title, meta, blurb, url, ""]
    body.append(footer)
    return "\n".join(body)
