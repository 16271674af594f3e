"""Shared pieces of corpus 271: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs271_* modules writes its own words; the helpers here only lay them
out the way a mail program or an applicant-tracking system would.
"""

from __future__ import annotations

import html
import textwrap
from datetime import datetime

CANDIDATE_NAME = "Baptiste Nguyen-Ferrand"
CANDIDATE_ADDR = "baptiste.nf@example.fr"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

MY_SIGNATURE_FR = "Baptiste Nguyen-Ferrand\n06 41 27 88 15\n14 rue Berbisey, 21000 Dijon"
MY_SIGNATURE_DE = "Baptiste Nguyen-Ferrand\n+33 6 41 27 88 15\n14 rue Berbisey, F-21000 Dijon"
MY_SIGNATURE_EN = "Baptiste Nguyen-Ferrand\n+33 6 41 27 88 15"
MY_SIGNATURE_ES = "Baptiste Nguyen-Ferrand\n+33 6 41 27 88 15"


def t(text: str) -> str:
    """A hand-written body: indentation of the source removed, one trailing newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


# --- dates as mail programs write them in attribution lines --------------------------------

_WD = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_WD_LONG = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MON = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
           "dic"],
}
_MON_LONG = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def attribution(lang: str, when: str, name: str, addr: str, style: str = "gmail") -> str:
    """The line a mail program puts above a quoted message."""
    d = _dt(when)
    wd, mon, hm = _WD[lang][d.weekday()], _MON[lang][d.month - 1], d.strftime("%H:%M")
    if style == "tb":  # Thunderbird
        if lang == "de":
            return f"Am {d:%d.%m.%y} um {hm} schrieb {name}:"
        if lang == "fr":
            return f"Le {d:%d/%m/%Y} à {hm}, {name} a écrit :"
        if lang == "es":
            return f"El {d:%d/%m/%y} a las {hm}, {name} escribió:"
        return f"On {d:%d/%m/%Y} {hm}, {name} wrote:"
    if lang == "fr":
        return f"Le {wd} {d.day} {mon} {d.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {wd}, {d.day}. {mon} {d.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {wd}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {wd}, {d.day} {mon} {d.year} at {hm}, {name} <{addr}> wrote:"


def quote(text: str) -> str:
    """Prefix every line with "> " (an empty line becomes ">")."""
    return "".join(f"> {line}\n" if line else ">\n" for line in text.rstrip("\n").split("\n"))


def reply_quote(lang: str, when: str, name: str, addr: str, text: str,
                style: str = "gmail") -> str:
    """Attribution line and the quoted earlier message, to append below a reply."""
    return f"\n{attribution(lang, when, name, addr, style)}\n{quote(text)}"


def long_date(lang: str, when: str) -> str:
    d = _dt(when)
    wd, mon = _WD_LONG[lang][d.weekday()], _MON_LONG[lang][d.month - 1]
    if lang == "fr":
        return f"{wd} {d.day} {mon} {d.year} {d:%H:%M}"
    if lang == "de":
        return f"{wd}, {d.day}. {mon} {d.year} {d:%H:%M}"
    if lang == "es":
        return f"{wd}, {d.day} de {mon} de {d.year} {d:%H:%M}"
    return f"{wd}, {mon} {d.day}, {d.year} {d:%I:%M %p}"


_OUTLOOK_LABELS = {
    "fr": ("De\u00a0:", "Envoyé\u00a0:", "À\u00a0:", "Objet\u00a0:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
}


def outlook_quote(lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
                  subject: str, text: str) -> str:
    """An Outlook "From: / Sent:" block followed by the earlier message, not prefixed."""
    f, s, a, o = _OUTLOOK_LABELS[lang]
    return (f"\n________________________________\n"
            f"{f} {frm[0]} <{frm[1]}>\n{s} {long_date(lang, when)}\n"
            f"{a} {to[0]} <{to[1]}>\n{o} {subject}\n\n{text.rstrip()}\n")


_FWD = {
    "fr": ("---------- Message transféré ---------", "De :", "Date :", "Objet :", "À :"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Date:", "Subject:",
           "To:"),
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Date:", "Subject:", "To:"),
}


def forwarded(lang: str, when: str, frm: tuple[str, str], to: tuple[str, str],
              subject: str, text: str) -> str:
    """A forwarded message block as a web-mail program writes it."""
    head, f, d, s, a = _FWD[lang]
    return (f"\n{head}\n{f} {frm[0]} <{frm[1]}>\n{d} {long_date(lang, when)}\n"
            f"{s} {subject}\n{a} {to[0]} <{to[1]}>\n\n{text.rstrip()}\n")


# --- HTML shells (layout only) ------------------------------------------------------------

def paras(text: str, cls: str = "") -> str:
    """Paragraphs of hand-written text as HTML; "> " lines become a blockquote."""
    attr = f' class="{cls}"' if cls else ""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            inner = "<br>\n".join(html.escape(line) for line in lines)
            out.append(f"<p{attr}>{inner}</p>")
    return "\n".join(out)


def gmail_html(inner: str) -> str:
    return f'<html><head></head><body><div dir="ltr">\n{inner}\n</div></body></html>\n'


def outlook_word(inner: str, lang: str = "FR") -> str:
    """The Word-generated HTML that Outlook sends (its style block, WordSection1)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Aptos\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def ats_card(brand: str, accent: str, inner: str, footer: str) -> str:
    """An applicant-tracking system's message card: brand bar, white card, grey footer."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        "<body style=\"margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#ffffff;margin:24px 0\">\n"
        f"<tr><td style=\"background:{accent};color:#ffffff;padding:18px 28px;"
        f"font-size:18px;font-weight:bold\">{html.escape(brand)}</td></tr>\n"
        f"<tr><td style=\"padding:28px;font-size:15px;line-height:1.5;color:#1f2937\">\n"
        f"{inner}\n</td></tr>\n"
        f"<tr><td style=\"padding:16px 28px;font-size:11px;color:#6b7280;"
        f"background:#f9fafb\">{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def button(label: str, url: str, accent: str = "#1d4ed8") -> str:
    return (f'<p style="margin:24px 0"><a href="{html.escape(url)}" style="background:{accent};'
            f'color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none">'
            f"{html.escape(label)}</a></p>")


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               accent: str = "#0f766e") -> str:
    """A digest: a title, an intro paragraph, one block per item (heading, text, link)."""
    blocks = "\n".join(
        f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e7eb">'
        f'<a href="{html.escape(url)}" style="font-size:16px;color:{accent};font-weight:bold;'
        f'text-decoration:none">{html.escape(head)}</a>'
        f'<div style="font-size:14px;color:#374151;margin-top:4px">{html.escape(body)}</div>'
        f"</td></tr>"
        for head, body, url in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{html.escape(title)}</title></head>\n<body style=\"margin:0;background:#eef2f7\">\n"
        "<table role=\"presentation\" width=\"640\" align=\"center\" cellpadding=\"0\" "
        "cellspacing=\"0\" style=\"background:#ffffff;font-family:Arial,sans-serif\">\n"
        f"<tr><td style=\"background:{accent};color:#fff;padding:20px 24px;font-size:20px\">"
        f"{html.escape(title)}</td></tr>\n"
        f"<tr><td style=\"padding:18px 24px;font-size:14px;color:#111827\">{intro}</td></tr>\n"
        f"{blocks}\n"
        f"<tr><td style=\"padding:18px 24px;font-size:11px;color:#6b7280\">{footer}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, body, url in items:
        lines += [f"* {head}", f"  {body}", f"  {url}", ""]
    lines += ["--", footer]
    return "\n".join(lines) + "\n"
