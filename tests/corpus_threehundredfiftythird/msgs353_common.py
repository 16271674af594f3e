"""Shared people, quoting helpers and HTML shells for corpus 353 (layout only, no labels)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

Spec = dict[str, Any]
Addr = tuple[str, str]

CAND: Addr = ("Marisol Etxeberria Quaye", "marisol.etxeberria@example.es")

CAND_SIG_ES = (
    "Un saludo,\nMarisol Etxeberria Quaye\nTel. +34 645 218 907\n"
    "Vitoria-Gasteiz\n"
)
CAND_SIG_EN = "Best wishes,\nMarisol Etxeberria Quaye\n+34 645 218 907\n"
CAND_SIG_DE = "Mit freundlichen Grüßen\nMarisol Etxeberria Quaye\n+34 645 218 907\n"
CAND_SIG_FR = "Bien cordialement,\nMarisol Etxeberria Quaye\n+34 645 218 907\n"


def m(key: str, kind: str, lang: str, frm: Addr, subject: str, date: str, body: str,
      company: str = "", contact: str = "", **extra: Any) -> Spec:
    """One message spec. Keys in `extra`: reply_to, to, cc, fmt (plain|html|alt), html,
    charset, cte, parent, quote (reply|outlook), headers, ics, pdfs, fwd, hdr (q|b, charset),
    style (html shell)."""
    spec: Spec = {"key": key, "kind": kind, "lang": lang, "frm": frm, "subject": subject,
                  "date": date, "body": body, "company": company, "contact": contact}
    spec.update(extra)
    return spec


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
           "Nov.", "Dez."],
}


def attribution(lang: str, when: datetime, name: str, addr: str) -> str:
    """The localized line a mail program writes above a quoted message."""
    day = _DAYS[lang][when.weekday()]
    mon = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {when.day} {mon} {when.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "es":
        return f"El {day}, {when.day} {mon} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {day} {when.day} {mon} {when.year} à {hm}, {name} <{addr}> a écrit :"
    return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"


_OUTLOOK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De ", "Envoyé ", "À ", "Objet "),
}


def quote_reply(lang: str, when: datetime, frm: Addr, body: str) -> str:
    """Attribution line plus the earlier body, every line prefixed with '>'."""
    lines = [(">" + line if line.startswith(">") else "> " + line) if line else ">"
             for line in body.rstrip("\n").split("\n")]
    return attribution(lang, when, frm[0], frm[1]) + "\n" + "\n".join(lines) + "\n"


def quote_outlook(lang: str, when: datetime, frm: Addr, to: Addr, subject: str,
                  body: str) -> str:
    """An Outlook 'From:/Sent:' block followed by the earlier body, unindented."""
    head, f, s, t, subj = _OUTLOOK[lang]
    sent = when.strftime("%d/%m/%Y %H:%M") if lang != "en" else when.strftime(
        "%A, %B %d, %Y %I:%M %p")
    return (f"{head}\n{f}: {frm[0]} <{frm[1]}>\n{s}: {sent}\n{t}: {to[0]} <{to[1]}>\n"
            f"{subj}: {subject}\n\n{body.rstrip()}\n")


def _inline(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def text_to_html(text: str) -> str:
    """Paragraphs to <p>, quoted blocks to <blockquote>."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[1:].lstrip(" ") for line in lines)
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
                       + _inline(inner) + "</blockquote>")
        else:
            out.append("<p>" + _inline(block) + "</p>")
    return "\n".join(out)


def html_shell(style: str, title: str, inner: str, charset: str) -> str:
    """Wrap body HTML in one of a few shells: mail (a person), ats, newsletter."""
    if style == "ats":
        return (
            f"<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
            f"content=\"text/html; charset={charset}\"><title>{html.escape(title)}</title>"
            "</head>\n<body style=\"margin:0;background:#f4f5f7\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\">\n<table width=\"600\" style=\"background:#ffffff;"
            "font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222\">"
            f"<tr><td style=\"padding:32px\">\n{inner}\n</td></tr></table>\n"
            "</td></tr></table>\n</body></html>\n"
        )
    if style == "newsletter":
        return (
            f"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\">"
            f"<title>{html.escape(title)}</title></head>\n<body style=\"font-family:Georgia,"
            "serif;background:#fffaf2\">\n<div style=\"max-width:640px;margin:auto\">\n"
            f"<h1 style=\"font-size:22px\">{html.escape(title)}</h1>\n{inner}\n</div>\n"
            "</body></html>\n"
        )
    return (
        f"<html><head><meta charset=\"{charset}\"></head>\n<body><div dir=\"ltr\" "
        f"style=\"font-family:Arial,sans-serif;font-size:14px\">\n{inner}\n</div></body>"
        "</html>\n"
    )
