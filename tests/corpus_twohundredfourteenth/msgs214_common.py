"""Shared pieces for corpus 214: the candidate, quoting helpers and HTML shells.

Layout only: every message writes its own words in the msgs214_* modules.
"""

from __future__ import annotations

from html import escape

CANDIDATE = ("Kwame Lindgren-Osorio", "kwame.lo@example.com")
ME = CANDIDATE

SIG_KWAME = "Kwame Lindgren-Osorio\n07700 900431\nLeeds"


def quote(text: str) -> str:
    """Prefix every line with '> ' (a bare '>' on empty lines), as mail programs do."""
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quote, in the style of the writer's mail program."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the quoted older message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' block with the older message unquoted."""
    f, s, t, subj = OUTLOOK_LABELS[lang]
    return (f"________________________________\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n"
            f"{subj}: {subject}\n\n{body.strip()}\n")


def forwarded(frm: str, date: str, subject: str, to: str, body: str, lang: str = "en") -> str:
    """A Gmail-style forwarded block."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    }[lang]
    return (f"{head[0]}\n{head[1]}: {frm}\n{head[2]}: {date}\n{head[3]}: {subject}\n"
            f"{head[4]}: {to}\n\n{body.strip()}\n")


def paras(text: str) -> str:
    """Blank-line separated text as HTML paragraphs (single newlines become <br>)."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(escape(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def ats_card(brand: str, colour: str, heading: str, body_html: str, footer: str,
             lang: str = "en") -> str:
    """An ATS notification card: coloured band with the employer, a white card, grey footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{escape(heading)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="background:{colour};padding:18px 24px;color:#ffffff;font-size:20px;
font-weight:bold">{escape(brand)}</td></tr>
<tr><td style="padding:24px">
<table role="presentation" width="600" align="center" style="background:#ffffff;
border-radius:6px;padding:24px">
<tr><td><h2 style="margin-top:0;font-size:18px">{escape(heading)}</h2>
{body_html}
</td></tr></table></td></tr>
<tr><td style="padding:12px 24px;color:#6b7280;font-size:11px">{footer}</td></tr>
</table>
</body>
</html>
"""


def outlook_html(body_html: str, lang: str = "en-GB") -> str:
    """The Word-HTML wrapper Outlook puts around a message."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
</div>
</body>
</html>
"""


def mso(text: str) -> str:
    """Plain text as Outlook's MsoNormal paragraphs (empty lines become &nbsp; paragraphs)."""
    out = []
    for line in text.strip("\n").split("\n"):
        inner = escape(line) if line.strip() else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "en") -> str:
    """A newsletter / job-alert layout: a title, an intro and linked items with blurbs."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{escape(url)}" style="font-size:15px;color:#1d4ed8;font-weight:bold">'
        f"{escape(head)}</a><br><span style=\"color:#374151;font-size:13px\">{escape(blurb)}"
        f"</span></td></tr>"
        for head, url, blurb in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body style="font-family:Verdana,sans-serif;background:#ffffff">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td><h1 style="font-size:22px">{escape(title)}</h1>
<p style="font-size:14px">{escape(intro)}</p></td></tr>
{rows}
<tr><td style="font-size:11px;color:#6b7280;padding-top:16px">{footer}</td></tr>
</table></body></html>
"""


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers a bulk sender adds."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
