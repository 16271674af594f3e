"""Shared pieces for corpus 269: the candidate, quoting helpers, signatures and HTML shells.

Everything here is layout. Each message in the msgs269_* modules writes its own words; the
shells only wrap those words in the markup an ATS, Outlook or a newsletter tool would use.
"""

from __future__ import annotations

import html as _html
import re

CANDIDATE_NAME = "Guillermo Adeyemi-Castro"
CANDIDATE_ADDR = "guillermo.ac@example.ar"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def M(**spec: object) -> dict:
    """One message spec. Required: kind, slug, lang, frm, subject, date and text (or html)."""
    for key in ("kind", "slug", "lang", "frm", "subject", "date"):
        if key not in spec:
            raise ValueError(f"spec {spec.get('slug')!r} lacks {key}")
    if "text" not in spec and "html" not in spec:
        raise ValueError(f"spec {spec['slug']!r} has no body")
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return spec


# ---------------------------------------------------------------- quoting helpers

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
}


def _split_when(when: str) -> tuple[int, int, int, str]:
    """'2026-03-04 18:02' -> (2026, 3, 4, '18:02')."""
    day, clock = when.split()[:2]
    year, month, dom = (int(x) for x in day.split("-"))
    return year, month, dom, clock


def _weekday(year: int, month: int, dom: int) -> int:
    import datetime

    return datetime.date(year, month, dom).weekday()


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line of a reply, as a mail program in that language writes it."""
    year, month, dom, clock = _split_when(when)
    wd = _weekday(year, month, dom)
    if lang == "en":
        return (f"On {_DAYS['en'][wd]}, {dom} {_MONTHS['en'][month - 1]} {year} at {clock}, "
                f"{name} <{addr}> wrote:")
    if lang == "es":
        return (f"El {_DAYS['es'][wd]}, {dom} {_MONTHS['es'][month - 1]} {year} a las {clock}, "
                f"{name} (<{addr}>) escribió:")
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd]} {dom} {_MONTHS['fr'][month - 1]} {year} à {clock}, "
                f"{name} <{addr}> a écrit :")
    return f"Am {dom:02d}.{month:02d}.{year} um {clock} schrieb {name} <{addr}>:"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def reply(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """Attribution line plus the quoted earlier message."""
    return attribution(lang, when, name, addr) + "\n" + quote(text)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style quoted block: From/Sent/To/Subject lines, then the old text unquoted."""
    f, s, t, j = _OUTLOOK[lang]
    head = "\n".join([
        "________________________________",
        f"{f}: {frm}",
        f"{s}: {sent}",
        f"{t}: {to}",
        f"{j}: {subject}",
    ])
    return head + "\n\n" + text.strip("\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style inline forward block."""
    title, f, d, s, t = _FWD[lang]
    return "\n".join([title, f"{f}: {frm}", f"{d}: {date}", f"{s}: {subject}", f"{t}: {to}",
                      "", text.strip("\n")])


def signature(*lines: str) -> str:
    """A signature block introduced by the usual '-- ' separator."""
    return "-- \n" + "\n".join(lines)


CAND_SIG = "Guillermo Adeyemi-Castro\n+34 611 48 29 07\nBarcelona"


DISCLAIMER = {
    "en": ("This e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please notify the sender and delete it. "
           "Any unauthorised use, disclosure or copying is prohibited."),
    "es": ("AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen "
           "exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al "
           "remitente y bórrelo. De acuerdo con el RGPD, sus datos se tratan para gestionar "
           "procesos de selección; puede ejercer sus derechos escribiendo a "
           "privacidad@{domain}."),
    "fr": ("Ce message et ses pièces jointes sont confidentiels et établis à l'attention "
           "exclusive de leur destinataire. Toute utilisation ou diffusion non autorisée est "
           "interdite. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir "
           "l'expéditeur."),
    "de": ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
           "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte "
           "sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die "
           "unbefugte Weitergabe dieser Mail ist nicht gestattet."),
}


def disclaimer(lang: str, domain: str = "example.es") -> str:
    return DISCLAIMER[lang].replace("{domain}", domain)


# ---------------------------------------------------------------- HTML shells

_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(line: str) -> str:
    escaped = _html.escape(line, quote=False)
    return _URL.sub(r'<a href="\1">\1</a>', escaped)


def paragraphs(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Text to HTML: blank-line paragraphs, <br> inside, '> ' runs as a blockquote."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(_inline(ln[1:].lstrip()) for ln in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append(p_open + "<br>\n".join(_inline(ln) for ln in lines) + p_close)
    return "\n".join(out)


def ats_card(text: str, brand: str = "", color: str = "#1f3a5f", footer: str = "") -> str:
    """An applicant-tracking-system card: brand bar, white card, small grey footer."""
    foot = f'<p style="font-size:11px;color:#888">{_inline(footer)}</p>' if footer else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{_html.escape(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{color};color:#fff;padding:18px 24px;font-size:18px;font-weight:bold">
{_html.escape(brand)}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
{paragraphs(text)}
</td></tr>
<tr><td style="padding:12px 24px">{foot}</td></tr>
</table></td></tr></table>
</body></html>"""


def outlook_html(text: str, lang: str = "ES") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs in a WordSection1 div."""
    body = paragraphs(text, '<p class="MsoNormal">', "<o:p></o:p></p>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>"""


def news_html(text: str, brand: str, unsubscribe: str, color: str = "#0b6e4f") -> str:
    """A newsletter / job-alert layout with a header, the items and an unsubscribe footer."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{_html.escape(brand)}</title>
<style type="text/css">body{{margin:0}} .item{{border-bottom:1px solid #eee;padding:10px 0}}</style>
</head><body>
<div style="display:none;max-height:0;overflow:hidden">{_html.escape(brand)}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#fafafa"><tr><td>
<table align="center" width="640" border="0" cellspacing="0" cellpadding="20" bgcolor="#ffffff">
<tr><td style="border-top:6px solid {color};font:bold 20px Georgia,serif">{_html.escape(brand)}</td></tr>
<tr><td class="item" style="font:14px/1.6 Verdana,sans-serif;color:#333">
{paragraphs(text)}
</td></tr>
<tr><td style="font:11px Verdana,sans-serif;color:#999">
<a href="{_html.escape(unsubscribe)}">unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>"""


def simple_html(text: str) -> str:
    """What a webmail writes: a div per paragraph, no document head."""
    return '<div dir="ltr">' + paragraphs(text, "<div>", "</div><div><br></div>") + "</div>"


SHELLS = {
    "ats": ats_card,
    "outlook": outlook_html,
    "news": news_html,
    "simple": simple_html,
}
