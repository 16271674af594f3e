"""Shared pieces for corpus 149: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs149_*.py modules writes its own words; the helpers here only arrange
them (quote a previous message, wrap paragraphs in an ATS card or an Outlook Word page).
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Luca Baumgartner-Rossi"
CANDIDATE_ADDR = "luca.br@example.ch"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature, used in the mail he sends.
LUCA_SIG = """Luca Baumgartner-Rossi
Sous-Chef | Lebensmittelsicherheit & QS
Hardstrasse 118, 8005 Zürich
+41 79 512 44 83"""


def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


def on_wrote(when: str, name: str, addr: str, text: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:\n{quote(text)}"


def am_schrieb(when: str, name: str, addr: str, text: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:\n{quote(text)}"


def le_ecrit(when: str, name: str, addr: str, text: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :\n{quote(text)}"


def el_escribio(when: str, name: str, addr: str, text: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:\n{quote(text)}"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style header block followed by the earlier message, unquoted."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    head = f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}"
    return "_" * 32 + "\n" + head + "\n\n" + text.strip("\n")


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """An inline forward as mail programs write it."""
    title = {
        "en": "---------- Forwarded message ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "de": ("Von", "Datum", "Betreff", "An"),
        "fr": ("De", "Date", "Objet", "À"),
        "es": ("De", "Fecha", "Asunto", "Para"),
    }[lang]
    return (f"{title}\n{labels[0]}: {frm}\n{labels[1]}: {date}\n{labels[2]}: {subject}\n"
            f"{labels[3]}: {to}\n\n{text.strip()}")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> blocks with <br> line breaks."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def ats_card(brand: str, color: str, inner: str, footer: str, button: tuple[str, str] | None = None,
             lang: str = "en") -> str:
    """An applicant-tracking-system notification card: logo bar, white card, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:{color};color:#fff;'
               f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">{esc(brand)}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
{inner}
{btn}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def outlook_word(inner: str, lang: str = "de") -> str:
    """The HTML Outlook writes: Word namespaces, MsoNormal paragraphs, a WordSection div."""
    body = "\n".join(
        f'<p class="MsoNormal">{line}<o:p></o:p></p>' if line else
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for line in inner.split("\n"))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>
"""


def word_lines(text: str) -> str:
    """Escape plain lines for outlook_word (one <p class=MsoNormal> per line)."""
    return "\n".join(esc(line) for line in text.strip("\n").split("\n"))


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               lang: str = "de") -> str:
    """A digest: heading, intro, a list of (headline, url, blurb) items, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="{url}" '
        f'style="font-weight:bold;color:#1a5fb4">{esc(head)}</a><br>'
        f'<span style="color:#555">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Georgia,serif;background:#fff;color:#222">
<div style="max-width:640px;margin:0 auto">
<h1 style="font-size:22px">{esc(title)}</h1>
<p>{esc(intro)}</p>
<table role="presentation" width="100%">
{rows}
</table>
<p style="font-size:11px;color:#999">{footer}</p>
</div></body></html>
"""


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    lines = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines)
