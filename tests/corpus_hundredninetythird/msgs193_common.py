"""Shared pieces of corpus 193: the candidate, dates, quoting helpers and HTML shells.

Layout only: every message in the msgs193_* modules writes its own words; the shells here
wrap those words in the HTML a mail program or an ATS would use.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta, timezone

CANDIDATE_NAME = "Leocadia Fenwick-Obuya"
CANDIDATE_ADDR = "leocadia.fo@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def M(**spec: object) -> dict[str, object]:
    """One message spec (a plain dict); see make_hundredninetythird.py for the keys."""
    return dict(spec)


# --------------------------------------------------------------------------- dates

# 2026 daylight-saving windows, in UTC.
_EU_DST = (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC))
_US_DST = (datetime(2026, 3, 8, 7, tzinfo=UTC), datetime(2026, 11, 1, 6, tzinfo=UTC))
_ZONES = {
    # name: (standard offset hours, dst window or None)
    "ES": (1, _EU_DST),   # Granada, Málaga, Madrid, Barcelona, Palma, Nice, Innsbruck
    "FR": (1, _EU_DST),
    "AT": (1, _EU_DST),
    "PT": (0, _EU_DST),   # Lisbon
    "UK": (0, _EU_DST),   # Edinburgh
    "NY": (-5, _US_DST),
    "UTC": (0, None),
}


def local_dt(stamp: str, zone: str) -> datetime:
    """'2026-03-04 10:12' in a zone -> an aware datetime with that zone's offset that day."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    std, window = _ZONES[zone]
    offset = std
    if window is not None:
        as_utc = (naive - timedelta(hours=std)).replace(tzinfo=UTC)
        if window[0] <= as_utc < window[1]:
            offset = std + 1
    return naive.replace(tzinfo=timezone(timedelta(hours=offset)))


_WEEKDAYS = {
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


def wrote_line(lang: str, when: datetime, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    wd = _WEEKDAYS[lang][when.weekday()]
    mo = _MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        return f"On {wd}, {when.day} {mo} 2026 at {hm}, {name} <{addr}> wrote:"
    if lang == "es":
        return f"El {wd}, {when.day} {mo} 2026 a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {wd} {when.day} {mo} 2026 à {hm}, {name} <{addr}> a écrit :"
    return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
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


def outlook_block(lang: str, when: datetime, sender: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above a quoted message."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    day = _LONG_DAYS[lang][when.weekday()]
    month = _LONG_MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        sent = f"{day}, {when.day} {month} 2026 {hm}"
    elif lang == "de":
        sent = f"{day}, {when.day}. {month} 2026 {hm}"
    else:
        sent = f"{day}, {when.day} de {month} de 2026 {hm}" if lang == "es" else \
            f"{day} {when.day} {month} 2026 {hm}"
    return f"{f}: {sender}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}"


def forward_block(lang: str, when: datetime, sender: str, to: str, subject: str) -> str:
    """The header of an inline forwarded message."""
    title = {
        "en": "---------- Forwarded message ---------",
        "es": "---------- Mensaje reenviado ---------",
        "fr": "---------- Message transféré ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "es": ("De", "Fecha", "Asunto", "Para"),
        "fr": ("De", "Date", "Objet", "À"),
        "de": ("Von", "Datum", "Betreff", "An"),
    }[lang]
    day = _LONG_DAYS[lang][when.weekday()]
    month = _LONG_MONTHS[lang][when.month - 1]
    stamp = f"{day}, {when.day} {month} 2026, {when.strftime('%H:%M')}"
    return (f"{title}\n{labels[0]}: {sender}\n{labels[1]}: {stamp}\n"
            f"{labels[2]}: {subject}\n{labels[3]}: {to}")


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' (or '>' for an already quoted or empty line)."""
    out = []
    for line in text.splitlines():
        out.append(">" + line if line.startswith(">") or not line else "> " + line)
    return "\n".join(out)


# --------------------------------------------------------------------------- HTML shells

def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', escaped)


def text_to_html(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Paragraphs (blank-line separated) to HTML; runs of '>' lines become blockquotes."""
    blocks: list[str] = []
    lines = text.strip().splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            j = i
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            inner = "\n".join(line[2:] if line.startswith("> ") else line[1:]
                              for line in lines[i:j])
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          'padding-left:1ex">\n' + text_to_html(inner, p_open, p_close)
                          + "\n</blockquote>")
            i = j
            continue
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip() and not lines[j].startswith(">"):
            j += 1
        blocks.append(p_open + "<br>\n".join(_inline(line) for line in lines[i:j]) + p_close)
        i = j
    return "\n".join(blocks)


def html_page(body: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def plain_html(text: str, lang: str = "es") -> str:
    """A mail program's simple HTML alternative of a plain text."""
    body = ('<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            + text_to_html(text) + "\n</div>")
    return html_page(body, lang)


def ats_card(text: str, brand: str, color: str = "#1f3a5f", button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "es") -> str:
    """An ATS notification: coloured brand bar, a white card with the text, an optional button."""
    parts = [
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6">',
        '<tr><td align="center" style="padding:24px 8px">',
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">',
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{html.escape(brand)}</td></tr>',
        '<tr><td style="padding:24px 28px;font:15px/1.5 Helvetica,Arial,sans-serif;'
        'color:#222">',
        text_to_html(text),
    ]
    if button:
        label, url = button
        parts.append(f'<p style="margin:24px 0"><a href="{html.escape(url)}" '
                     f'style="background:{color};color:#fff;padding:12px 22px;'
                     f'border-radius:4px;text-decoration:none">{html.escape(label)}</a></p>')
    parts.append("</td></tr>")
    if footer:
        parts.append('<tr><td style="padding:14px 28px;font:11px Helvetica,Arial,sans-serif;'
                     f'color:#888">{_inline(footer)}</td></tr>')
    parts += ["</table>", "</td></tr>", "</table>"]
    return html_page("\n".join(parts), lang)


def outlook_html(text: str, lang: str = "es") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs inside WordSection1."""
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
    )
    body = text_to_html(text, '<p class="MsoNormal">', "<o:p></o:p></p>\n"
                        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (head + f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0f766e", lang: str = "es") -> str:
    """A newsletter or job-alert digest: a title, an intro and one block per item."""
    rows = [
        f'<h1 style="font:bold 22px Georgia,serif;color:{color}">{html.escape(title)}</h1>',
        text_to_html(intro),
    ]
    for head, url, blurb in items:
        rows.append(
            '<div style="border-bottom:1px solid #e5e7eb;padding:12px 0">'
            f'<a href="{html.escape(url)}" style="font:bold 16px Arial,sans-serif;color:{color}">'
            f"{html.escape(head)}</a>"
            f'<div style="font:14px Arial,sans-serif;color:#333">{_inline(blurb)}</div></div>')
    rows.append(f'<div style="font:11px Arial,sans-serif;color:#777;padding-top:16px">'
                f"{text_to_html(footer)}</div>")
    return html_page("\n".join(rows), lang)


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain alternative of digest_html, with the same words."""
    out = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        out += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    out.append(footer)
    return "\n".join(out)


def html_to_text(markup: str) -> str:
    """A rough text of an HTML body (used to quote an HTML-only message)."""
    markup = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    markup = re.sub(r"(?i)</(p|div|tr|h1|h2|blockquote)>", "\n\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    text = html.unescape(markup).replace("\u00a0", " ")
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
