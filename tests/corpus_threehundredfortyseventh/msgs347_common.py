"""Layout helpers for corpus 347: the candidate, quoting, HTML shells, signatures, disclaimers.

Layout only: nothing here decides a label.
"""

from __future__ import annotations

import html
from typing import Any

CANDIDATE = ("Tobias Oberhuber-Mensah", "tobias.oberhuber@example.at")
ME_SIG_DE = "Tobias Oberhuber-Mensah\nElektrotechniker | Gebäudeautomation\n+43 660 555 18 42"
ME_SIG_EN = "Tobias Oberhuber-Mensah\nElectrician, building automation\n+43 660 555 18 42"
ME_SIG_FR = "Tobias Oberhuber-Mensah\nÉlectricien, automatisme du bâtiment\n+43 660 555 18 42"
ME_SIG_ES = "Tobias Oberhuber-Mensah\nElectricista, automatización de edificios\n+43 660 555 18 42"

DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige\n"
    "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n"
    "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet."
)
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
    "addressee. If you received it in error, please notify the sender and delete it.\n"
    "Any unauthorised use or disclosure is prohibited."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur\n"
    "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le\n"
    "supprimer."
)
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente\n"
    "a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.\n"
    "Sus datos se tratan conforme al Reglamento (UE) 2016/679."
)

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def attribution(style: str, when: Any, name: str, addr: str, subject: str,
                to: str) -> str:
    """The line (or Outlook block) a mail program writes above a quoted message."""
    day, mon = when.day, when.month - 1
    hm = when.strftime("%H:%M")
    wd = when.weekday()
    if style == "en":
        return (f"On {WEEKDAYS['en'][wd]}, {day} {MONTHS['en'][mon]} {when.year} at {hm}, "
                f"{name} <{addr}> wrote:")
    if style == "de":
        return f"Am {WEEKDAYS['de'][wd]}, {day}. {MONTHS['de'][mon]} {when.year} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return (f"Le {WEEKDAYS['fr'][wd]} {day} {MONTHS['fr'][mon]} {when.year} à {hm}, "
                f"{name} <{addr}> a écrit :")
    if style == "es":
        return (f"El {WEEKDAYS['es'][wd]}, {day} {MONTHS['es'][mon]} {when.year} a las {hm}, "
                f"{name} (<{addr}>) escribió:")
    if style == "outlook_de":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {name} <{addr}>\n"
                f"Gesendet: {when.strftime('%d.%m.%Y %H:%M')}\nAn: {to}\nBetreff: {subject}")
    if style == "outlook_en":
        return (f"-----Original Message-----\nFrom: {name} <{addr}>\n"
                f"Sent: {when.strftime('%d %B %Y %H:%M')}\nTo: {to}\nSubject: {subject}")
    raise ValueError(style)


def quote_block(style: str, text: str) -> str:
    """The earlier text, as quoted below an attribution."""
    if style.startswith("outlook"):
        return text.rstrip("\n")
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


def html_shell(text: str, brand: str = "", color: str = "#1f4e79") -> str:
    """A plain HTML rendering of a text body: one paragraph per blank-line block."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    head = ""
    if brand:
        head = (f'<div style="background:{color};color:#fff;padding:12px;font-weight:bold">'
                f"{html.escape(brand)}</div>\n")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>\n"
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + head + "\n".join(paras) + "\n</body></html>\n")


def spec(**fields: Any) -> dict[str, Any]:
    """One hand-written message: its labels (kind, lang, company, contact) and its layout."""
    return fields


def event(**fields: Any) -> dict[str, Any]:
    """A calendar event for a text/calendar part (uid, seq, start, end, tz, method, …)."""
    return fields
