"""Shared pieces for corpus 183: the candidate, quoting helpers and HTML shells.

Layout only. Every message in the data modules writes its own words; the helpers here only
place those words into a reply chain, a forwarded block or an HTML frame.
"""

from __future__ import annotations

import html as _html
from datetime import datetime

CAND_NAME = "Aurélien Kowalczyk-Mensah"
CAND = "aurelien.km@example.be"
ME = (CAND_NAME, CAND)

_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when[:16], "%Y-%m-%d %H:%M")


def long_date(lang: str, when: str) -> str:
    """A date as a mail program of that language writes it in a quoted header."""
    d = _dt(when)
    wd = _WEEKDAYS[lang][d.weekday()]
    mo = _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"{wd}, {mo} {d.day}, 2026 {d.strftime('%I:%M %p').lstrip('0')}"
    if lang == "fr":
        return f"{wd} {d.day} {mo} 2026 {hm}"
    if lang == "de":
        return f"{wd}, {d.day}. {mo} 2026 {hm}"
    return f"{wd}, {d.day} de {mo} de 2026 {hm}"


def quote(text: str) -> str:
    """Prefix every line with '> ' (an empty line gets '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client puts above a quoted message."""
    d = _dt(when)
    hm = d.strftime("%H:%M")
    if lang == "en":
        return (f"On {_WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {_MONTHS['en'][d.month - 1][:3]} "
                f"2026 at {hm}, {name} <{addr}> wrote:")
    if lang == "fr":
        return (f"Le {_WEEKDAYS['fr'][d.weekday()][:3]}. {d.day} {_MONTHS['fr'][d.month - 1]} "
                f"2026 à {hm}, {name} <{addr}> a écrit :")
    if lang == "de":
        return f"Am {d.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    return (f"El {_WEEKDAYS['es'][d.weekday()][:3]}, {d.day} {_MONTHS['es'][d.month - 1][:3]} "
            f"2026 a las {hm}, {name} (<{addr}>) escribió:")


def reply_chain(lang: str, when: str, name: str, addr: str, old: str) -> str:
    """Attribution line plus the old text quoted with '> '."""
    return wrote(lang, when, name, addr) + "\n" + quote(old)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "es": ("De", "Enviado", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, when: str, frm: str, to: str, subject: str, old: str,
                  cc: str = "") -> str:
    """An Outlook 'From: / Sent:' header block followed by the old text, unquoted."""
    f, s, t, c, o = _OUTLOOK[lang]
    sep = " : " if lang == "fr" else ": "
    lines = ["________________________________", f"{f}{sep}{frm}",
             f"{s}{sep}{long_date(lang, when)}", f"{t}{sep}{to}"]
    if cc:
        lines.append(f"{c}{sep}{cc}")
    lines.append(f"{o}{sep}{subject}")
    return "\n".join(lines) + "\n\n" + old.rstrip("\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, when: str, frm: str, to: str, subject: str, old: str) -> str:
    """A Gmail-style forwarded block."""
    head, f, d, s, t = _FWD[lang]
    sep = " : " if lang == "fr" else ": "
    return (f"{head}\n{f}{sep}{frm}\n{d}{sep}{long_date(lang, when)}\n{s}{sep}{subject}\n"
            f"{t}{sep}{to}\n\n{old.rstrip(chr(10))}")


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs; '> ' lines become a blockquote; URLs become links."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line[1:].lstrip(" ")) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
            continue
        rendered = []
        for line in lines:
            words = []
            for word in line.split(" "):
                if word.startswith("https://"):
                    words.append(f'<a href="{esc(word)}">{esc(word)}</a>')
                else:
                    words.append(esc(word))
            rendered.append(" ".join(words))
        out.append("<p>" + "<br>\n".join(rendered) + "</p>")
    return "\n".join(out) + "\n"


def plain_html(inner: str) -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{inner}</body></html>\n")


def ats_card(brand: str, accent: str, inner: str, footer: str = "") -> str:
    """A centred card as applicant-tracking systems send it."""
    foot = (f'<tr><td style="padding:16px 32px;color:#888;font-size:11px">{esc(footer)}</td></tr>\n'
            if footer else "")
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"background:#f3f4f6;margin:0\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" style=\"background:#fff\">\n"
            f"<tr><td style=\"background:{accent};color:#fff;padding:18px 32px;"
            f"font:bold 18px Arial\">{esc(brand)}</td></tr>\n"
            f"<tr><td style=\"padding:24px 32px;font:14px/1.5 Arial;color:#222\">\n{inner}"
            "</td></tr>\n"
            f"{foot}</table>\n</td></tr></table>\n</body></html>\n")


def outlook_html(inner: str) -> str:
    """The Word-generated HTML that Outlook sends."""
    body = inner.replace("<p>", "<p class=\"MsoNormal\">")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=\"FR-BE\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            f"<div class=\"WordSection1\">\n{body}</div>\n</body>\n</html>\n")


def digest_html(title: str, items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """A newsletter or job-alert digest: a title, an intro and linked items."""
    rows = "".join(
        f"<tr><td style=\"padding:10px 0;border-bottom:1px solid #eee\">"
        f"<a href=\"{esc(url)}\" style=\"font-weight:bold;color:#0b5394\">{esc(head)}</a><br>"
        f"<span style=\"color:#555\">{esc(line)}</span></td></tr>\n"
        for head, line, url in items)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            f"{esc(title)}</title></head>\n<body style=\"font-family:Verdana,sans-serif\">\n"
            f"<h1 style=\"font-size:20px\">{esc(title)}</h1>\n<p>{esc(intro)}</p>\n"
            f"<table width=\"100%\">\n{rows}</table>\n"
            f"<p style=\"font-size:11px;color:#999\">{esc(footer)}</p>\n</body></html>\n")


def digest_text(title: str, items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = "\n\n".join(f"* {head}\n  {line}\n  {url}" for head, line, url in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{body}\n\n--\n{footer}\n"
