"""Layout helpers for corpus 333: the candidate, quoting, attribution lines, HTML shells.

Layout only: no message text lives here beyond the localized attribution and header words.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

CAND = ("Rodrigo Valdivieso Santamaría", "rodrigo.valdivieso@example.es")
ME = CAND

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}


def M(**spec: Any) -> dict[str, Any]:
    """One message spec; see make_threehundredthirtythird.py for the keys."""
    return spec


def attribution(lang: str, who: tuple[str, str], at: datetime) -> str:
    day = DAYS[lang][at.weekday()]
    month = MONTHS[lang][at.month - 1]
    name, addr = who
    if lang == "es":
        return f"El {day}, {at.day} {month} {at.year} a las {at:%H:%M}, {name} (<{addr}>) escribió:"
    if lang == "de":
        return f"Am {day}, {at.day}. {month} {at.year} um {at:%H:%M} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {at.day} {month} {at.year} à {at:%H:%M}, {name} <{addr}> a écrit :"
    return f"On {day}, {at.day} {month} {at.year} at {at:%H:%M}, {name} <{addr}> wrote:"


def outlook_block(lang: str, sender: str, at: datetime, to: str, subject: str) -> str:
    stamp = f"{at:%d/%m/%Y %H:%M}"
    labels = {
        "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
        "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
        "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
        "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    head, f, s, t, j = labels
    return (f"{head}\n{f}{sep} {sender}\n{s}{sep} {stamp}\n{t}{sep} {to}\n{j}{sep} {subject}")


def quote(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.split("\n"))


def html_shell(text: str, brand: str = "") -> str:
    """Turn plain paragraphs into a simple HTML mail layout (brand bar optional)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paras
    )
    bar = (f'<tr><td style="background:#1d3557;color:#ffffff;padding:14px 20px;'
           f'font-weight:bold">{html.escape(brand)}</td></tr>\n') if brand else ""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n'
        '<body style="margin:0;background:#f4f4f4">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="margin:0 auto;background:#ffffff;font-family:Arial,sans-serif;font-size:14px">\n'
        f'{bar}<tr><td style="padding:20px">\n{body}\n</td></tr>\n</table>\n</body></html>\n'
    )


def sig(*lines: str) -> str:
    return "\n".join(["--", *lines])


LIST_BULK = {"Precedence": "bulk"}


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
