"""Shared layout helpers for the threehundredth corpus: the candidate, signatures, HTML shells,
localized attribution lines and calendar/PDF snippets. Layout only; no message text lives here
except boilerplate (disclaimers, footers)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

CAND = ("Théo Marchand", "theo.marchand@example.fr")
CAND_ADDR = CAND[1]

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}

DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
    "destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le "
    "supprimer. Toute diffusion non autorisée est interdite."
)
DISCLAIMER_EN = (
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it. Any views "
    "expressed are those of the author and not necessarily of the company."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das "
    "unerlaubte Kopieren sowie die Weitergabe dieser Mail sind nicht gestattet."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo "
    "elimine. Sus datos se tratan conforme al RGPD."
)


def attribution(style: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message, in the given style."""
    d, mo = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    if style == "en":
        return (f"On {DAYS['en'][d][:3]}, {when.day} {MONTHS['en'][mo][:3]} 2026 at {hm}, "
                f"{name} <{addr}> wrote:")
    if style == "fr":
        return f"Le {DAYS['fr'][d][:3]}. {when.day} {MONTHS['fr'][mo]} 2026 à {hm}, {name} <{addr}> a écrit :"
    if style == "de":
        return f"Am {DAYS['de'][d]}, {when.day}. {MONTHS['de'][mo]} 2026 um {hm} schrieb {name} <{addr}>:"
    if style == "es":
        return f"El {DAYS['es'][d]}, {when.day} de {MONTHS['es'][mo]} de 2026, {name} (<{addr}>) escribió:"
    raise ValueError(style)


def outlook_block(style: str, when: datetime, frm: str, to: str, subject: str) -> str:
    """An Outlook "From:/Sent:" header block (English or French)."""
    d, mo = when.weekday(), when.month - 1
    if style == "outlook_en":
        hour = when.strftime("%I:%M %p").lstrip("0")
        return (f"From: {frm}\nSent: {DAYS['en'][d]}, {MONTHS['en'][mo]} {when.day}, 2026 "
                f"{hour}\nTo: {to}\nSubject: {subject}")
    if style == "outlook_fr":
        return (f"De : {frm}\nEnvoyé : {DAYS['fr'][d]} {when.day} {MONTHS['fr'][mo]} 2026 "
                f"{when.strftime('%H:%M')}\nÀ : {to}\nObjet : {subject}")
    raise ValueError(style)


def html_shell(body_html: str, brand: str, footer: str = "", color: str = "#2f4f4f") -> str:
    """A plain branded HTML mail page around the given fragment."""
    foot = f'<p style="font-size:11px;color:#888">{footer}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{escape(brand)}</title></head>\n"
        '<body style="font-family:Arial,sans-serif;background:#f4f4f4">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" style="background:#ffffff;padding:24px">\n'
        f'<tr><td style="border-bottom:3px solid {color};font-size:20px;font-weight:bold">'
        f"{escape(brand)}</td></tr>\n"
        f"<tr><td>\n{body_html}\n</td></tr>\n"
        f"<tr><td>{foot}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML paragraphs."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(escape(line) for line in block.split("\n")) + "</p>")
    return "\n".join(out)


def spec(**fields: Any) -> dict[str, Any]:
    """One message spec (or a calendar/forwarded part of one): just its named fields."""
    return fields
