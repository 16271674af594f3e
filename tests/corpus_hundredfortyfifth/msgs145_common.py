# ruff: noqa
"""Shared pieces for corpus 145: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs145_* modules writes its own words.
"""

from __future__ import annotations

import datetime as _dt
import html as _html

CANDIDATE_NAME = "Katharina Ebner-Osei"
CANDIDATE_ADDR = "katharina.eo@example.at"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# Signature the candidate uses in her own mail.
ME_SIG_DE = """--
Katharina Ebner-Osei, DGKP
Wien | +43 660 418 27 93
katharina.eo@example.at"""

ME_SIG_EN = """--
Katharina Ebner-Osei
Registered nurse (AT) | health data & clinical informatics
Vienna | +43 660 418 27 93"""

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
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _when(when: str) -> _dt.datetime:
    return _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")


def quote(text: str) -> str:
    """Prefix every line with '> ' (an empty line gets a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quote."""
    d = _when(when)
    wd, mon = _WD[lang][d.weekday()], _MON[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "de":
        return f"Am {wd}, {d.day}. {mon} {d.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {wd}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {wd}, {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:"


def outlook(lang: str, when: str, frm: tuple[str, str], to: str, subject: str,
            cc: str = "") -> str:
    """An Outlook 'From: / Sent:' header block (the quoted body follows unprefixed)."""
    d = _when(when)
    name, addr = frm
    wd, mon = _WD_LONG[lang][d.weekday()], _MON_LONG[lang][d.month - 1]
    if lang == "de":
        mon = "Januar" if d.month == 1 else mon
        lines = [f"Von: {name} <{addr}>",
                 f"Gesendet: {wd}, {d.day}. {mon} {d.year} {d:%H:%M}",
                 f"An: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Betreff: {subject}"]
    elif lang == "fr":
        lines = [f"De : {name} <{addr}>",
                 f"Envoyé : {wd} {d.day} {mon} {d.year} {d:%H:%M}",
                 f"À : {to}"] + ([f"Cc : {cc}"] if cc else []) + [f"Objet : {subject}"]
    elif lang == "es":
        lines = [f"De: {name} <{addr}>",
                 f"Enviado el: {wd}, {d.day} de {mon} de {d.year} {d.hour}:{d:%M}",
                 f"Para: {to}"] + ([f"CC: {cc}"] if cc else []) + [f"Asunto: {subject}"]
    else:
        hour = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        lines = [f"From: {name} <{addr}>",
                 f"Sent: {wd}, {mon} {d.day}, {d.year} {hour}:{d:%M} {ampm}",
                 f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}"]
    return "\n".join(lines)


def forwarded(lang: str, when: str, frm: tuple[str, str], to: str, subject: str) -> str:
    """The block a mail program writes above an inline-forwarded message."""
    d = _when(when)
    name, addr = frm
    if lang == "de":
        head = "---------- Weitergeleitete Nachricht ---------"
        rows = [f"Von: {name} <{addr}>", f"Date: {_WD[lang][d.weekday()]}, {d.day}. "
                f"{_MON[lang][d.month - 1]} {d.year} um {d:%H:%M} Uhr",
                f"Subject: {subject}", f"To: {to}"]
    elif lang == "fr":
        head = "-------- Message transféré --------"
        rows = [f"De : {name} <{addr}>", f"Date : {d.day} {_MON_LONG[lang][d.month - 1]} "
                f"{d.year} à {d:%H:%M}", f"Objet : {subject}", f"À : {to}"]
    elif lang == "es":
        head = "---------- Mensaje reenviado ---------"
        rows = [f"De: {name} <{addr}>", f"Date: {_WD[lang][d.weekday()]}, {d.day} "
                f"{_MON[lang][d.month - 1]} {d.year} a las {d:%H:%M}",
                f"Subject: {subject}", f"To: {to}"]
    else:
        head = "---------- Forwarded message ---------"
        rows = [f"From: {name} <{addr}>", f"Date: {_WD[lang][d.weekday()]}, {d.day} "
                f"{_MON[lang][d.month - 1]} {d.year} at {d:%H:%M}",
                f"Subject: {subject}", f"To: {to}"]
    return "\n".join([head, *rows])


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> blocks; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def blockquote(inner_html: str) -> str:
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">\n{inner_html}\n</blockquote>')


def html_doc(inner: str, lang: str = "de") -> str:
    """A plain HTML document as a webmail client writes it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n'
            "</body>\n</html>\n")


def ats_card(brand: str, color: str, inner: str, footer: str = "", lang: str = "en") -> str:
    """An applicant-tracking-system card: a coloured bar with the brand, a white card, a footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px;font-weight:bold">
{esc(brand)}</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5;color:#222">
{inner}
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def outlook_html(inner: str, lang: str = "de") -> str:
    """Microsoft Word-generated HTML as Outlook sends it."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40" lang="{lang}">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="DE-AT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def mso(text: str) -> str:
    """Paragraphs as Outlook writes them: one MsoNormal paragraph per line, empty ones between."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append('<p class="MsoNormal">' + (esc(line) if line else "<o:p>&nbsp;</o:p>")
                   + "</p>")
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "de", color: str = "#0b5d7a") -> str:
    """A newsletter / job-alert digest: a header, an intro, linked items, an unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{u}" style="color:{color};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(h)}</a><br>'
        f'<span style="color:#444;font-size:14px">{esc(b)}</span></td></tr>'
        for h, b, u in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="margin:0;background:#fafafa;font-family:Georgia,serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 28px;background:{color};color:#fff;font-size:22px">{esc(title)}</td></tr>
<tr><td style="padding:20px 28px;font-size:15px;color:#333">{paras(intro)}</td></tr>
<tr><td style="padding:0 28px"><table role="presentation" width="100%">
{rows}
</table></td></tr>
<tr><td style="padding:20px 28px;font-size:11px;color:#999">{footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for h, b, u in items:
        lines += [f"* {h}", f"  {b}", f"  {u}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
