"""Shared pieces of corpus 285: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs285_*.py modules writes its own words; what lives here is the
furniture around them: the candidate's address, attribution lines of mail clients in four
languages, and a few HTML wrappers (an ATS card, an Outlook Word-HTML body, a newsletter).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap

CANDIDATE_NAME = "Ximena Castellanos-Berg"
CANDIDATE_ADDR = "ximena.cb@example.mx"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+34 633 418 902"

# ---------------------------------------------------------------- time zones (no tzdata needed)


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def utc_offset(local: dt.datetime, zone: str) -> dt.timedelta:
    """The UTC offset of a naive local time in one of the zones this corpus uses."""
    if zone in ("UTC", "Z"):
        return dt.timedelta(0)
    if zone == "MX":  # central Mexico, no daylight saving since 2022
        return dt.timedelta(hours=-6)
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(2))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(3))
    summer = start <= local < end
    if zone == "UK":
        return dt.timedelta(hours=1 if summer else 0)
    if zone in ("ES", "FR", "DE", "CET"):
        return dt.timedelta(hours=2 if summer else 1)
    raise ValueError(f"unknown zone {zone}")


def when(stamp: str, zone: str = "ES") -> dt.datetime:
    """'2026-03-04 10:15' in a zone -> an aware datetime."""
    local = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=dt.timezone(utc_offset(local, zone)))


# ---------------------------------------------------------------- attribution lines

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
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}


def attribution(lang: str, moment: dt.datetime, name: str, addr: str) -> str:
    """The line a mail client writes above a quoted message ("On ... wrote:")."""
    day = _DAYS[lang][moment.weekday()]
    mon = _MONTHS[lang][moment.month - 1]
    hm = moment.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {moment.day} {mon} {moment.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "es":
        return f"El {day}, {moment.day} {mon} {moment.year} a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {day} {moment.day} {mon} {moment.year} à {hm}, {name} <{addr}> a écrit :"
    return f"Am {moment.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"


def outlook_block(lang: str, moment: dt.datetime, frm: tuple[str, str],
                  to: tuple[str, str], subject: str) -> str:
    """The "From: / Sent: / To: / Subject:" block Outlook writes above a reply's history."""
    long_month = _LONG_MONTHS[lang][moment.month - 1]
    hm = moment.strftime("%H:%M")
    labels = {
        "en": ("From", "Sent", "To", "Subject",
               f"{moment.strftime('%A')}, {moment.day} {long_month} {moment.year} {hm}"),
        "es": ("De", "Enviado el", "Para", "Asunto",
               f"{moment.day} de {long_month} de {moment.year} {hm}"),
        "fr": ("De ", "Envoyé ", "À ", "Objet ", f"{moment.day} {long_month} {moment.year} {hm}"),
        "de": ("Von", "Gesendet", "An", "Betreff", f"{moment.day}. {long_month} {moment.year} {hm}"),
    }[lang]
    f_, s_, t_, j_, stamp = labels
    return "\n".join([
        "_" * 40,
        f"{f_}: {frm[0]} <{frm[1]}>",
        f"{s_}: {stamp}",
        f"{t_}: {to[0]} <{to[1]}>",
        f"{j_}: {subject}",
    ])


def forward_block(lang: str, moment: dt.datetime, frm: tuple[str, str],
                  to: tuple[str, str], subject: str) -> str:
    """The header block a web mailer writes above a forwarded message."""
    title = {
        "en": "---------- Forwarded message ---------",
        "es": "---------- Mensaje reenviado ---------",
        "fr": "---------- Message transféré ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
    }[lang]
    words = {
        "en": ("From", "Date", "Subject", "To"),
        "es": ("De", "Fecha", "Asunto", "Para"),
        "fr": ("De", "Date", "Objet", "À"),
        "de": ("Von", "Datum", "Betreff", "An"),
    }[lang]
    stamp = moment.strftime("%d/%m/%Y %H:%M")
    return "\n".join([
        title,
        f"{words[0]}: {frm[0]} <{frm[1]}>",
        f"{words[1]}: {stamp}",
        f"{words[2]}: {subject}",
        f"{words[3]}: <{to[1]}>",
    ])


def gt(text: str) -> str:
    """Prefix every line with "> " (an empty line becomes ">")."""
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


# ---------------------------------------------------------------- HTML shells (layout only)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs -> <p> blocks; single newlines become <br>; bare URLs become links."""
    blocks = [b for b in textwrap.dedent(text).strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [esc(line) for line in block.splitlines()]
        body = "<br>\n".join(lines)
        body = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', body)
        out.append(f"<p>{body}</p>")
    return "\n".join(out)


def plain_shell(body_html: str) -> str:
    """What a web mailer sends as the HTML half of a simple message."""
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
        f"{body_html}\n</div></body></html>"
    )


def ats_card(body_html: str, brand: str, accent: str = "#1f5c99", footer: str = "") -> str:
    """An applicant-tracking-system card: logo bar, white card, grey small print."""
    foot = f'<p style="color:#888;font-size:11px">{footer}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{accent};color:#fff;padding:14px 24px;'
        f'font:bold 18px Helvetica,Arial">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#fff;border-radius:6px;padding:24px;font:14px/1.5 Helvetica,Arial">'
        f"<tr><td>\n{body_html}\n</td></tr></table>{foot}</td></tr></table>\n"
        "</body></html>"
    )


def outlook_word(body_html: str) -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs and office namespaces."""
    body = body_html.replace("<p>", '<p class="MsoNormal">').replace(
        "</p>", "<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
        " --></style></head>\n"
        '<body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
        f"{body}\n</div></body></html>"
    )


def newsletter(title: str, items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """A mailing-list digest: heading, an intro, a list of (headline, url, blurb), small print."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #ddd">'
        f'<a href="{url}" style="font-weight:bold;color:#b0413e">{esc(head)}</a>'
        f"<br><span>{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)}</title></head>\n"
        '<body style="font-family:Georgia,serif;background:#faf7f2">\n'
        f'<h1 style="color:#333">{esc(title)}</h1>\n<p>{esc(intro)}</p>\n'
        f'<table role="presentation" width="620">{rows}</table>\n'
        f'<p style="font-size:11px;color:#777">{footer}</p>\n</body></html>'
    )


def digest_text(title: str, items: list[tuple[str, str, str]], intro: str, footer: str) -> str:
    """The plain-text half of the same digest."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(re.sub(r"<[^>]+>", "", footer))
    return "\n".join(lines)


# ---------------------------------------------------------------- small print (boilerplate)

LOPD_ES = (
    "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus archivos adjuntos van dirigidos "
    "exclusivamente a su destinatario y pueden contener información confidencial. Si no es "
    "usted el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su "
    "borrado. Sus datos se tratan conforme al Reglamento (UE) 2016/679; puede ejercer sus "
    "derechos de acceso, rectificación y supresión escribiendo a la dirección del remitente."
)
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche oder rechtlich geschützte Informationen. Wenn Sie nicht "
    "der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie "
    "diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht "
    "gestattet."
)
DISCLAIMER_EN = (
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it. Views expressed "
    "are those of the author and not necessarily those of the organisation. Registered charity "
    "in England and Wales."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de "
    "leur destinataire. Si vous avez reçu ce message par erreur, merci d'en avertir "
    "immédiatement l'expéditeur et de le détruire."
)
