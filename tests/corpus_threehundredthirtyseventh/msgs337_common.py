"""Layout helpers shared by the message specs: quoting, attribution lines, HTML shells.

Layout only: nothing here decides what a message means.
"""

from __future__ import annotations

import html

ME = "ainhoa.urrutia@example.es"
ME_NAME = "Ainhoa Urrutia Belaustegi"

SIGN_ES = "Un saludo,\nAinhoa Urrutia Belaustegi\n+34 688 41 27 90\n"
SIGN_EN = "Kind regards,\nAinhoa Urrutia Belaustegi\n+34 688 41 27 90\n"
SIGN_DE = "Viele Grüße\nAinhoa Urrutia Belaustegi\n+34 688 41 27 90\n"
SIGN_FR = "Bien cordialement,\nAinhoa Urrutia Belaustegi\n+34 688 41 27 90\n"

_DAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
_MONTHS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}


def quote(text: str) -> str:
    """Quote a body the way mail programs do ("> " before each line, ">" before quotes)."""
    lines = text.rstrip("\n").split("\n")
    return "".join((">" + line if line.startswith(">") else "> " + line).rstrip() + "\n"
                   for line in lines)


def attribution(style: str, weekday: int, day: int, month: int, hhmm: str,
                name: str, addr: str) -> str:
    """The line above a quote, in the reply writer's language and mail program."""
    d = _DAYS.get(style[:2], _DAYS["en"])[weekday]
    m = _MONTHS.get(style[:2], _MONTHS["en"])[month - 1]
    if style == "es":
        return f"El {d}, {day} {m} 2026 a las {hhmm}, {name} (<{addr}>) escribió:"
    if style == "es2":
        return f"El {day:02d}/{month:02d}/2026 {hhmm}, {name} escribió:"
    if style == "de":
        return f"Am {d}, {day}. {m} 2026 um {hhmm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {d} {day} {m} 2026 à {hhmm}, {name} <{addr}> a écrit :"
    return f"On {d}, {day} {m} 2026 at {hhmm}, {name} <{addr}> wrote:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
}


def outlook_block(lang: str, sent: str, name: str, addr: str, to: str, subject: str) -> str:
    """An Outlook-style header block above a forwarded or replied-to message."""
    f, s, t, j = _OUTLOOK[lang]
    return (f"{'_' * 32}\n{f}: {name} <{addr}>\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n")


def paras_html(text: str) -> str:
    """Plain paragraphs as HTML paragraphs (blank line = new paragraph, newline = <br>)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(line, quote=False) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_page(body: str, brand: str = "", colour: str = "#222222", footer: str = "") -> str:
    """A simple e-mail HTML shell with an optional brand bar and footer."""
    bar = (f'<tr><td style="background:{colour};color:#ffffff;padding:12px 20px;'
           f'font-size:18px">{html.escape(brand)}</td></tr>\n') if brand else ""
    foot = (f'<tr><td style="color:#888888;font-size:11px;padding:12px 20px">'
            f'{footer}</td></tr>\n') if footer else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\">\n"
            f"{bar}<tr><td style=\"padding:20px\">\n{body}\n</td></tr>\n{foot}"
            "</table>\n</body></html>\n")


DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su\n"
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo\n"
    "elimine. Sus datos se tratan conforme al RGPD; puede ejercer sus derechos escribiendo a\n"
    "la dirección de protección de datos indicada en nuestra web.\n")
DISCLAIMER_EN = (
    "This email and any attachments are confidential and intended solely for the addressee.\n"
    "If you have received it in error please notify the sender and delete it. Any views\n"
    "expressed are those of the author and not necessarily of the company.\n")
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat\n"
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
    "Das unerlaubte Kopieren sowie die unbefugte Weitergabe sind nicht gestattet.\n")
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive\n"
    "de leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur\n"
    "et de le supprimer.\n")
