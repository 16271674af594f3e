"""Shared pieces for corpus 251: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs251_* modules writes its own words.
"""

from __future__ import annotations

import html as _html
import re

CANDIDATE_NAME = "Philippa Okafor-Grünwald"
CANDIDATE_ADDR = "philippa.og@example.co.uk"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature, used in her sent mail and in quoted chains.
CAND_SIG_EN = (
    "Philippa Okafor-Grünwald\n"
    "Museum guide & aspiring events coordinator, York\n"
    "07700 900 318"
)
CAND_SIG_SHORT = "Philippa"


# --- quoting ---------------------------------------------------------------

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (depth times), as a mail client does."""
    prefix = "> " * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
_ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
_EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct."]
_ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct"]


def _dow(year: int, month: int, day: int) -> int:
    import datetime
    return datetime.date(year, month, day).weekday()


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """A Gmail/Apple style 'On ... wrote:' line. when = 'YYYY-MM-DD HH:MM'."""
    date, time = when.split(" ")
    y, m, d = (int(p) for p in date.split("-"))
    wd = _dow(y, m, d)
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y} um {time} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {_FR_DAYS[wd]} {d} {_FR_MON[m - 1]} {y} à {time}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {_ES_DAYS[wd]}, {d} {_ES_MON[m - 1]} {y} a las {time}, {name} (<{addr}>) escribió:"
    return f"On {_EN_DAYS[wd]}, {d} {_EN_MON[m - 1]} {y} at {time}, {name} <{addr}> wrote:"


def reply_chain(lang: str, when: str, name: str, addr: str, quoted: str) -> str:
    """Attribution line plus the quoted text."""
    return attribution(lang, when, name, addr) + "\n" + quote(quoted)


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook 'From: / Sent:' block followed by the earlier message, unquoted."""
    f, s, t, sub = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{sub}: {subject}\n\n{body.strip()}"
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    head, f, d, s, t = _FWD[lang]
    return f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{body.strip()}"


# --- HTML shells -----------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Blank-line separated paragraphs -> <p> elements (single newlines -> <br>)."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def plain_html(body_html: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n</body></html>'
    )


def ats_card(brand: str, colour: str, body_html: str, footer_html: str = "",
             lang: str = "en") -> str:
    """A centred card like the ones applicant-tracking systems send."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" style="background:#ffffff;'
        'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:18px 24px;'
        f'font-size:18px"><strong>{esc(brand)}</strong></td></tr>\n'
        f'<tr><td style="padding:24px">\n{body_html}\n</td></tr>\n'
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#6b7280">{footer_html}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>"
    )


def outlook_word(body_html: str, lang: str = "en-GB") -> str:
    """The Word-generated HTML Outlook sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body></html>'
    )


def mso(text: str) -> str:
    """Paragraphs as Outlook's MsoNormal paragraphs."""
    out = []
    for block in text.strip().split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter(brand: str, colour: str, items_html: str, footer_html: str,
               lang: str = "en") -> str:
    """A digest/newsletter shell with a header bar and a list of items."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;font-family:Georgia,serif;background:#fafaf9">\n'
        f'<div style="background:{colour};color:#fff;padding:16px 20px;font-size:20px">'
        f"{esc(brand)}</div>\n"
        f'<div style="padding:16px 20px;max-width:640px">\n{items_html}\n</div>\n'
        f'<div style="padding:16px 20px;font-size:11px;color:#57534e">{footer_html}</div>\n'
        "</body></html>"
    )


def item(title: str, url: str, blurb: str) -> str:
    """One linked item in a digest."""
    return (
        f'<h3 style="margin:18px 0 4px"><a href="{url}">{esc(title)}</a></h3>\n'
        f'<p style="margin:0 0 8px">{esc(blurb)}</p>'
    )


_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """A rough plain-text rendering of one of the shells above (for text/plain siblings)."""
    body = markup.split("<body", 1)[-1]
    body = body.split(">", 1)[-1] if "<body" in markup else body
    body = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", "", body)
    body = re.sub(r'(?i)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", body)
    body = re.sub(r"(?i)<br\s*/?>", "\n", body)
    body = re.sub(r"(?i)</(p|h\d|div|tr|li)>", "\n\n", body)
    body = _TAG.sub("", body)
    body = _html.unescape(body).replace("\u00a0", " ")
    lines = [ln.strip() for ln in body.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
