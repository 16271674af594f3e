"""Shared helpers for the 327th corpus specs: the candidate, the spec shape, quoting, HTML shells.

Layout only: no message text lives here apart from the attribution-line patterns.
"""

from __future__ import annotations

import html
from typing import Any

CAND_NAME = "Priyanka Raghunathan"
CAND_ADDR = "priyanka.r@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)

Spec = dict[str, Any]


def M(ident: str, kind: str, lang: str, date: str, frm: tuple[str | None, str], subject: str,
      body: str, **extra: Any) -> Spec:
    """One hand-written message spec. `body` is the new text; extra keys shape the MIME."""
    spec: Spec = {
        "id": ident, "kind": kind, "lang": lang, "date": date, "from": frm,
        "subject": subject, "body": body.strip("\n") + "\n",
        "company": "", "contact": "", "to": [CAND], "form": "plain",
        "charset": "utf-8", "cte": None,
    }
    spec.update(extra)
    return spec


def own(ident: str, date: str, to: tuple[str | None, str], subject: str, body: str,
        lang: str = "en", **extra: Any) -> Spec:
    """A message the candidate sent herself (always `other`, no contact, no company)."""
    return M(ident, "other", lang, date, CAND, subject, body, to=[to], **extra)


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]


def attribution(style: str, when: Any, name: str | None, addr: str) -> str:
    """A localized 'On ... wrote:' line for a quoted earlier message."""
    who = f"{name} <{addr}>" if name else addr
    d, m, wd = when.day, when.month - 1, when.weekday()
    hm = when.strftime("%H:%M")
    if style == "de":
        return f"Am {d:02d}.{m + 1:02d}.{when.year} um {hm} schrieb {who}:"
    if style == "fr":
        return f"Le {_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m]} {when.year} à {hm}, {who} a écrit :"
    if style == "es":
        return (f"El {_DAYS['es'][wd]}, {d} {_MONTHS['es'][m]} {when.year} a las "
                f"{when.hour}:{when.minute:02d}, {name or addr} (<{addr}>) escribió:")
    return f"On {_DAYS['en'][wd]}, {d} {_MONTHS['en'][m]} {when.year} at {hm}, {who} wrote:"


def outlook_block(when: Any, name: str | None, addr: str, to: str, subject: str) -> str:
    """An Outlook 'From:/Sent:' header block above an unquoted earlier message."""
    sent = (f"{_LONG_DAYS[when.weekday()]}, {when.day} {_LONG_MONTHS[when.month - 1]} "
            f"{when.year} {when.strftime('%H:%M')}")
    who = f"{name} <{addr}>" if name else addr
    return ("________________________________\n"
            f"From: {who}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n")


def html_shell(text: str, brand: str = "", colour: str = "#1f3a5f") -> str:
    """Wrap plain text in a simple HTML e-mail layout; '>' lines become a blockquote."""
    blocks: list[str] = []
    para: list[str] = []
    quote: list[str] = []

    def flush() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()
        if quote:
            blocks.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                          + "<br>\n".join(html.escape(x) for x in quote) + "</blockquote>")
            quote.clear()

    for line in text.splitlines():
        if line.startswith(">"):
            if para:
                flush()
            quote.append(line.lstrip("> "))
        elif not line.strip():
            flush()
        else:
            if quote:
                flush()
            para.append(line)
    flush()
    head = (f'<tr><td style="background:{colour};color:#fff;padding:12px;font-size:18px">'
            f"{html.escape(brand)}</td></tr>\n") if brand else ""
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title></title></head>\n"
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<table width="100%" cellpadding="0" cellspacing="0">\n' + head
            + '<tr><td style="padding:16px">\n' + "\n".join(blocks)
            + "\n</td></tr>\n</table>\n</body>\n</html>\n")
