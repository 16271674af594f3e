"""Shared pieces of corpus 186: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs186_* modules writes its own words.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Ignacio Valderrama-Lindqvist"
CAND_ADDR = "ignacio.vl@example.cl"
CAND = (CAND_NAME, CAND_ADDR)


def M(kind: str, slug: str, lang: str, **kw: object) -> dict:
    """One hand-written message spec (see make_hundredeightysixth.py for the keys)."""
    spec = {"kind": kind, "slug": slug, "lang": lang, "company": "", "contact": ""}
    spec.update(kw)
    return spec


# ---------------------------------------------------------------- dates in four languages

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}


def parse_when(value: str) -> datetime:
    """'2026-03-04 10:12 -0300' -> aware datetime."""
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def short_date(lang: str, when: datetime) -> str:
    day = _DAYS[lang][when.weekday()]
    mon = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        return f"{day}, {when.day} {mon[:3]} {when.year} at {hm}"
    if lang == "es":
        return f"{day}, {when.day} {mon[:3]} {when.year} a las {hm}"
    if lang == "fr":
        return f"{day} {when.day} {mon} {when.year} à {hm}"
    return f"{when:%d.%m.%Y} um {hm}"


def long_date(lang: str, when: datetime) -> str:
    day = _LONG_DAYS[lang][when.weekday()]
    mon = _MONTHS[lang][when.month - 1]
    if lang == "en":
        return f"{day}, {mon} {when.day}, {when.year} {when.strftime('%I:%M %p').lstrip('0')}"
    if lang == "es":
        return f"{day}, {when.day} de {mon} de {when.year} {when:%H:%M}"
    if lang == "fr":
        return f"{day} {when.day} {mon} {when.year} {when:%H:%M}"
    return f"{day}, {when.day}. {mon} {when.year} {when:%H:%M}"


# ---------------------------------------------------------------- quoting helpers

def attribution(lang: str, when: str | datetime, name: str, addr: str) -> str:
    """The 'On ... wrote:' line of a mail program in the given language."""
    dt = parse_when(when) if isinstance(when, str) else when
    if lang == "en":
        return f"On {short_date('en', dt)}, {name} <{addr}> wrote:"
    if lang == "es":
        return f"El {short_date('es', dt)}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {short_date('fr', dt)}, {name} <{addr}> a écrit :"
    return f"Am {short_date('de', dt)} schrieb {name} <{addr}>:"


def gt(body: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in body.rstrip("\n").split("\n"))


def gt_quote(lang: str, when: str | datetime, name: str, addr: str, body: str) -> str:
    return attribution(lang, when, name, addr) + "\n" + gt(body)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
}


def outlook_quote(lang: str, when: str | datetime, frm: str, to: str, subject: str,
                  body: str) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' block followed by the unprefixed body."""
    dt = parse_when(when) if isinstance(when, str) else when
    f, s, t, j = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {long_date(lang, dt)}\n{t}: {to}\n{j}: {subject}\n\n"
        + body.rstrip("\n")
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ----------", "De", "Fecha", "Asunto", "Para"),
    "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "À"),
    "de": ("-------- Weitergeleitete Nachricht --------", "Von", "Datum", "Betreff", "An"),
}


def fwd_block(lang: str, when: str | datetime, frm: str, to: str, subject: str,
              body: str) -> str:
    dt = parse_when(when) if isinstance(when, str) else when
    head, f, d, s, t = _FWD[lang]
    return (f"{head}\n{f}: {frm}\n{d}: {short_date(lang, dt)}\n{s}: {subject}\n{t}: {to}\n\n"
            + body.rstrip("\n"))


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text -> <p> paragraphs; '> ' runs become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip(">").lstrip(" ")) for line in lines)
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(inner: str, font: str = "Arial, sans-serif") -> str:
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        f'<body style="font-family:{font};font-size:14px;color:#222">\n<div>\n{inner}\n</div>\n'
        "</body></html>\n"
    )


def outlook_html(inner: str) -> str:
    """Word-generated HTML as Outlook sends it."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        '<body lang="ES-CL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + inner.replace("<p>", '<p class="MsoNormal">')
        + "\n</div>\n</body>\n</html>\n"
    )


def ats_card(brand: str, inner: str, footer: str = "", color: str = "#1f4e79",
             logo_url: str = "") -> str:
    """A narrow centred card as applicant-tracking systems send."""
    logo = (f'<img src="{logo_url}" alt="{esc(brand)}" height="32">' if logo_url
            else f'<span style="font-size:18px;font-weight:bold;color:#fff">{esc(brand)}</span>')
    foot = (f'<tr><td style="padding:16px 24px;font-size:11px;color:#888">{footer}</td></tr>'
            if footer else "")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{color};padding:16px 24px">{logo}</td></tr>\n'
        f'<tr><td style="padding:24px;line-height:1.5;color:#333">\n{inner}\n</td></tr>\n'
        f"{foot}\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def button(label: str, url: str, color: str = "#1f4e79") -> str:
    return (f'<p><a href="{url}" style="display:inline-block;background:{color};color:#fff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0b6e4f") -> str:
    """A newsletter / job-alert layout: title, intro, a list of linked items, footer."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#666;font-size:13px\">{esc(meta)}</span>"
        "</td></tr>"
        for head, meta, url in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Verdana,sans-serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 22px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:18px 22px;font-size:14px">{intro}</td></tr>\n'
        f'<tr><td style="padding:0 22px"><table width="100%">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="padding:18px 22px;font-size:11px;color:#999">{footer}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    lines = [title, "=" * len(title), "", intro, ""]
    for head, meta, url in items:
        lines += [f"* {head}", f"  {meta}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
