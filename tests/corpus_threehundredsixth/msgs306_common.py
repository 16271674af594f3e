"""Layout helpers for corpus 306: the candidate, message specs, quoting and HTML shells.

Nothing here decides a label; every spec states its own kind, company and language.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

CANDIDATE_NAME = "Grace Mwangi-Holt"
CANDIDATE_ADDR = "grace.mh@example.co.uk"
GRACE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"

Spec = dict[str, Any]


def msg(
    slug: str,
    kind: str,
    lang: str,
    date: str,
    frm: str,
    subject: str,
    body: str,
    company: str = "",
    **extra: Any,
) -> Spec:
    """One hand-written message: who, when, what, and its labels."""
    spec: Spec = {
        "slug": slug,
        "kind": kind,
        "lang": lang,
        "date": date,
        "from": frm,
        "subject": subject,
        "body": body.strip("\n") + "\n",
        "company": company,
    }
    spec.update(extra)
    return spec


def own(slug: str, lang: str, date: str, to: str, subject: str, body: str, **extra: Any) -> Spec:
    """A message the candidate sent herself: always `other`, no contact, no company."""
    return msg(slug, "other", lang, date, GRACE, subject, body, to=to, **extra)


_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(lang: str, when: datetime, who: str) -> str:
    """The line a mail program writes above a quoted message."""
    day = _DAYS[lang][when.weekday()]
    month = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {who}:"
    if lang == "fr":
        return f"Le {day[:3]}. {when.day} {month} {when.year} à {hm}, {who} a écrit :"
    if lang == "es":
        name, _, addr = who.partition(" <")
        return f"El {day[:3]}, {when.day} {month[:3]} {when.year} a las {hm}, {name} (<{addr}) escribió:"
    return f"On {day[:3]}, {when.day} {month[:3]} {when.year} at {hm}, {who} wrote:"


def outlook_block(lang: str, when: datetime, who: str, to: str, subject: str) -> str:
    """The header block Outlook writes above a message it replies to or forwards."""
    day = _DAYS[lang][when.weekday()]
    month = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "de":
        rows = [("Von", who), ("Gesendet", f"{day}, {when.day}. {month} {when.year} {hm}"),
                ("An", to), ("Betreff", subject)]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if lang == "fr":
        rows = [("De", who), ("Envoyé", f"{day} {when.day} {month} {when.year} {hm}"),
                ("À", to), ("Objet", subject)]
        return "\n".join(f"{k} : {v}" for k, v in rows)
    if lang == "es":
        rows = [("De", who), ("Enviado el", f"{day}, {when.day} de {month} de {when.year} {hm}"),
                ("Para", to), ("Asunto", subject)]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    rows = [("From", who), ("Sent", f"{day}, {when.day} {month} {when.year} {hm}"),
            ("To", to), ("Subject", subject)]
    return "\n".join(f"{k}: {v}" for k, v in rows)


def quote_plain(lang: str, when: datetime, who: str, body: str) -> str:
    """Attribution line, then every line of the earlier body behind '> '."""
    quoted = "\n".join(("> " + line) if line else ">" for line in body.rstrip("\n").split("\n"))
    return f"{attribution(lang, when, who)}\n{quoted}\n"


def quote_outlook(lang: str, when: datetime, who: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style reply: a rule, the header block, the earlier body unindented."""
    rule = "________________________________"
    return f"{rule}\n{outlook_block(lang, when, who, to, subject)}\n\n{body.rstrip()}\n"


SHELLS = {
    "ats": (
        '<div style="font-family:Arial,sans-serif;max-width:600px;margin:auto">'
        '<div style="background:{color};color:#fff;padding:14px 20px;font-size:18px">{brand}</div>'
        '<div style="padding:20px;font-size:14px;line-height:1.5">{content}</div>'
        '<div style="padding:10px 20px;font-size:11px;color:#888">{footer}</div></div>'
    ),
    "plain": '<div dir="ltr" style="font-family:Calibri,sans-serif;font-size:11pt">{content}</div>',
    "news": (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="620" style="font-family:Georgia,serif"><tr><td style="border-bottom:3px solid'
        ' {color};padding:12px"><b>{brand}</b></td></tr><tr><td style="padding:16px">{content}'
        '</td></tr><tr><td style="font-size:11px;color:#777;padding:12px">{footer}</td></tr>'
        '</table></td></tr></table>'
    ),
}


def html_shell(text: str, shell: str = "plain", brand: str = "", color: str = "#1d3557",
               footer: str = "") -> str:
    """Wrap plain text paragraphs in one of a few HTML layouts."""
    paragraphs = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        if all(line.startswith("&gt;") for line in lines):
            paragraphs.append("<blockquote>" + "<br>".join(lines) + "</blockquote>")
        else:
            paragraphs.append("<p>" + "<br>\n".join(lines) + "</p>")
    content = "\n".join(paragraphs)
    page = SHELLS[shell].format(content=content, brand=html.escape(brand), color=color,
                                footer=html.escape(footer))
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n{page}\n</body></html>\n"
