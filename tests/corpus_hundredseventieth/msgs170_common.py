"""Shared helpers for the corpus-170 message specs: the candidate, quoting and forwarding
blocks, signatures, and HTML shells. Layout only: every message writes its own words."""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Lukas Ferreira-Novak"
CAND_ADDR = "lukas.fn@example.de"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+49 171 5550 2863"

CAND_SIG_DE = f"""Viele Grüße
Lukas Ferreira-Novak
Kfz-Mechatroniker · Stuttgart-Feuerbach
Mobil {CAND_PHONE}"""

CAND_SIG_EN = f"""Best regards,
Lukas Ferreira-Novak
Stuttgart, Germany
{CAND_PHONE}"""

CAND_SIG_FR = f"""Bien cordialement,
Lukas Ferreira-Novak
Stuttgart (Allemagne)
{CAND_PHONE}"""

CAND_SIG_ES = f"""Un saludo cordial,
Lukas Ferreira-Novak
Stuttgart (Alemania)
{CAND_PHONE}"""

_WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_WD_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_MON_LONG = {
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


def quote(text: str) -> str:
    """Prefix every line with '> ' as a mail client does when replying."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client writes above a quoted message."""
    d = _dt(when)
    wd, mon, hm = _WD[lang][d.weekday()], _MON[lang][d.month - 1], d.strftime("%H:%M")
    if lang == "de":
        return f"Am {wd}, {d.day}. {mon} {d.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {wd}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {wd}, {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:"


def reply_chain(lang: str, when: str, name: str, addr: str, text: str) -> str:
    return wrote(lang, when, name, addr) + "\n" + quote(text)


def outlook_block(lang: str, frm: str, when: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style header block above an unquoted earlier message."""
    d = _dt(when)
    wd, mon = _WD_LONG[lang][d.weekday()], _MON_LONG[lang][d.month - 1]
    if lang == "de":
        head = (f"Von: {frm}\nGesendet: {wd}, {d.day}. {mon} {d.year} {d:%H:%M}\n"
                f"An: {to}\nBetreff: {subject}")
    elif lang == "fr":
        head = (f"De : {frm}\nEnvoyé : {wd} {d.day} {mon} {d.year} {d:%H:%M}\n"
                f"À : {to}\nObjet : {subject}")
    elif lang == "es":
        head = (f"De: {frm}\nEnviado el: {wd}, {d.day} de {mon} de {d.year} {d:%H:%M}\n"
                f"Para: {to}\nAsunto: {subject}")
    else:
        h12 = d.strftime("%I:%M %p").lstrip("0")
        head = (f"From: {frm}\nSent: {wd}, {mon} {d.day}, {d.year} {h12}\n"
                f"To: {to}\nSubject: {subject}")
    return "________________________________\n" + head + "\n\n" + body.strip("\n")


def forwarded(lang: str, frm: str, when: str, to: str, subject: str, body: str) -> str:
    """A forwarded-message block as webmail clients write it."""
    d = _dt(when)
    wd, mon = _WD[lang][d.weekday()], _MON[lang][d.month - 1]
    stamp = f"{wd}, {d.day} {mon} {d.year}, {d:%H:%M}"
    title = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    }[lang]
    return (f"{title[0]}\n{title[1]}: {frm}\n{title[2]}: {stamp}\n{title[3]}: {subject}\n"
            f"{title[4]}: {to}\n\n{body.strip(chr(10))}")


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to simple HTML paragraphs; '> ' lines become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line[1:].lstrip()) for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                       f"{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, accent: str, body_html: str, footer_html: str = "") -> str:
    """A centred single-card layout as applicant-tracking systems send."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{accent};color:#fff;padding:16px 24px;font-size:18px">{esc(brand)}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
{body_html}
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">{footer_html}</td></tr>
</table></td></tr></table>
</body></html>"""


def word_html(body_html: str) -> str:
    """The Word-generated HTML wrapper Outlook puts around a message."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
</div>
</body></html>"""


def mso(text: str) -> str:
    """Plain text to Outlook 'MsoNormal' paragraphs (one per line, blank lines kept)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}</p>')
    return "\n".join(out)


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """A newsletter / digest layout: a title, an intro and linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font-weight:bold;color:#0b5394">{esc(head)}</a><br>'
        f'<span style="color:#444">{esc(text)}</span></td></tr>'
        for head, text, url in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;padding:20px">
<tr><td><h1 style="font-size:20px">{esc(title)}</h1><p>{esc(intro)}</p></td></tr>
{rows}
<tr><td style="font-size:11px;color:#999;padding-top:16px">{footer}</td></tr>
</table></body></html>"""


def items_text(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of a newsletter's linked items."""
    return "\n\n".join(f"* {head}\n  {text}\n  {url}" for head, text, url in items)
