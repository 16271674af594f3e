"""Shared pieces for corpus 217: the candidate, quoting helpers and HTML shells.

Everything here is layout only; every message in the msgs217_* modules writes its own words.
"""

from __future__ import annotations

import html
from datetime import datetime

CANDIDATE_NAME = "Oonagh Ferreira-Blake"
CANDIDATE_ADDR = "oonagh.fb@example.ie"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_LONG_MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def _when(when: str) -> datetime:
    return datetime.strptime(when[:16], "%Y-%m-%d %H:%M")


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (or '>' on an empty line), depth times."""
    out = text.strip("\n")
    for _ in range(depth):
        out = "\n".join(("> " + line) if line else ">" for line in out.split("\n"))
    return out


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The mail client's line above a quoted message, in the writer's language."""
    d = _when(when)
    day, mon = _DAYS[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "de":
        return f"Am {d:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {day}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {day} {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:"


def outlook_header(lang: str, frm: tuple[str, str], when: str, to: str, subject: str) -> str:
    """An Outlook 'From: / Sent:' block above a quoted message."""
    d = _when(when)
    name, addr = frm
    if lang == "de":
        labels = ("Von", "Gesendet", "An", "Betreff")
        sent = f"{_DAYS['de'][d.weekday()]} {d.day}. {_MONTHS['de'][d.month - 1]} {d.year} {d:%H:%M}"
    elif lang == "fr":
        labels = ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0")
        sent = f"{_DAYS['fr'][d.weekday()]} {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} {d:%H:%M}"
    elif lang == "es":
        labels = ("De", "Enviado", "Para", "Asunto")
        sent = f"{_DAYS['es'][d.weekday()]} {d.day} {_MONTHS['es'][d.month - 1]} {d.year} {d:%H:%M}"
    else:
        labels = ("From", "Sent", "To", "Subject")
        sent = (f"{_LONG_EN[d.weekday()]}, {d.day} {_LONG_MONTH_EN[d.month - 1]} {d.year} "
                f"{d:%H:%M}")
    rows = [f"{name} <{addr}>", sent, to, subject]
    return "\n".join(f"{label}: {value}" for label, value in zip(labels, rows))


def forwarded_header(lang: str, frm: tuple[str, str], when: str, subject: str, to: str) -> str:
    """The block a mail client puts above a forwarded message."""
    title = {
        "en": "---------- Forwarded message ---------",
        "de": "---------- Weitergeleitete Nachricht ----------",
        "fr": "---------- Message transféré ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "de": ("Von", "Datum", "Betreff", "An"),
        "fr": ("De", "Date", "Subject", "To"),
        "es": ("De", "Fecha", "Asunto", "Para"),
    }[lang]
    d = _when(when)
    date = f"{_DAYS[lang][d.weekday()]} {d.day} {_MONTHS[lang][d.month - 1]} {d.year} {d:%H:%M}"
    rows = [f"{frm[0]} <{frm[1]}>", date, subject, to]
    return title + "\n" + "\n".join(f"{a}: {b}" for a, b in zip(labels, rows))


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_paras(text: str) -> str:
    """Plain text to <p> paragraphs; quoted lines become a blockquote."""
    blocks = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            blocks.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px;'
                          f'color:#555">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def simple_html(inner: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n</body></html>')


def ats_card(brand: str, accent: str, inner: str, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "en") -> str:
    """A centred card as applicant-tracking systems send."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="text-align:center;margin:24px 0"><a href="{url}" '
               f'style="background:{accent};color:#fff;padding:10px 18px;border-radius:4px;'
               f'text-decoration:none">{esc(label)}</a></p>')
    foot = f'<p style="font-size:11px;color:#888;text-align:center">{footer}</p>' if footer else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{esc(brand)}</title></head>\n'
            f'<body style="margin:0;background:#f3f4f6">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" style="padding:24px">\n'
            f'<table role="presentation" width="600" style="background:#fff;border-top:4px solid '
            f'{accent};font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">\n'
            f'<tr><td style="padding:20px 28px"><strong style="font-size:18px">{esc(brand)}'
            f'</strong></td></tr>\n'
            f'<tr><td style="padding:0 28px 24px">\n{inner}\n{btn}\n</td></tr>\n'
            f'</table>\n{foot}\n</td></tr></table>\n</body></html>')


def word_html(inner: str, lang: str = "en-IE") -> str:
    """An Outlook/Word HTML wrapper."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n'
            + inner.replace("<p>", '<p class="MsoNormal">')
            + '\n</div>\n</body></html>')


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#0b5394", lang: str = "en") -> str:
    """A newsletter / job-alert layout: a title, an intro, a list of linked items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f'{esc(head)}</a><br><span style="color:#555;font-size:13px">{esc(meta)}</span>'
        f'</td></tr>' for head, meta, url in items)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{esc(title)}</title></head>\n'
            f'<body style="margin:0;font-family:Georgia,serif;background:#fafafa">\n'
            f'<div style="max-width:640px;margin:0 auto;background:#fff;padding:20px">\n'
            f'<h1 style="font-size:22px;color:{accent}">{esc(title)}</h1>\n{intro}\n'
            f'<table role="presentation" width="100%">\n{rows}\n</table>\n'
            f'<div style="font-size:11px;color:#777;margin-top:24px">{footer}</div>\n'
            f'</div>\n</body></html>')


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, meta, url in items:
        lines += [f"* {head}", f"  {meta}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines)
