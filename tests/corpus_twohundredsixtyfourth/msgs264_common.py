"""Shared pieces of corpus 264: the candidate, quoting helpers and HTML shells.

Everything here is layout. Each message in the msgs264_*.py modules writes its own words;
these helpers only put them into a reply chain, an Outlook block or an HTML frame.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap

CANDIDATE_NAME = "Konstantin Mensah-Weber"
CANDIDATE_ADDR = "konstantin.mw@example.de"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_DE = """\
--
Konstantin Mensah-Weber
Elektroniker für Betriebstechnik
Lützner Str. 118, 04177 Leipzig
Mobil 0176 5521 8830
"""

SIG_EN = """\
--
Konstantin Mensah-Weber
Electrician, moving into facility management engineering
Leipzig, Germany | +49 176 5521 8830
"""

SIG_FR = """\
--
Konstantin Mensah-Weber
Électricien industriel – Leipzig (Allemagne)
+49 176 5521 8830
"""

SIG_ES = """\
--
Konstantin Mensah-Weber
Electricista industrial · Leipzig (Alemania)
+49 176 5521 8830
"""


def txt(text: str) -> str:
    """A body written indented in the source: dedented, one trailing newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def M(**spec: object) -> dict[str, object]:
    """One message spec; the generator fills in defaults and checks the keys."""
    return dict(spec)


# ---------------------------------------------------------------- dates in quoted headers

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
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _when(when: str) -> dt.datetime:
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M")


