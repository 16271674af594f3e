"""Shared pieces for corpus 267: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs267_*.py modules writes its own words.
"""

from __future__ import annotations

import datetime as _dt
import html as _html

CAND_NAME = "Saoirse Nakamura-Boyle"
CAND_ADDR = "saoirse.nb@example.ie"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+353 87 412 6630"

SPEC_KEYS = {
    "kind", "name", "company", "contact", "lang",
    "key", "parent", "date",
    "frm", "frm_enc", "to", "cc", "reply_to", "reply_enc",
    "subject", "subj_enc",
    "text", "text_cs", "text_cte",
    "html", "html_cs", "html_cte",
    "ics", "ics_where", "ics_cte",
    "pdf", "headers", "fwd_eml",
}


def M(**spec: object) -> dict:
    """One hand-written message spec; only checks that the keys are known."""
    unknown = set(spec) - SPEC_KEYS
    if unknown:
        raise KeyError(f"unknown spec keys {sorted(unknown)} in {spec.get('name')}")
    for need in ("kind", "name", "lang", "date", "frm", "subject"):
        if need not in spec:
            raise KeyError(f"{spec.get('name')}: missing {need}")
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return dict(spec)


# ---------------------------------------------------------------- dates in quote headers

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_DAYS_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_MONTHS_LONG = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _when(stamp: str) -> _dt.datetime:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def day_name(stamp: str, lang: str = "en") -> str:
    """'2026-02-17' or '2026-02-17 10:00' -> 'Tuesday' / 'Dienstag' / 'mardi' / 'martes'."""
    when = _when(stamp if " " in stamp else stamp + " 00:00")
    return _DAYS_LONG[lang][when.weekday()]


def long_date(stamp: str, lang: str = "en") -> str:
    """'2026-02-17' -> 'Tuesday 17 February' (in lang), for running text."""
    when = _when(stamp if " " in stamp else stamp + " 00:00")
    day, month = _DAYS_LONG[lang][when.weekday()], _MONTHS_LONG[lang][when.month - 1]
    if lang == "de":
        return f"{day}, {when.day}. {month}"
    if lang == "es":
        return f"{day} {when.day} de {month}"
    return f"{day} {when.day} {month}"


def quote_date(stamp: str, lang: str) -> str:
    when = _when(stamp)
    day, mon = _DAYS[lang][when.weekday()], _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "de":
        return f"{day}, {when.day}. {mon} {when.year} um {hm}"
    if lang == "fr":
        return f"{day} {when.day} {mon} {when.year} à {hm}"
    if lang == "es":
        return f"{day}, {when.day} {mon} {when.year} a las {hm}"
    return f"{day}, {when.day} {mon} {when.year} at {hm}"


# ---------------------------------------------------------------- quoting

