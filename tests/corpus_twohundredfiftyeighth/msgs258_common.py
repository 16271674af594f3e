"""Shared pieces for corpus 258: the candidate, quoting helpers and HTML shells.

Layout only: every message in the data modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Mateo Villanueva-Okoro"
CANDIDATE = "mateo.vo@example.es"
ME = (CANDIDATE_NAME, CANDIDATE)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)

# Signature of the candidate, used in his own mail.
SIG_ES = "Un saludo,\nMateo Villanueva-Okoro\n+34 651 20 48 73"
SIG_EN = "Best regards,\nMateo Villanueva-Okoro\n+34 651 20 48 73"
SIG_FR = "Bien cordialement,\nMateo Villanueva-Okoro\n+34 651 20 48 73"
SIG_DE = "Viele Grüße\nMateo Villanueva-Okoro\n+34 651 20 48 73"


def msg(kind: str, name: str, lang: str, company: str = "", contact: str = "", **spec: object) -> dict:
    """One message spec: its label first, then how it is written."""
    return {"kind": kind, "name": name, "lang": lang, "company": company,
            "contact": contact, **spec}


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of `text` the way mail programs do."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def attribution(lang: str, when: str, who: str) -> str:
    """The line a mail program writes above a quote."""
    return {
        "en": f"On {when}, {who} wrote:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
    }[lang]


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """New text, then the attribution line and the quoted older text."""
    return f"{new.rstrip()}\n\n{attribution(lang, when, who)}\n{quote(old)}\n"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style header block above an unquoted older message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
    }[lang]
    colon = " :" if lang == "fr" else ":"
    head = "\n".join(f"{label}{colon} {value}"
                     for label, value in zip(labels, (frm, sent, to, subject), strict=True))
    return f"\n________________________________\n{head}\n\n{body.rstrip()}\n"


def forward_block(lang: str, frm: str, when: str, subject: str, to: str, body: str) -> str:
    """A forwarded message as a mail client inlines it."""
    title, labels = {
        "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
        "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
        "de": ("---------- Weitergeleitete Nachricht ---------", ("Von", "Datum", "Betreff", "An")),
        "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
    }[lang]
    colon = " :" if lang == "fr" else ":"
    head = "\n".join(f"{label}{colon} {value}"
                     for label, value in zip(labels, (frm, when, subject, to), strict=True))
    return f"{title}\n{head}\n\n{body.rstrip()}\n"


def plain(paras: list[str]) -> str:
    """Paragraphs as a plain-text body."""
    return "\n\n".join(p.rstrip() for p in paras) + "\n"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def html_paras(paras: list[str], style: str = "") -> str:
    """Paragraphs as <p> elements; single newlines become <br>."""
    attr = f' style="{style}"' if style else ""
    return "\n".join(f"<p{attr}>" + "<br>\n".join(esc(line) for line in p.split("\n")) + "</p>"
                     for p in paras)


def ats_card(brand: str, colour: str, paras: list[str], footer: list[str],
             button: tuple[str, str] | None = None, lang: str = "en") -> str:
    """An applicant-tracking-system notification: a centred card with a coloured band."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="text-align:center;margin:28px 0"><a href="{esc(url)}" '
               f'style="background:{colour};color:#ffffff;padding:12px 22px;'
               f'border-radius:4px;text-decoration:none">{esc(label)}</a></p>\n')
    foot = "<br>\n".join(esc(f) for f in footer)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:{colour};color:#ffffff;padding:18px 28px;font-size:20px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:24px 28px;color:#1f2937;font-size:15px;line-height:1.5">
{html_paras(paras)}
{btn}</td></tr>
<tr><td style="padding:14px 28px;color:#6b7280;font-size:11px;border-top:1px solid #e5e7eb">{foot}</td></tr>
</table></td></tr></table>
</body></html>
"""


def outlook_html(paras: list[str], signature: list[str], tail: str = "") -> str:
    """The Word-HTML that Outlook for Windows sends."""
    body = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(line) for line in p.split("\n"))
        + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" for p in paras)
    sig = "<br>\n".join(esc(s) for s in signature)
    extra = ""
    if tail:
        extra = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 '\n<p class="MsoNormal">' + "<br>\n".join(esc(t) for t in tail.split("\n"))
                 + "<o:p></o:p></p>\n</div>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
<p class="MsoNormal"><span style="font-size:9.0pt;color:#44546A">{sig}</span><o:p></o:p></p>
{extra}
</div>
</body></html>
"""


def simple_html(paras: list[str], signature: list[str] | None = None) -> str:
    """A webmail-style HTML body: plain divs."""
    body = "\n".join("<div>" + "<br>\n".join(esc(line) for line in p.split("\n")) + "</div>\n<div><br></div>"
                     for p in paras)
    sig = ""
    if signature:
        sig = '<div class="signature" style="color:#555555">' + "<br>\n".join(esc(s) for s in signature) + "</div>"
    return f'<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n{body}\n{sig}\n</div>\n'


def digest_html(brand: str, colour: str, intro: list[str],
                items: list[tuple[str, str, str]], footer: list[str], lang: str = "en") -> str:
    """A newsletter or job-alert digest: an intro, then linked items with a blurb each."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="color:{colour};font-weight:bold;font-size:16px;text-decoration:none">{esc(title)}</a>'
        f'<br><span style="color:#374151;font-size:14px">{esc(blurb)}</span></td></tr>'
        for title, url, blurb in items)
    foot = "<br>\n".join(esc(f) for f in footer)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#ffffff;font-family:Georgia,serif">
<div style="max-width:640px;margin:0 auto;padding:20px">
<div style="border-bottom:4px solid {colour};padding-bottom:8px;font-size:24px;color:{colour}">{esc(brand)}</div>
{html_paras(intro, "font-size:15px;color:#111827")}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
{rows}
</table>
<p style="font-size:11px;color:#6b7280;margin-top:24px">{foot}</p>
</div></body></html>
"""


def digest_text(intro: list[str], items: list[tuple[str, str, str]], footer: list[str]) -> str:
    """The plain-text twin of digest_html."""
    lines = [p.rstrip() + "\n" for p in intro]
    for title, url, blurb in items:
        lines.append(f"* {title}\n  {blurb}\n  {url}\n")
    lines.append("--\n" + "\n".join(footer) + "\n")
    return "\n".join(lines)