def short_date(lang: str, when: str) -> str:
    """The date as a Gmail-style attribution writes it."""
    d = _when(when)
    day, mon = _DAYS[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    return {
        "en": f"{day}, {d.day} {mon} 2026 at {hm}",
        "de": f"{day}, {d.day}. {mon} 2026 um {hm} Uhr",
        "fr": f"{day} {d.day} {mon} 2026 à {hm}",
        "es": f"{day}, {d.day} {mon} 2026 a las {hm}",
    }[lang]


def long_date(lang: str, when: str) -> str:
    """The date as an Outlook header block writes it."""
    d = _when(when)
    day, mon = _LONG_DAYS[lang][d.weekday()], _LONG_MONTHS[lang][d.month - 1]
    if lang == "en":
        hour = d.hour % 12 or 12
        return f"{day}, {mon} {d.day}, 2026 {hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    hm = d.strftime("%H:%M")
    return {
        "de": f"{day}, {d.day}. {mon} 2026 {hm}",
        "fr": f"{day} {d.day} {mon} 2026 {hm}",
        "es": f"{day}, {d.day} de {mon} de 2026 {hm}",
    }[lang]


# ---------------------------------------------------------------- quoting

def quote(text: str) -> str:
    """Every line prefixed the way mail programs quote ("> ", or ">" before another ">")."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


def attribution(lang: str, when: str, name: str, addr: str, style: str = "gmail") -> str:
    """The "On ... wrote:" line of a reply in the given language."""
    if style == "thunderbird":
        d = _when(when)
        stamp = d.strftime("%d.%m.%y um %H:%M") if lang == "de" else d.strftime("%d/%m/%Y %H:%M")
        return {
            "de": f"Am {stamp} schrieb {name}:",
            "en": f"On {stamp}, {name} wrote:",
            "fr": f"Le {stamp}, {name} a écrit :",
            "es": f"El {stamp}, {name} escribió:",
        }[lang]
    date = short_date(lang, when)
    return {
        "en": f"On {date}, {name} <{addr}> wrote:",
        "de": f"Am {date} schrieb {name} <{addr}>:",
        "fr": f"Le {date}, {name} <{addr}> a écrit :",
        "es": f"El {date}, {name} (<{addr}>) escribió:",
    }[lang]


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str,
          style: str = "gmail") -> str:
    """New text on top, the previous message quoted below an attribution line."""
    return (new.rstrip("\n") + "\n\n" + attribution(lang, when, name, addr, style) + "\n"
            + quote(old))


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Cc ", "Objet "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook(new: str, lang: str, when: str, sender: str, to: str, subject: str, old: str,
            cc: str = "") -> str:
    """New text on top, the previous message below an Outlook "From: / Sent:" block."""
    f, s, t, c, subj = _OUTLOOK_LABELS[lang]
    lines = ["", "________________________________", f"{f}: {sender}",
             f"{s}: {long_date(lang, when)}", f"{t}: {to}"]
    if cc:
        lines.append(f"{c}: {cc}")
    lines += [f"{subj}: {subject}", ""]
    return new.rstrip("\n") + "\n" + "\n".join(lines) + "\n" + old.rstrip("\n") + "\n"


_FORWARD_LABELS = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forward(new: str, lang: str, when: str, sender: str, to: str, subject: str,
            old: str) -> str:
    """New text on top, a forwarded message below a Gmail-style forward header."""
    head, f, d, s, t = _FORWARD_LABELS[lang]
    block = [head, f"{f}: {sender}", f"{d}: {short_date(lang, when)}", f"{s}: {subject}",
             f"{t}: {to}", ""]
    return new.rstrip("\n") + "\n\n" + "\n".join(block) + "\n" + old.rstrip("\n") + "\n"


# ---------------------------------------------------------------- HTML shells

_URL = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:!?])")


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return _URL.sub(r'<a href="\1">\1</a>', escaped)


def html_blocks(text: str, p_tag: str = "<p>") -> str:
    """Plain text turned into HTML paragraphs; runs of quoted lines become blockquotes."""
    lines = text.rstrip("\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            j = i
            inner = []
            while j < len(lines) and lines[j].startswith(">"):
                inner.append(lines[j][2:] if lines[j].startswith("> ") else lines[j][1:])
                j += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + html_blocks("\n".join(inner) + "\n", p_tag)
                       + "</blockquote>")
            i = j
            continue
        if not lines[i].strip():
            i += 1
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(">"):
            para.append(_inline(lines[i]))
            i += 1
        close = "</" + p_tag[1:].split()[0].rstrip(">") + ">"
        out.append(p_tag + "<br>\n".join(para) + close)
    return "\n".join(out)


def simple_html(text: str) -> str:
    """A plain HTML document around the paragraphs (what a webmail sends)."""
    return ('<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,'
            'sans-serif;font-size:14px">\n' + html_blocks(text) + "\n</body></html>\n")


def ats_card(text: str, brand: str, color: str = "#1f5fa8", footer: str = "") -> str:
    """An applicant-tracking-system card: brand bar, white box, small footer."""
    foot = html.escape(footer, quote=False).replace("\n", "<br>")
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><title>' + html.escape(brand) + "</title></head>\n"
        '<body style="margin:0;background:#f2f4f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;'
        'font:bold 18px Helvetica,Arial,sans-serif">' + html.escape(brand) + "</td></tr>\n"
        '<tr><td style="padding:24px;font:14px/1.5 Helvetica,Arial,sans-serif;color:#222">\n'
        + html_blocks(text) + "\n</td></tr>\n"
        '<tr><td style="padding:12px 24px;font:11px Helvetica,Arial,sans-serif;color:#888">'
        + foot + "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "de") -> str:
    """The Word-generated HTML that Outlook sends."""
    code = {"de": "DE", "en": "EN-GB", "fr": "FR", "es": "ES"}[lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{code}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + html_blocks(text, '<p class="MsoNormal">')
        + "\n</div>\n</body>\n</html>\n"
    )


def newsletter_html(text: str, brand: str, unsubscribe: str) -> str:
    """A mailing-list layout: masthead, the items, an unsubscribe footer."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        "<title>" + html.escape(brand) + "</title></head>\n"
        '<body style="background:#eeeeee;margin:0">\n<div style="max-width:640px;margin:0 auto;'
        'background:#fff;font-family:Georgia,serif">\n'
        '<div style="padding:18px 28px;border-bottom:3px solid #333;font-size:22px">'
        + html.escape(brand) + "</div>\n"
        '<div style="padding:18px 28px;font-size:15px;line-height:1.55">\n'
        + html_blocks(text) + "\n</div>\n"
        '<div style="padding:14px 28px;font:11px Arial,sans-serif;color:#777">'
        f'<a href="{html.escape(unsubscribe)}">Unsubscribe / Abmelden / Se désinscrire / '
        "Darse de baja</a></div>\n</div>\n</body></html>\n"
    )
