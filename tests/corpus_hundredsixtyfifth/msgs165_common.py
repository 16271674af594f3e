"""Shared pieces of corpus 165: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs165_* modules writes its own words; these helpers wrap them
the way a mail program, an ATS or Outlook would.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Oksana Duarte-Brennan"
CAND_ADDR = "oksana.db@example.ie"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG = """Oksana Duarte-Brennan
Housekeeping Supervisor | Cork
+353 87 555 0142"""


def M(**spec):
    """One message spec (a plain dict; the generator reads the keys)."""
    return spec


# --------------------------------------------------------------------------- dates in words

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def attribution(lang: str, who: str, when: str) -> str:
    """The line a mail program writes above a quoted message."""
    d = _dt(when)
    day, mon = _DAYS[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {d.day} {mon} {d.year} at {hm}, {who} wrote:"
    if lang == "de":
        return f"Am {day}, {d.day}. {mon} {d.year} um {hm} Uhr schrieb {who}:"
    if lang == "fr":
        return f"Le {day} {d.day} {mon} {d.year} à {hm}, {who} a écrit :"
    return f"El {day}, {d.day} {mon} {d.year} a las {hm}, {who} escribió:"


def quote_lines(body: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in body.strip("\n").splitlines())


def quoted(lang: str, who: str, when: str, body: str) -> str:
    """A Gmail/Thunderbird style quote: attribution line and "> " lines."""
    return attribution(lang, who, when) + "\n" + quote_lines(body)


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def long_date(lang: str, when: str) -> str:
    d = _dt(when)
    day, mon = _LONG_DAYS[lang][d.weekday()], _LONG_MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"{day} {d.day} {mon} {d.year} {hm}"
    if lang == "de":
        return f"{day}, {d.day}. {mon} {d.year} {hm}"
    if lang == "fr":
        return f"{day} {d.day} {mon} {d.year} {hm}"
    return f"{day}, {d.day} de {mon} de {d.year} {hm}"


def outlook(lang: str, frm: str, when: str, to: str, subject: str, body: str) -> str:
    """An Outlook "From: / Sent:" block with the earlier message below it, unquoted."""
    f, s, t, su = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {long_date(lang, when)}\n{t}: {to}\n{su}: {subject}\n\n"
        + body.strip("\n")
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, when: str, to: str, subject: str, body: str) -> str:
    head, f, d, su, t = _FWD[lang]
    return (f"{head}\n{f}: {frm}\n{d}: {attribution_date(when)}\n{su}: {subject}\n{t}: {to}\n\n"
            + body.strip("\n"))


def attribution_date(when: str) -> str:
    d = _dt(when)
    return f"{_DAYS['en'][d.weekday()]}, {d.day} {_MONTHS['en'][d.month - 1]} {d.year} " \
           f"{d.strftime('%H:%M')}"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs to <p> elements (blank line = new paragraph, newline = <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.splitlines()) + "</p>"
                     for b in blocks)


def ats_card(brand: str, accent: str, body_html: str, button: tuple[str, str] | None = None,
             footer: str = "") -> str:
    """A hosted-ATS notification: a coloured header band, a white card and a grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{url}" style="background:{accent};'
               f'color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;'
               f'font-weight:bold">{esc(label)}</a></td></tr>')
    foot = f'<p style="font-size:11px;color:#888888">{footer}</p>' if footer else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(brand)}</title></head>
<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{accent};color:#ffffff;padding:18px 32px;font-size:18px">{esc(brand)}</td></tr>
<tr><td style="padding:24px 32px;color:#222222;font-size:14px;line-height:1.5">
{body_html}
</td></tr>
{btn}
</table>
{foot}
</td></tr></table>
</body></html>"""


def outlook_html(body_html: str) -> str:
    """The Word-HTML wrapper Outlook puts around what a person typed."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="EN-IE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
</div>
</body></html>"""


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's MsoNormal paragraphs."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        out.append('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.splitlines())
                   + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    accent: str = "#0b6e4f") -> str:
    """A list-mail layout: masthead, intro, one row per item with a link, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eeeeee">'
        f'<a href="{url}" style="color:{accent};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#444444;font-size:13px">{esc(blurb)}</span></td></tr>'
        for head, blurb, url in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="margin:0;background:#fafafa;font-family:Georgia,serif">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 24px;border-top:6px solid {accent};font-size:22px">{esc(title)}</td></tr>
<tr><td style="padding:0 24px 12px;font-size:14px;color:#333333">{paras(intro)}</td></tr>
{rows}
<tr><td style="padding:16px 24px;font-size:11px;color:#999999">{footer}</td></tr>
</table></body></html>"""


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, blurb, url in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines)
