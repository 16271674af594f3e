"""Shared pieces for corpus 192: the candidate, quoting helpers and HTML shells (layout only).

Every message spec in the msgs192_*.py modules is a plain dict; its words are written in the
module itself. These helpers only give those words the shape a mail program would give them.
"""

from __future__ import annotations

import datetime as _dt
import html as _html

CANDIDATE_NAME = "Séverine Achour-Lindgren"
CANDIDATE_ADDR = "severine.al@example.ch"
ME = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"
ME_PHONE = "+41 79 555 19 02"

SIG_ME_FR = f"Séverine Achour-Lindgren\nRue de Carouge 61, 1205 Genève\n{ME_PHONE}"
SIG_ME_DE = f"Séverine Achour-Lindgren\nGenf, Schweiz\n{ME_PHONE}"
SIG_ME_EN = f"Séverine Achour-Lindgren\nGeneva, Switzerland\n{ME_PHONE}"
SIG_ME_ES = f"Séverine Achour-Lindgren\nGinebra (Suiza)\n{ME_PHONE}"

_DAYS = {
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


def _when(stamp: str) -> _dt.datetime:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def quote(text: str) -> str:
    """The text as a mail program quotes it in a reply: '> ' before every line."""
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, stamp: str, who: str) -> str:
    """The attribution line above a quoted message ("On ... wrote:" and its siblings)."""
    when = _when(stamp)
    day = _DAYS[lang][when.weekday()]
    month = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        return f"On {day[:3]}, {when.day} {month[:3]} 2026 at {hm}, {who} wrote:"
    if lang == "de":
        return f"Am {when.day:02d}.{when.month:02d}.2026 um {hm} schrieb {who}:"
    if lang == "fr":
        return f"Le {day[:3]}. {when.day} {month} 2026 à {hm}, {who} a écrit :"
    return f"El {day[:3]}, {when.day} {month[:3]} 2026 a las {hm}, {who} escribió:"


def outlook_block(lang: str, stamp: str, frm: str, to: str, subject: str) -> str:
    """The 'From: / Sent:' block Outlook puts above the message it answers or forwards."""
    when = _when(stamp)
    day = _DAYS[lang][when.weekday()]
    month = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        rows = [("From", frm), ("Sent", f"{day}, {month} {when.day}, 2026 {hm}"),
                ("To", to), ("Subject", subject)]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if lang == "de":
        rows = [("Von", frm), ("Gesendet", f"{day}, {when.day}. {month} 2026 {hm}"),
                ("An", to), ("Betreff", subject)]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if lang == "fr":
        rows = [("De", frm), ("Envoyé", f"{day} {when.day} {month} 2026 {hm}"),
                ("À", to), ("Objet", subject)]
        return "\n".join(f"{k} : {v}" for k, v in rows)
    rows = [("De", frm), ("Enviado el", f"{day}, {when.day} de {month} de 2026 {hm}"),
            ("Para", to), ("Asunto", subject)]
    return "\n".join(f"{k}: {v}" for k, v in rows)


def forwarded(lang: str, stamp: str, frm: str, to: str, subject: str, body: str) -> str:
    """A forwarded message as Gmail-style clients write it below the new text."""
    title = {
        "en": "---------- Forwarded message ---------",
        "fr": "---------- Message transféré ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
        "es": "---------- Mensaje reenviado ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "fr": ("De", "Date", "Objet", "À"),
        "de": ("Von", "Datum", "Betreff", "An"),
        "es": ("De", "Fecha", "Asunto", "Para"),
    }[lang]
    when = _when(stamp)
    date = f"{when.day} {_MONTHS[lang][when.month - 1]} 2026 {when.strftime('%H:%M')}"
    head = "\n".join(f"{k}: {v}" for k, v in zip(labels, (frm, date, subject, to), strict=True))
    return f"{title}\n{head}\n\n{body.strip()}"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs as HTML <p> blocks (line breaks kept as <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def ats_card(brand: str, color: str, inner: str, footer: str = "") -> str:
    """An applicant-tracking system's notification card: a coloured band, a white box."""
    foot = f'<p style="font-size:11px;color:#888888">{footer}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};padding:18px 28px;color:#ffffff;'
        f'font-size:20px;font-weight:bold">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 28px;background:#ffffff;font-size:14px;color:#222222">\n'
        f"{inner}\n"
        f"</td></tr>\n<tr><td style=\"padding:12px 28px\">{foot}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def outlook_html(inner: str) -> str:
    """The Word-generated HTML Outlook sends (MsoNormal paragraphs, Office namespaces)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n"
        "</head>\n"
        '<body lang="FR-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{inner}\n"
        "</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's MsoNormal paragraphs, with the empty &nbsp; lines."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, color: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """A digest: a header band, an intro, one row per (headline, blurb, link), a footer."""
    rows = "\n".join(
        '<tr><td style="padding:10px 24px;border-bottom:1px solid #e5e5e5">'
        f'<a href="{link}" style="font-size:16px;color:{color};font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a>'
        f'<div style="font-size:13px;color:#444444">{esc(blurb)}</div></td></tr>'
        for head, blurb, link in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;font-size:22px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:14px">{esc(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#999999">{footer}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """The plain-text sibling of newsletter_html."""
    rows = "\n\n".join(f"* {head}\n  {blurb}\n  {link}" for head, blurb, link in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{rows}\n\n--\n{footer}\n"
