"""Shared helpers for corpus 237: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs237_*.py modules writes its own words; the helpers here
only place those words in a reply chain or an HTML frame.
"""

from __future__ import annotations

import html
import textwrap
from datetime import datetime

CANDIDATE_NAME = "Lionel Abara-Koenig"
CANDIDATE_ADDR = "lionel.ak@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def txt(body: str) -> str:
    """A hand-written body: dedented, no leading blank line, one trailing newline."""
    return textwrap.dedent(body).strip("\n") + "\n"


def quote(body: str, prefix: str = ">") -> str:
    """Quote a previous message the way mail programs do ("> " on every line)."""
    lines = []
    for line in body.rstrip("\n").split("\n"):
        lines.append(prefix + (" " + line if line and not line.startswith(">") else line))
    return "\n".join(lines) + "\n"


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def _when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quoted message."""
    d = _when(when)
    hm = d.strftime("%H:%M")
    if lang == "en":
        day = _DAYS["en"][d.weekday()]
        return f"On {day}, {d.day} {_MONTHS['en'][d.month - 1]} {d.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "fr":
        day = _DAYS["fr"][d.weekday()]
        return f"Le {day} {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {d:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    day = _DAYS["es"][d.weekday()]
    return f"El {day}, {d.day} {_MONTHS['es'][d.month - 1]} {d.year} a las {hm}, {name} (<{addr}>) escribió:"


def long_date(lang: str, when: str) -> str:
    """A date written out in full, as Outlook prints it in a quoted header block."""
    d = _when(when)
    day = _LONG_DAYS[lang][d.weekday()]
    month = _LONG_MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"{day}, {month} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == "fr":
        return f"{day} {d.day} {month} {d.year} {hm}"
    if lang == "de":
        return f"{day}, {d.day}. {month} {d.year} {hm}"
    return f"{day}, {d.day} de {month} de {d.year} {hm}"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: tuple[str, str], when: str, to: tuple[str, str],
                  subject: str, body: str) -> str:
    """An Outlook-style quoted message: a From/Sent/To/Subject block, then the old text."""
    f, s, t, o = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    head = [
        "_" * 32,
        f"{f}{sep}{frm[0]} <{frm[1]}>",
        f"{s}{sep}{long_date(lang, when)}",
        f"{t}{sep}{to[0]} <{to[1]}>",
        f"{o}{sep}{subject}",
        "",
    ]
    return "\n".join(head) + "\n" + body.rstrip("\n") + "\n"


_FORWARD = {
    "en": "---------- Forwarded message ---------",
    "fr": "-------- Message transféré --------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_LABELS = {
    "en": ("From", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Objet", "À"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: tuple[str, str], when: str, subject: str, to: tuple[str, str],
              body: str) -> str:
    """A forwarded message block, Gmail style."""
    f, d, s, t = _FWD_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    lines = [
        _FORWARD[lang],
        f"{f}{sep}{frm[0]} <{frm[1]}>",
        f"{d}{sep}{long_date(lang, when)}",
        f"{s}{sep}{subject}",
        f"{t}{sep}{to[0]} <{to[1]}>",
        "",
    ]
    return "\n".join(lines) + "\n" + body.rstrip("\n") + "\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def _p(para: str) -> str:
    return "<br>\n".join(html.escape(line) for line in para.split("\n"))


def paras_of(body: str) -> list[str]:
    """Split a plain-text body into paragraphs (blank-line separated)."""
    return [p for p in body.strip("\n").split("\n\n") if p.strip()]


def simple_html(paras: list[str], lang: str = "fr") -> str:
    """A bare HTML body as a webmail writes it."""
    inner = "\n".join(f"<p>{_p(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n</body>\n</html>\n')


def ats_card(brand: str, paras: list[str], lang: str = "en", accent: str = "#1f5f8b",
             button: tuple[str, str] | None = None, footer: list[str] | None = None) -> str:
    """The centred card an applicant-tracking system sends: logo line, text, button, footer."""
    body = "\n".join(f'      <p style="margin:0 0 14px 0">{_p(p)}</p>' for p in paras)
    btn = ""
    if button:
        label, url = button
        btn = (f'      <p style="text-align:center;margin:22px 0">'
               f'<a href="{html.escape(url)}" style="background:{accent};color:#ffffff;'
               f'padding:10px 22px;border-radius:4px;text-decoration:none">'
               f"{html.escape(label)}</a></p>\n")
    foot = ""
    if footer:
        foot = "\n".join(f'      <p style="font-size:11px;color:#888888">{_p(f)}</p>'
                         for f in footer) + "\n"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{html.escape(brand)}</title></head>\n"
        '<body style="background:#f3f4f6;margin:0;padding:24px">\n'
        '  <table role="presentation" width="600" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
        f'    <tr><td style="background:{accent};color:#ffffff;padding:16px 24px;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{html.escape(brand)}</td></tr>\n'
        '    <tr><td style="padding:24px;font:14px/1.5 Helvetica,Arial,sans-serif;'
        'color:#222222">\n'
        f"{body}\n{btn}{foot}"
        "    </td></tr>\n  </table>\n</body>\n</html>\n"
    )


def outlook_html(paras: list[str], lang: str = "fr", signature: list[str] | None = None,
                 quoted: str | None = None, disclaimer: str | None = None) -> str:
    """The Word-generated HTML of an Outlook message: MsoNormal paragraphs, a signature block,
    an optional quoted part under a border, an optional grey disclaimer."""
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        "<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;} --></style></head>',
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">',
        '<div class="WordSection1">',
    ]
    for p in paras:
        out.append(f'<p class="MsoNormal">{_p(p)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if signature:
        sig = "<br>\n".join(html.escape(s) for s in signature)
        out.append(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">'
                   f"{sig}</span><o:p></o:p></p>")
    if disclaimer:
        out.append(f'<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
                   f"{_p(disclaimer)}</span><o:p></o:p></p>")
    if quoted:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                   'padding:3.0pt 0cm 0cm 0cm">')
        for p in paras_of(quoted):
            out.append(f'<p class="MsoNormal">{_p(p)}<o:p></o:p></p>')
        out.append("</div>")
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def digest_html(title: str, intro: list[str], items: list[tuple[str, str, str]],
                footer: list[str], lang: str = "fr", accent: str = "#0b6e4f") -> str:
    """A newsletter or job-alert digest: a title, a few paragraphs, linked items, a footer
    with the unsubscribe link."""
    rows = []
    for head, url, blurb in items:
        rows.append(
            '    <tr><td style="padding:10px 24px;border-bottom:1px solid #eeeeee">'
            f'<a href="{html.escape(url)}" style="color:{accent};font-weight:bold">'
            f"{html.escape(head)}</a><br>\n"
            f'      <span style="color:#444444">{_p(blurb)}</span></td></tr>')
    intro_html = "\n".join(f'    <tr><td style="padding:8px 24px">{_p(p)}</td></tr>'
                           for p in intro)
    foot = "\n".join(f'    <tr><td style="padding:6px 24px;font-size:11px;color:#999999">'
                     f"{_p(f)}</td></tr>" for f in footer)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body style=\"margin:0;background:#fafafa\">\n"
        '  <table role="presentation" width="640" align="center" style="background:#ffffff;'
        'font-family:Verdana,sans-serif;font-size:13px">\n'
        f'    <tr><td style="background:{accent};color:#ffffff;padding:18px 24px;font-size:20px">'
        f"{html.escape(title)}</td></tr>\n{intro_html}\n" + "\n".join(rows) + "\n" + foot +
        "\n  </table>\n</body>\n</html>\n"
    )


def digest_text(title: str, intro: list[str], items: list[tuple[str, str, str]],
                footer: list[str]) -> str:
    """The plain-text twin of digest_html."""
    out = [title, "=" * len(title), ""]
    for p in intro:
        out += [p, ""]
    for head, url, blurb in items:
        out += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    out += ["--"] + footer
    return "\n".join(out) + "\n"


def replied(lang: str, when: str, name: str, addr: str, body: str) -> str:
    """An attribution line, then the earlier message quoted under it ("> " on every line)."""
    return wrote(lang, when, name, addr) + "\n" + quote(body)
