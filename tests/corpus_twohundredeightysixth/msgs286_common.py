"""Shared pieces of corpus 286: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs286_* modules writes its own words; what is here only arranges them
(quote prefixes, reply attributions, Outlook header blocks, HTML tables around paragraphs).
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Oona Fitzgerald-Adebayo"
CAND_ADDR = "oona.fa@example.ie"
CAND = (CAND_NAME, CAND_ADDR)
CAND_STR = f"{CAND_NAME} <{CAND_ADDR}>"

KEYS = {
    "kind", "slug", "lang", "company", "contact", "key", "parent", "refs",
    "frm", "name_enc", "reply_to", "rt_enc", "to", "cc", "subject", "subj_enc", "date",
    "text", "html", "charset", "cte", "html_cte", "headers", "attach", "ics", "ics_file",
    "rfc822",
}


def msg(**spec: object) -> dict:
    """One hand-written message spec; unknown keys are typos and fail at once."""
    unknown = set(spec) - KEYS
    if unknown:
        raise KeyError(f"{spec.get('slug')}: unknown keys {sorted(unknown)}")
    for need in ("kind", "slug", "lang", "frm", "subject", "date"):
        if need not in spec:
            raise KeyError(f"{spec.get('slug')}: missing {need}")
    return dict(spec)


# ---------------------------------------------------------------- quoting helpers

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_LONG_MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
_LONG_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_LONG_MONTH_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember"]
_LONG_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_LONG_MONTH_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
_LONG_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_LONG_MONTH_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line with '> ' (a bare '>' for empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def wrote(lang: str, when: str, who: str, text: str) -> str:
    """A mail client's reply attribution line followed by the quoted text."""
    d = datetime.strptime(when, "%Y-%m-%d %H:%M")
    hm = d.strftime("%H:%M")
    if lang == "en":
        head = f"On {_DAYS['en'][d.weekday()]}, {d.day} {_MONTHS['en'][d.month - 1]} {d.year} at {hm}, {who} wrote:"
    elif lang == "de":
        head = f"Am {d:%d.%m.%Y} um {hm} schrieb {who}:"
    elif lang == "fr":
        head = f"Le {_DAYS['fr'][d.weekday()]} {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} à {hm}, {who} a écrit :"
    elif lang == "es":
        head = f"El {_DAYS['es'][d.weekday()]}, {d.day} {_MONTHS['es'][d.month - 1]} {d.year} a las {hm}, {who} escribió:"
    else:
        raise ValueError(lang)
    return head + "\n" + quote(text)


def outlook(lang: str, frm: str, when: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style 'From: / Sent:' block above the earlier message (not '>'-quoted)."""
    d = datetime.strptime(when, "%Y-%m-%d %H:%M")
    if lang == "en":
        sent = f"{_LONG_EN[d.weekday()]}, {d.day} {_LONG_MONTH_EN[d.month - 1]} {d.year} {d:%H:%M}"
        labels = ("From", "Sent", "To", "Subject")
    elif lang == "de":
        sent = f"{_LONG_DE[d.weekday()]}, {d.day}. {_LONG_MONTH_DE[d.month - 1]} {d.year} {d:%H:%M}"
        labels = ("Von", "Gesendet", "An", "Betreff")
    elif lang == "fr":
        sent = f"{_LONG_FR[d.weekday()]} {d.day} {_LONG_MONTH_FR[d.month - 1]} {d.year} {d:%H:%M}"
        labels = ("De :", "Envoyé :", "À :", "Objet :")
    else:
        sent = f"{_LONG_ES[d.weekday()]}, {d.day} de {_LONG_MONTH_ES[d.month - 1]} de {d.year} {d:%H:%M}"
        labels = ("De", "Enviado el", "Para", "Asunto")
    sep = "" if labels[0].endswith(":") else ":"
    lines = ["________________________________",
             f"{labels[0]}{sep} {frm}",
             f"{labels[1]}{sep} {sent}",
             f"{labels[2]}{sep} {to}",
             f"{labels[3]}{sep} {subject}",
             "",
             text.strip("\n")]
    return "\n".join(lines)


def forwarded(lang: str, frm: str, when: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded-message block."""
    d = datetime.strptime(when, "%Y-%m-%d %H:%M")
    title = {
        "en": "---------- Forwarded message ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Forwarded message ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    names = {
        "en": ("From", "Date", "Subject", "To"),
        "de": ("Von", "Date", "Subject", "To"),
        "fr": ("De", "Date", "Subject", "To"),
        "es": ("De", "Date", "Subject", "To"),
    }[lang]
    date = f"{_DAYS['en'][d.weekday()]}, {d.day} {_MONTHS['en'][d.month - 1]} {d.year} at {d:%H:%M}"
    return "\n".join([title, f"{names[0]}: {frm}", f"{names[1]}: {date}",
                      f"{names[2]}: {subject}", f"{names[3]}: {to}", "", text.strip("\n")])


def sig(*lines: str) -> str:
    """A signature block: the '-- ' delimiter and the given lines."""
    return "-- \n" + "\n".join(lines)


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def to_html(text: str) -> str:
    """Paragraphs of plain text as <p> elements (single newlines become <br>)."""
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in p.split("\n")) + "</p>"
                     for p in paras)


def outlook_html(inner: str, lang: str = "EN-IE") -> str:
    """A Word-HTML wrapper as Outlook writes it."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner.replace("<p>", '<p class="MsoNormal">')}
</div>
</body>
</html>
"""


def ats_card(brand: str, accent: str, inner: str, footer: str = "") -> str:
    """An applicant-tracking-system card: a coloured band with the brand, the text, a footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(brand)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;font-size:20px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:28px;color:#1f2937;font-size:15px;line-height:1.55">
{inner}
</td></tr>
<tr><td style="padding:16px 28px;color:#6b7280;font-size:12px;border-top:1px solid #e5e7eb">{footer}</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def button(label: str, url: str, accent: str = "#2563eb") -> str:
    return (f'<p><a href="{url}" style="display:inline-block;background:{accent};color:#ffffff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#0f766e") -> str:
    """A newsletter / job-alert digest: a headline, an intro, linked items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:16px">{esc(head)}</a>'
        f'<div style="color:#374151;font-size:14px">{esc(blurb)}</div></td></tr>'
        for head, url, blurb in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="margin:0;background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 24px;background:{accent};color:#fff;font-size:22px">{esc(title)}</td></tr>
<tr><td style="padding:16px 24px;color:#111827;font-size:15px">{intro}</td></tr>
{rows}
<tr><td style="padding:16px 24px;color:#6b7280;font-size:11px">{footer}</td></tr>
</table>
</body></html>
"""


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        body += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    body.append(footer)
    return "\n".join(body)
