"""Shared pieces of corpus 260: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs260_*.py modules writes its own words.
"""

from __future__ import annotations

import html
import re
import textwrap

ME = ("Hartmut Nwachukwu-Falk", "hartmut.nf@example.de")
ME_NAME, ME_ADDR = ME

WIDTH = 76

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


def _weekday(year: int, month: int, day: int) -> int:
    import datetime

    return datetime.date(year, month, day).weekday()


def _split_when(when: str) -> tuple[int, int, int, str]:
    """'2026-03-04 09:12' -> (2026, 3, 4, '09:12')."""
    day, clock = when.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock[:5]


def wrap(text: str, width: int = WIDTH) -> str:
    """Wrap long lines of a plain-text body; quoted ('>') and indented lines stay as written."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", " ", "\t")):
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quoted(text: str) -> str:
    """Prefix every line with '> ' (or '>' for lines already quoted / empty)."""
    lines = wrap(text.strip("\n"), WIDTH - 2).split("\n")
    return "\n".join(">" + ("" if (not ln or ln.startswith(">")) else " ") + ln for ln in lines)


def attribution(lang: str, when: str, who: tuple[str, str]) -> str:
    """The mail program's 'On ... wrote:' line in the given language."""
    y, m, d, clock = _split_when(when)
    name, addr = who
    wd = _weekday(y, m, d)
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y} um {clock} schrieb {name} <{addr}>:"
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, "
                f"{name} <{addr}> a écrit :")
    if lang == "es":
        hour = str(int(clock[:2])) + clock[2:]
        return (f"El {_DAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {hour}, "
                f"{name} (<{addr}>) escribió:")
    return f"On {_DAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {clock}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, who: tuple[str, str], old: str) -> str:
    """New text above a quoted earlier message (Gmail / Thunderbird style)."""
    return f"{new.rstrip()}\n\n{attribution(lang, when, who)}\n{quoted(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_date(lang: str, when: str) -> str:
    y, m, d, clock = _split_when(when)
    wd = _weekday(y, m, d)
    if lang == "de":
        long_days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                     "Sonntag"]
        months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember"]
        return f"{long_days[wd]}, {d}. {months[m - 1]} {y} {clock}"
    if lang == "fr":
        long_days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
        return f"{long_days[wd]} {d} {months[m - 1]} {y} {clock}"
    if lang == "es":
        long_days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]
        return f"{long_days[wd]}, {d} de {months[m - 1]} de {y} {clock}"
    long_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    hour, minute = int(clock[:2]), clock[3:]
    ampm = "AM" if hour < 12 else "PM"
    return f"{long_days[wd]}, {months[m - 1]} {d}, {y} {(hour - 1) % 12 + 1}:{minute} {ampm}"


def outlook(new: str, lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
            subject: str, old: str) -> str:
    """New text above an Outlook 'From: / Sent:' block (unquoted, as Outlook does)."""
    f, s, t, o = _OUTLOOK[lang]
    colon = " :" if lang == "fr" else ":"
    block = (f"{f}{colon} {frm[0]} <{frm[1]}>\n{s}{colon} {outlook_date(lang, when)}\n"
             f"{t}{colon} {to[0]} <{to[1]}>\n{o}{colon} {subject}\n\n{wrap(old.strip())}")
    return f"{new.rstrip()}\n\n{'_' * 32}\n{block}\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forward(new: str, lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
            subject: str, old: str) -> str:
    """New text above a forwarded message (Gmail style header block)."""
    head, f, d, s, t = _FWD[lang]
    return (f"{new.rstrip()}\n\n{head}\n{f}: {frm[0]} <{frm[1]}>\n"
            f"{d}: {outlook_date(lang, when)}\n{s}: {subject}\n{t}: {to[0]} <{to[1]}>\n\n"
            f"{wrap(old.strip())}\n")


# --------------------------------------------------------------------------- HTML shells

_URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])")


def _inline(text: str) -> str:
    return _URL.sub(r'<a href="\1">\1</a>', html.escape(text, quote=False))


def paragraphs_html(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Plain text (blank-line paragraphs, '>' quotes) as HTML paragraphs and blockquotes."""
    out: list[str] = []
    blocks = [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        lines = block.split("\n")
        if all(ln.startswith(">") for ln in lines):
            group = []
            while i < len(blocks) and all(ln.startswith(">") for ln in blocks[i].split("\n")):
                group.append("\n".join(ln[2:] if ln.startswith("> ") else ln[1:]
                                       for ln in blocks[i].split("\n")))
                i += 1
            inner = paragraphs_html("\n\n".join(group), p_open, p_close)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
            continue
        if len(lines) > 1 and lines[0].startswith(">") is False and \
                all(ln.startswith(">") for ln in lines[1:]):
            out.append(f"{p_open}{_inline(lines[0])}{p_close}")
            inner = paragraphs_html("\n".join(ln[2:] if ln.startswith("> ") else ln[1:]
                                              for ln in lines[1:]), p_open, p_close)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
            i += 1
            continue
        out.append(p_open + "<br>\n".join(_inline(ln) for ln in lines) + p_close)
        i += 1
    return "\n".join(out)


def simple_html(text: str, **_: object) -> str:
    """What a webmail sends: a div per paragraph."""
    body = paragraphs_html(text, '<div dir="ltr">', "</div><div><br></div>")
    return f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>\n'


def ats_card(text: str, brand: str = "", color: str = "#1f4e79", button: tuple[str, str] | None = None,
             footer: str = "", **_: object) -> str:
    """An applicant-tracking system's card: logo line, white box, optional button, grey footer."""
    btn = ""
    if button:
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{html.escape(button[1])}" '
               f'style="background:{color};color:#fff;padding:12px 22px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{html.escape(button[0])}</a></td></tr>')
    foot = (f'<tr><td style="padding:16px 32px;color:#8a8a8a;font-size:11px">{_inline(footer)}'
            "</td></tr>") if footer else ""
    body = paragraphs_html(text, '<p style="margin:0 0 14px;line-height:1.5">', "</p>")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">
<tr><td style="background:{color};color:#fff;padding:18px 32px;font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>
<tr><td style="padding:28px 32px 8px;font-size:14px">
{body}
</td></tr>
{btn}
{foot}
</table></td></tr></table>
</body></html>
"""


def outlook_html(text: str, **_: object) -> str:
    """Microsoft Word HTML as Outlook writes it."""
    body = paragraphs_html(text, '<p class="MsoNormal">', "<o:p></o:p></p>\n"
                           '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailFormatvorlage17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>
"""


def news_html(text: str, title: str = "", color: str = "#0b6e4f", footer: str = "",
              **_: object) -> str:
    """A newsletter / job-alert layout: title bar, items, unsubscribe footer."""
    body = paragraphs_html(text, '<p style="margin:0 0 12px;font-size:14px;line-height:1.45">',
                           "</p>")
    foot = _inline(footer)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body style="margin:0;background:#eef1f0;font-family:Verdana,Geneva,sans-serif">
<center><table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{color};color:#fff;font-size:20px;padding:20px 28px">{html.escape(title)}</td></tr>
<tr><td style="padding:24px 28px">
{body}
</td></tr>
<tr><td style="background:#f7f7f7;color:#777;font-size:11px;padding:14px 28px">{foot}</td></tr>
</table></center>
</body></html>
"""


SHELLS = {
    "simple": simple_html,
    "ats": ats_card,
    "outlook": outlook_html,
    "news": news_html,
}
