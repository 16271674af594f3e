"""Shared pieces of corpus 204: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs204_* modules writes its own words; the helpers here
quote, attribute and wrap them.
"""

from __future__ import annotations

import datetime as dt
import html
import re

CAND = ("Rodrigo Abernethy-Quispe", "rodrigo.aq@example.mx")
CAND_NAME, CAND_ADDR = CAND

_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d) ([+-])(\d\d)(\d\d)")


def when(stamp: str) -> dt.datetime:
    """'2026-02-03 09:12 -0600' as an aware datetime."""
    m = _DATE.fullmatch(stamp)
    if not m:
        raise ValueError(stamp)
    y, mo, d, h, mi, sign, oh, om = m.groups()
    offset = dt.timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
    return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), tzinfo=dt.timezone(offset))


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
}


def _who(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else f"<{addr}>"


def attribution(lang: str, stamp: str, name: str, addr: str) -> str:
    """The 'On ... wrote:' line a mail program puts above a quote, in the reply's language."""
    t = when(stamp)
    wd, mo = t.weekday(), t.month - 1
    if lang == "en":
        hour = t.strftime("%I:%M %p").lstrip("0")
        return f"On {_DAYS['en'][wd]}, {_MONTHS['en'][mo]} {t.day}, {t.year} at {hour} " \
               f"{_who(name, addr)} wrote:"
    if lang == "es":
        return f"El {_DAYS['es'][wd]}, {t.day} {_MONTHS['es'][mo]} {t.year} a las " \
               f"{t:%H:%M}, {_who(name, addr)} escribió:"
    if lang == "de":
        return f"Am {_DAYS['de'][wd]}, {t.day}. {_MONTHS['de'][mo]} {t.year} um {t:%H:%M} " \
               f"schrieb {_who(name, addr)}:"
    if lang == "fr":
        return f"Le {_DAYS['fr'][wd]} {t.day} {_MONTHS['fr'][mo]} {t.year} à {t:%H:%M}, " \
               f"{_who(name, addr)} a écrit :"
    raise ValueError(lang)


def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text behind a quote marker ('>' alone on empty lines)."""
    return "\n".join(prefix + line if line else prefix.rstrip() for line in
                     text.rstrip("\n").split("\n"))


def reply(lang: str, new: str, stamp: str, name: str, addr: str, old: str) -> str:
    """A bottom-quoted reply: new text, attribution, quoted old text."""
    return f"{new.rstrip()}\n\n{attribution(lang, stamp, name, addr)}\n{quote(old)}\n"


def outlook_block(lang: str, frm: str, stamp: str, to: str, subject: str, cc: str = "") -> str:
    """The header block Outlook writes above an unquoted older message."""
    t = when(stamp)
    wd, mo = t.weekday(), t.month - 1
    if lang == "en":
        hour = t.strftime("%I:%M %p").lstrip("0")
        sent = f"{_LONG_DAYS['en'][wd]}, {_LONG_MONTHS['en'][mo]} {t.day}, {t.year} {hour}"
        rows = [("From", frm), ("Sent", sent), ("To", to), ("Cc", cc), ("Subject", subject)]
        sep = ": "
    elif lang == "es":
        sent = f"{_LONG_DAYS['es'][wd]}, {t.day} de {_LONG_MONTHS['es'][mo]} de {t.year} " \
               f"{t:%H:%M}"
        rows = [("De", frm), ("Enviado el", sent), ("Para", to), ("CC", cc), ("Asunto", subject)]
        sep = ": "
    elif lang == "de":
        sent = f"{_LONG_DAYS['de'][wd]}, {t.day}. {_LONG_MONTHS['de'][mo]} {t.year} {t:%H:%M}"
        rows = [("Von", frm), ("Gesendet", sent), ("An", to), ("Cc", cc), ("Betreff", subject)]
        sep = ": "
    elif lang == "fr":
        sent = f"{_LONG_DAYS['fr'][wd]} {t.day} {_LONG_MONTHS['fr'][mo]} {t.year} {t:%H:%M}"
        rows = [("De", frm), ("Envoyé", sent), ("À", to), ("Cc", cc), ("Objet", subject)]
        sep = " : "
    else:
        raise ValueError(lang)
    return "\n".join(f"{k}{sep}{v}" for k, v in rows if v)


def outlook_reply(lang: str, new: str, frm: str, stamp: str, to: str, subject: str,
                  old: str, cc: str = "") -> str:
    """A top-posted Outlook reply: new text, a rule, the header block and the old text."""
    return f"{new.rstrip()}\n\n{'_' * 32}\n{outlook_block(lang, frm, stamp, to, subject, cc)}" \
           f"\n\n{old.rstrip()}\n"


def forward_block(lang: str, frm: str, stamp: str, to: str, subject: str) -> str:
    """The '---------- Forwarded message ---------' header of a webmail forward."""
    title = {"en": "Forwarded message", "es": "Mensaje reenviado",
             "de": "Weitergeleitete Nachricht", "fr": "Message transféré"}[lang]
    keys = {"en": ("From", "Date", "Subject", "To"), "es": ("De", "Date", "Subject", "To"),
            "de": ("Von", "Date", "Subject", "To"), "fr": ("De", "Date", "Subject", "To")}[lang]
    t = when(stamp)
    date = t.strftime("%a, %d %b %Y %H:%M")
    return f"---------- {title} ---------\n{keys[0]}: {frm}\n{keys[1]}: {date}\n" \
           f"{keys[2]}: {subject}\n{keys[3]}: {to}\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def html_doc(body: str, lang: str, title: str = "") -> str:
    head = f"<title>{esc(title)}</title>\n" if title else ""
    return f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n{head}" \
           f"</head>\n<body>\n{body}\n</body>\n</html>\n"


def simple_html(text: str, lang: str) -> str:
    """The HTML twin of a plain-text body, as webmail writes it."""
    return html_doc(f"<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
                    f"{paras(text)}\n</div>", lang)


def ats_card(lang: str, brand: str, color: str, text: str, footer: str = "",
             button: tuple[str, str] | None = None, logo_alt: str = "") -> str:
    """An applicant-tracking-system card: brand bar, body paragraphs, optional button, footer."""
    btn = ""
    if button:
        label, href = button
        btn = (f"<tr><td style=\"padding:8px 32px 24px\"><a href=\"{esc(href)}\" "
               f"style=\"background:{color};color:#ffffff;padding:12px 22px;"
               f"border-radius:4px;text-decoration:none\">{esc(label)}</a></td></tr>\n")
    foot = (f"<tr><td style=\"padding:16px 32px;color:#8a8f98;font-size:11px\">"
            f"{paras(footer)}</td></tr>\n") if footer else ""
    body = (f"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
            f"style=\"background:#f3f4f6\">\n<tr><td align=\"center\">\n"
            f"<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
            f"style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif\">\n"
            f"<tr><td style=\"background:{color};padding:18px 32px;color:#ffffff;"
            f"font-size:18px\">{esc(logo_alt or brand)}</td></tr>\n"
            f"<tr><td style=\"padding:24px 32px;font-size:15px;line-height:22px;color:#222\">\n"
            f"{paras(text)}\n</td></tr>\n{btn}{foot}</table>\n</td></tr>\n</table>")
    return html_doc(body, lang, brand)


def outlook_html(text: str, lang: str, signature: str = "", disclaimer: str = "") -> str:
    """A Word-generated Outlook HTML body (MsoNormal paragraphs, WordSection1)."""
    def mso(block: str, style: str = "") -> str:
        lines = "<br>\n".join(esc(line) for line in block.split("\n"))
        st = f" style=\"{style}\"" if style else ""
        return f"<p class=\"MsoNormal\"{st}><span lang=\"{lang.upper()}\">{lines}</span></p>\n" \
               f"<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    parts = [mso(b) for b in blocks]
    if signature:
        parts.append(mso(signature, "color:#1F3864;font-size:10.0pt"))
    if disclaimer:
        parts.append(mso(disclaimer, "color:gray;font-size:7.5pt"))
    body = "\n".join(parts)
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f"<body lang=\"{lang.upper()}\" link=\"#0563C1\" vlink=\"#954F72\" "
        "style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n"
        f"{body}\n</div>\n</body>\n</html>\n")


def digest_html(lang: str, brand: str, intro: str, items: list[tuple[str, str, str]],
                footer: str) -> str:
    """A newsletter / job-alert digest: intro, a list of (title, link, blurb), footer."""
    rows = "\n".join(
        f"<tr><td style=\"padding:12px 24px;border-bottom:1px solid #eee\">"
        f"<a href=\"{esc(href)}\" style=\"font-size:16px;color:#0b5cad\">{esc(title)}</a>"
        f"<br><span style=\"color:#555;font-size:13px\">{esc(blurb)}</span></td></tr>"
        for title, href, blurb in items)
    body = (f"<table width=\"640\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
            f"style=\"font-family:Verdana,sans-serif\">\n"
            f"<tr><td style=\"padding:20px 24px;font-size:22px;font-weight:bold\">{esc(brand)}"
            f"</td></tr>\n<tr><td style=\"padding:0 24px 12px\">{paras(intro)}</td></tr>\n"
            f"{rows}\n<tr><td style=\"padding:20px 24px;font-size:11px;color:#888\">"
            f"{paras(footer)}</td></tr>\n</table>")
    return html_doc(body, lang, brand)


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    rows = "\n\n".join(f"* {title}\n  {blurb}\n  {href}" for title, href, blurb in items)
    return f"{intro.strip()}\n\n{rows}\n\n--\n{footer.strip()}\n"
