"""Shared layout helpers for corpus 312: the candidate, the spec factory, quoting, HTML shells.

Layout only: nothing here decides what a message means; every label is written by hand in the
msgs312_* modules next to the message it labels.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

CAND = ("Yasmine Belkacem", "yasmine.belkacem@example.fr")
CAND_SIG_FR = "Yasmine Belkacem\n06 41 27 83 90\nMontpellier"
CAND_SIG_EN = "Yasmine Belkacem\n+33 6 41 27 83 90\nMontpellier, France"

Spec = dict[str, Any]


def M(ident: str, kind: str, lang: str, date: str, frm: tuple[str, str], subj: str, body: str,
      **extra: Any) -> Spec:
    """One hand-written message spec. `body` is the new text; quoting is added from `parent`."""
    spec: Spec = {"id": ident, "kind": kind, "lang": lang, "date": date, "frm": frm,
                  "subj": subj, "body": body, "company": "", "contact": ""}
    spec.update(extra)
    return spec


DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(style: str, when: datetime, name: str, addr: str, to: str, subj: str) -> str:
    """The line (or Outlook block) a mail program writes above a quoted message."""
    d, m, hm = when.weekday(), when.month - 1, when.strftime("%H:%M")
    if style == "en":
        return f"On {DAYS['en'][d]}, {when.day} {MONTHS['en'][m]} {when.year} at {hm}, " \
               f"{name} <{addr}> wrote:"
    if style == "fr":
        return f"Le {DAYS['fr'][d]} {when.day} {MONTHS['fr'][m]} {when.year} à {hm}, " \
               f"{name} <{addr}> a écrit :"
    if style == "de":
        return f"Am {DAYS['de'][d]}, {when.day}. {MONTHS['de'][m]} {when.year} um {hm} Uhr " \
               f"schrieb {name} <{addr}>:"
    if style == "es":
        return f"El {DAYS['es'][d]}, {when.day} {MONTHS['es'][m]} {when.year} a las {hm}, " \
               f"{name} (<{addr}>) escribió:"
    lang = style.split("_")[1]
    long_date = f"{LONG_DAYS[lang][d]} {when.day} {LONG_MONTHS[lang][m]} {when.year} {hm}"
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De :", "Envoyé :", "À :", "Objet :"),
        "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
        "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    }[lang]
    if lang == "en":
        labels = tuple(f"{label}:" for label in labels)
    return "\n".join([
        "________________________________",
        f"{labels[0]} {name} <{addr}>",
        f"{labels[1]} {long_date}",
        f"{labels[2]} {to}",
        f"{labels[3]} {subj}",
    ])


def quote(style: str, when: datetime, name: str, addr: str, to: str, subj: str,
          text: str) -> str:
    """The quoted earlier message: `> ` lines for mail programs, a bare block for Outlook."""
    head = attribution(style, when, name, addr, to, subj)
    if style.startswith("ol_"):
        return f"{head}\n\n{text.rstrip()}\n"
    quoted = "\n".join(">" if not line else f"> {line}" if not line.startswith(">")
                       else f">{line}" for line in text.rstrip().split("\n"))
    return f"{head}\n{quoted}\n"


def html_shell(text: str, brand: str = "", footer: str = "") -> str:
    """A plain HTML rendering of `text`: paragraphs, line breaks, quoted lines in blockquote."""
    out: list[str] = []
    if brand:
        out.append('<table width="100%" cellpadding="0" cellspacing="0"><tr>'
                   f'<td style="background:#1d4e6b;color:#ffffff;padding:12px;'
                   f'font-family:Arial,sans-serif;font-size:18px">{html.escape(brand)}</td>'
                   "</tr></table>")
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            out.append('<blockquote style="border-left:2px solid #cccccc;padding-left:8px">'
                       f"{inner}</blockquote>")
        else:
            inner = "<br>\n".join(html.escape(line) for line in lines)
            out.append(f'<p style="font-family:Arial,sans-serif;font-size:14px">{inner}</p>')
    if footer:
        out.append(f'<p style="font-size:11px;color:#777777">{html.escape(footer)}</p>')
    body = "\n".join(out)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")
