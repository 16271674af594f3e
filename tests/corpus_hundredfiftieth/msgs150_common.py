"""Shared pieces for corpus 150: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs150_* modules writes its own words; these helpers
only frame them (quote a chain, put paragraphs into an ATS card or an Outlook Word page).
"""

from __future__ import annotations

import html
from datetime import datetime

CANDIDATE_NAME = "Nerea Olaizola-Brandt"
CANDIDATE_ADDR = "nerea.ob@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+34 655 218 407"

# ---------------------------------------------------------------------------------------
# dates as mail programs print them in attributions

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def _person(who: tuple[str, str]) -> str:
    return f"{who[0]} <{who[1]}>" if who[0] else who[1]


# ---------------------------------------------------------------------------------------
# quoting


def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text with a quote prefix (empty lines get a bare '>')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)  # nested quotes read '>> '
        else:
            out.append(prefix + line)
    return "\n".join(out) + "\n"


def wrote(lang: str, when: str, who: tuple[str, str]) -> str:
    """The attribution line a mail client writes above a quoted message."""
    d = _dt(when)
    day = _DAYS[lang][d.weekday()]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {d.day} {_MONTHS['en'][d.month - 1][:3]} {d.year} at {hm}, {_person(who)} wrote:"
    if lang == "es":
        return f"El {day}, {d.day} {_MONTHS['es'][d.month - 1][:3]} {d.year} a las {hm}, {who[0]} (<{who[1]}>) escribió:"
    if lang == "fr":
        return f"Le {day} {d.day} {_MONTHS['fr'][d.month - 1]} {d.year} à {hm}, {_person(who)} a écrit :"
    return f"Am {d.strftime('%d.%m.%Y')} um {hm} schrieb {_person(who)}:"


def reply_quote(lang: str, when: str, who: tuple[str, str], text: str) -> str:
    """Attribution plus the quoted text, as Gmail/Thunderbird put it under a reply."""
    return wrote(lang, when, who) + "\n" + quote(text)


def outlook_block(lang: str, who: tuple[str, str], when: str, to: tuple[str, str],
                  subject: str, text: str) -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the earlier message."""
    d = _dt(when)
    long_day = _LONG_DAYS[lang][d.weekday()]
    month = _MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        head = ["________________________________", f"From: {_person(who)}",
                f"Sent: {long_day}, {month} {d.day}, {d.year} {hm}", f"To: {_person(to)}",
                f"Subject: {subject}"]
    elif lang == "es":
        head = ["-----Mensaje original-----", f"De: {_person(who)}",
                f"Enviado el: {long_day}, {d.day} de {month} de {d.year} {hm}",
                f"Para: {_person(to)}", f"Asunto: {subject}"]
    elif lang == "fr":
        head = ["________________________________", f"De : {_person(who)}",
                f"Envoyé : {long_day} {d.day} {month} {d.year} {hm}", f"À : {_person(to)}",
                f"Objet : {subject}"]
    else:
        head = ["-----Ursprüngliche Nachricht-----", f"Von: {_person(who)}",
                f"Gesendet: {long_day}, {d.day}. {month} {d.year} {hm}", f"An: {_person(to)}",
                f"Betreff: {subject}"]
    return "\n".join(head) + "\n\n" + text.rstrip("\n") + "\n"


def forwarded(lang: str, who: tuple[str, str], when: str, to: tuple[str, str],
              subject: str, text: str) -> str:
    """A forwarded message inline, introduced the way Gmail does it in each language."""
    d = _dt(when)
    intro = {
        "en": "---------- Forwarded message ---------",
        "es": "---------- Mensaje reenviado ---------",
        "fr": "---------- Message transféré ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "es": ("De", "Fecha", "Asunto", "Para"),
        "fr": ("De", "Date", "Objet", "À"),
        "de": ("Von", "Date", "Betreff", "To"),
    }[lang]
    stamp = f"{_DAYS[lang][d.weekday()]}, {d.day} {_MONTHS[lang][d.month - 1]} {d.year}, {d.strftime('%H:%M')}"
    lines = [intro, f"{labels[0]}: {_person(who)}", f"{labels[1]}: {stamp}",
             f"{labels[2]}: {subject}", f"{labels[3]}: {_person(to)}", ""]
    return "\n".join(lines) + "\n" + text.rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------
# HTML shells (layout only)


def paras(text: str) -> str:
    """Plain text paragraphs as HTML <p> elements (line breaks kept, URLs linked)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = []
        for line in block.split("\n"):
            esc = html.escape(line, quote=False)
            words = []
            for word in esc.split(" "):
                if word.startswith(("https://", "http://")):
                    words.append(f'<a href="{word}">{word}</a>')
                else:
                    words.append(word)
            lines.append(" ".join(words))
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, accent: str, inner: str, footer: str = "") -> str:
    """A centred card as ATS systems send: a coloured brand bar, the content, a small footer."""
    foot = f'<tr><td style="padding:12px 24px;font-size:11px;color:#888">{html.escape(footer)}</td></tr>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(brand)}</title>\n</head>\n"
        '<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold">'
        f"{html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5;color:#222">\n{inner}\n</td></tr>\n'
        f"{foot}\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def outlook_html(inner: str, lang: str = "es") -> str:
    """The Word-generated HTML Outlook wraps around a message body."""
    code = {"es": "ES", "en": "EN-GB", "fr": "FR", "de": "DE-AT"}[lang]
    body = inner.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{code}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def simple_html(inner: str, lang: str = "es") -> str:
    """A bare HTML page as webmail clients send it."""
    return (
        f'<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        f'<body><div dir="ltr" style="font-family:Verdana,sans-serif;font-size:13px">\n{inner}\n</div></body>\n</html>\n'
    )


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               unsubscribe: str, lang: str = "es") -> str:
    """A newsletter/digest page: title, intro, a list of linked items, a footer with opt-out."""
    rows = []
    for heading, blurb, url in items:
        rows.append(
            '<tr><td style="padding:10px 0;border-bottom:1px solid #e3e3e3">'
            f'<a href="{url}" style="font-size:16px;color:#1a5fb4;text-decoration:none">{html.escape(heading)}</a>'
            f'<div style="font-size:13px;color:#444">{html.escape(blurb)}</div></td></tr>'
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n'
        '<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;padding:16px">\n'
        f'<tr><td><h1 style="font-size:22px">{html.escape(title)}</h1><p>{html.escape(intro)}</p></td></tr>\n'
        + "\n".join(rows)
        + f'\n<tr><td style="font-size:11px;color:#777;padding-top:16px">{html.escape(footer)}<br>'
        f'<a href="{unsubscribe}">{"Darse de baja" if lang == "es" else "Unsubscribe" if lang == "en" else "Se désabonner" if lang == "fr" else "Abmelden"}</a></td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                unsubscribe: str) -> str:
    """The text/plain twin of newsletter()."""
    lines = [title, "=" * len(title), "", intro, ""]
    for heading, blurb, url in items:
        lines += [f"* {heading}", f"  {blurb}", f"  {url}", ""]
    lines += ["--", footer, unsubscribe]
    return "\n".join(lines) + "\n"


def list_headers(list_id: str, unsubscribe_url: str, unsubscribe_mail: str) -> list[tuple[str, str]]:
    """The mailing-list headers a bulk sender adds."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsubscribe_url}>, <mailto:{unsubscribe_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