def quote(text: str) -> str:
    """Prefix every line with '> ' (an empty line becomes '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def on_wrote(stamp: str, who: str, text: str, lang: str = "en") -> str:
    """A mail-client reply header line followed by the quoted text."""
    when = quote_date(stamp, lang)
    head = {
        "en": f"On {when}, {who} wrote:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
    }[lang]
    return head + "\n" + quote(text) + "\n"


def outlook_block(frm: str, stamp: str, to: str, subject: str, text: str,
                  lang: str = "en") -> str:
    """An Outlook 'From: / Sent:' block as Outlook puts it under a reply (not '>'-quoted)."""
    when = _when(stamp)
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado", "Para", "Asunto"),
    }[lang]
    day = _DAYS_LONG[lang][when.weekday()]
    month = _MONTHS_LONG[lang][when.month - 1]
    if lang == "en":
        sent = f"{day}, {when.day} {month} {when.year} {when.strftime('%H:%M')}"
    elif lang == "de":
        sent = f"{day}, {when.day}. {month} {when.year} {when.strftime('%H:%M')}"
    elif lang == "fr":
        sent = f"{day} {when.day} {month} {when.year} {when.strftime('%H:%M')}"
    else:
        sent = f"{day}, {when.day} de {month} de {when.year} {when.strftime('%H:%M')}"
    sep = " : " if lang == "fr" else ": "
    return (
        "________________________________\n"
        f"{labels[0]}{sep}{frm}\n{labels[1]}{sep}{sent}\n{labels[2]}{sep}{to}\n"
        f"{labels[3]}{sep}{subject}\n\n{text.strip()}\n"
    )


def forwarded(frm: str, stamp: str, to: str, subject: str, text: str,
              lang: str = "en") -> str:
    """A Gmail-style forwarded block."""
    when = quote_date(stamp, lang)
    title = {
        "en": ("Forwarded message", "From", "Date", "Subject", "To"),
        "de": ("Weitergeleitete Nachricht", "Von", "Date", "Subject", "To"),
        "fr": ("Message transféré", "De", "Date", "Subject", "To"),
        "es": ("Mensaje reenviado", "De", "Date", "Subject", "To"),
    }[lang]
    return (
        f"---------- {title[0]} ---------\n"
        f"{title[1]}: {frm}\n{title[2]}: {when}\n{title[3]}: {subject}\n{title[4]}: {to}\n\n"
        f"{text.strip()}\n"
    )


def cand_sig(lang: str = "en") -> str:
    closing = {"en": "Kind regards,", "de": "Mit freundlichen Grüßen", "fr": "Bien cordialement,",
               "es": "Un saludo,"}[lang]
    return f"{closing}\n{CAND_NAME}\n{CAND_PHONE}\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) to <p> blocks; single newlines to <br>."""
    blocks = [b.strip("\n") for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def plain_html(body_html: str, charset: str = "utf-8", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
        f"{body_html}\n</body>\n</html>\n"
    )


def ats_card(brand: str, body_html: str, *, button: tuple[str, str] | None = None,
             footer: str = "", color: str = "#1f6f8b", charset: str = "utf-8",
             lang: str = "en") -> str:
    """The card layout most applicant-tracking systems send."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<tr><td align="center" style="padding:8px 32px 24px">'
            f'<a href="{esc(url)}" style="background:{color};color:#ffffff;padding:12px 22px;'
            f'border-radius:4px;text-decoration:none;font-weight:bold">{esc(label)}</a>'
            "</td></tr>\n"
        )
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#8a8f98">{footer}</td></tr>\n'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;padding:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;'
        'font-size:15px;color:#222">\n'
        f'<tr><td style="padding:20px 32px;border-bottom:3px solid {color};font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px 32px;line-height:1.5">\n{body_html}\n</td></tr>\n'
        f"{btn}{foot}"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(body_html: str, charset: str = "windows-1252", lang: str = "EN-IE") -> str:
    """The Word-generated HTML Outlook sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n"
        ".MsoChpDefault\n\t{mso-style-type:export-only;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain lines to Outlook MsoNormal paragraphs (an empty line becomes a spacer)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def mso_quote_block(header_lines: list[str], body: str) -> str:
    """An Outlook reply separator with a From/Sent block, as HTML."""
    head = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in
                         (line.split(" ", 1) for line in header_lines))
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{mso(body)}'
    )


def newsletter(brand: str, intro_html: str, items: list[tuple[str, str, str]], *,
               footer_html: str, color: str = "#0b5d3b", charset: str = "utf-8",
               lang: str = "en") -> str:
    """A digest: an intro and a list of (title, snippet, url) items, with a footer."""
    rows = "\n".join(
        '<tr><td style="padding:12px 28px;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="color:{color};font-weight:bold;font-size:16px">'
        f"{esc(title)}</a><br>\n"
        f'<span style="color:#555">{esc(snippet)}</span></td></tr>'
        for title, snippet, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "</head>\n<body style=\"margin:0;background:#fafafa\">\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="font-family:Georgia,serif;max-width:640px;margin:auto;background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 28px;font-size:20px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:18px 28px">{intro_html}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:18px 28px;font-size:11px;color:#888">{footer_html}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def list_headers(list_id: str, unsub_url: str, unsub_mail: str | None = None,
                 precedence: str = "bulk") -> list[tuple[str, str]]:
    """Mailing-list headers (RFC 2369 / 2919 / 8058)."""
    unsub = f"<{unsub_url}>" + (f", <mailto:{unsub_mail}>" if unsub_mail else "")
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsub),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", precedence),
    ]


AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
AUTO_GEN = [("Auto-Submitted", "auto-generated")]
