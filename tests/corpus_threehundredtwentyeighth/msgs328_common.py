"""Layout helpers shared by the message modules of corpus 328: the candidate, the spec shape,
HTML shells and localized quote attributions. No message text lives here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

ME_NAME = "Gaëtan Le Bihan-Moreau"
ME_ADDR = "gaetan.lebihan@example.fr"
ME = (ME_NAME, ME_ADDR)

Spec = dict[str, Any]


def m(sid: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str, text: str,
      **extra: Any) -> Spec:
    """One message spec. `extra` may hold: company, contact, reply_to, to, cc, fmt
    (plain/html/alt), charset, cte, subj_enc, name_enc, parent, quote, attach, ics, fwd,
    headers, brand."""
    spec: Spec = {"id": sid, "kind": kind, "lang": lang, "date": date, "frm": frm,
                  "subject": subject, "text": text, "company": "", "contact": ""}
    spec.update(extra)
    return spec


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def attribution(style: str, when: datetime, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message."""
    lang = style.split("_")[0]
    day = _DAYS.get(lang, _DAYS["en"])[when.weekday()]
    month = _MONTHS.get(lang, _MONTHS["en"])[when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "fr":
        return f"Le {day} {when.day} {month} {when.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {day}, {when.day} {month} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {day}, {when.day} {month} {when.year} at {hm}, {name} <{addr}> wrote:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, when: datetime, frm: tuple[str, str], to: str, subject: str) -> str:
    """An Outlook-style header block above a forwarded or quoted message."""
    f, s, t, subj = _OUTLOOK[lang]
    sep = " : " if lang == "fr" else ": "
    stamp = when.strftime("%d/%m/%Y %H:%M") if lang != "en" else when.strftime(
        "%A, %B %d, %Y %I:%M %p")
    return "\n".join([
        "________________________________",
        f"{f}{sep}{frm[0]} <{frm[1]}>",
        f"{s}{sep}{stamp}",
        f"{t}{sep}{to}",
        f"{subj}{sep}{subject}",
    ])


def html_shell(new: str, quoted: str, brand: str, charset: str = "utf-8") -> str:
    """A plain branded HTML page around text paragraphs, quoted text in a blockquote."""
    def paras(text: str) -> str:
        out = []
        for block in text.strip("\n").split("\n\n"):
            lines = [_esc(line) for line in block.split("\n")]
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
        return "\n".join(out)

    head = (f'<div style="background:#1f3b57;color:#fff;padding:12px;font-weight:bold">'
            f"{_esc(brand)}</div>\n") if brand else ""
    quote = (f'<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">\n'
             f"{paras(quoted)}\n</blockquote>\n") if quoted else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{head}<div>\n{paras(new)}\n</div>\n{quote}</body></html>\n")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
