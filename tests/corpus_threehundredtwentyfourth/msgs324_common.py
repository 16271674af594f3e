"""Layout helpers shared by the message modules of corpus 324: people, quoting, HTML shells.

Nothing here decides a label; every message and its label are written by hand in the
msgs324_* modules.
"""

from __future__ import annotations

import html
from datetime import datetime

ME = ("Maëlle Quéméneur", "maelle.quemeneur@example.fr")

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(lang: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message, in the replier's language."""
    d, m, hm = _DAYS[lang][when.weekday()], _MONTHS[lang][when.month - 1], when.strftime("%H:%M")
    if lang == "fr":
        return f"Le {d} {when.day} {m} {when.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {d}, {when.day}. {m} {when.year} um {hm} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {d}, {when.day} {m} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {d}, {when.day} {m} {when.year} at {hm}, {name} <{addr}> wrote:"


def outlook_header(lang: str, when: datetime, sender: str, to: str, subject: str) -> str:
    """The From:/Sent: block Outlook puts above a message it quotes."""
    day, month = _LONG_DAYS[lang][when.weekday()], _LONG_MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "fr":
        lines = [f"De : {sender}", f"Envoyé : {day} {when.day} {month} {when.year} {hm}",
                 f"À : {to}", f"Objet : {subject}"]
    elif lang == "de":
        lines = [f"Von: {sender}", f"Gesendet: {day}, {when.day}. {month} {when.year} {hm}",
                 f"An: {to}", f"Betreff: {subject}"]
    elif lang == "es":
        lines = [f"De: {sender}", f"Enviado el: {day}, {when.day} de {month} de {when.year} {hm}",
                 f"Para: {to}", f"Asunto: {subject}"]
    else:
        lines = [f"From: {sender}", f"Sent: {day}, {month} {when.day}, {when.year} {hm}",
                 f"To: {to}", f"Subject: {subject}"]
    return "________________________________\n" + "\n".join(lines)


def quoted(text: str) -> str:
    """Every line of text with the "> " prefix of a reply."""
    return "\n".join(">" + (" " + line if line else "") for line in text.split("\n"))


def html_shell(text: str, brand: str = "", colour: str = "#1f3a5f", footer: str = "") -> str:
    """A plain HTML layout around a text: one paragraph per blank-line block."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    paras = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n")) + "</p>"
        for block in blocks
    )
    head = (f'<div style="background:{colour};color:#fff;padding:12px;font-size:18px">'
            f"{html.escape(brand)}</div>\n") if brand else ""
    foot = (f'<div style="color:#777;font-size:11px;border-top:1px solid #ddd">'
            f"{html.escape(footer)}</div>\n") if footer else ""
    return ("<!DOCTYPE html>\n<html><head><title></title></head>\n"
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{head}<div>\n{paras}\n</div>\n{foot}</body></html>\n")


DISCLAIMER_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
    "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en "
    "avertir immédiatement l'expéditeur."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you are not the intended recipient, please notify the sender and delete this e-mail. "
    "Any unauthorised copying, disclosure or distribution is strictly forbidden."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
    "Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte "
    "Weitergabe dieser E-Mail sind nicht gestattet."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su "
    "destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al "
    "remitente y lo elimine. Sus datos personales se tratan conforme al RGPD."
)

MY_SIGNATURE = "Maëlle Quéméneur\n06 41 27 83 59\nBrest"
