"""Layout helpers shared by the message modules of corpus 303: the candidate, quoting,
signatures and HTML shells. No message content lives here."""

from __future__ import annotations

import html

ME = ("Dimitri Papadakis", "d.papadakis@example.de")
MY_SIG_DE = "Mit freundlichen Grüßen\nDimitri Papadakis\nTel. +49 176 5512 0943"
MY_SIG_EN = "Kind regards,\nDimitri Papadakis\n+49 176 5512 0943"
MY_SIG_FR = "Bien cordialement,\nDimitri Papadakis\n+49 176 5512 0943"
MY_SIG_ES = "Un saludo,\nDimitri Papadakis\n+49 176 5512 0943"

_WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def attribution(lang: str, when: object, name: str, addr: str) -> str:
    """A mail program's line above a quoted message, in the replier's language.

    `when` is a datetime (aware)."""
    wd = _WEEKDAYS[lang][when.weekday()]  # type: ignore[attr-defined]
    mo = _MONTHS[lang][when.month - 1]  # type: ignore[attr-defined]
    d, y = when.day, when.year  # type: ignore[attr-defined]
    hm = when.strftime("%H:%M")  # type: ignore[attr-defined]
    if lang == "de":
        return f"Am {wd}, {d}. {mo} {y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd} {d} {mo} {y} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {wd}, {d} {mo} {y} a las {hm}, {name} (<{addr}>) escribió:"
    return f"On {wd}, {mo} {d}, {y} at {hm} {name} <{addr}> wrote:"


def outlook_block(lang: str, when: object, name: str, addr: str, to: str, subject: str) -> str:
    """An Outlook style header block above a forwarded or quoted message."""
    stamp = when.strftime("%d.%m.%Y %H:%M")  # type: ignore[attr-defined]
    labels = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    return (
        "________________________________\n"
        f"{labels[0]}: {name} <{addr}>\n"
        f"{labels[1]}: {stamp}\n"
        f"{labels[2]}: {to}\n"
        f"{labels[3]}: {subject}\n"
    )


def quote_lines(text: str) -> str:
    return "\n".join(">" if not line else "> " + line for line in text.split("\n"))


def html_shell(paragraphs: list[str], brand: str, footer: str = "",
               color: str = "#1d4e89") -> str:
    """A simple HTML mail around plain paragraphs (escaped, line breaks kept)."""
    body = "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs
    )
    foot = (
        f'<p style="font-size:11px;color:#777">{html.escape(footer)}</p>' if footer else ""
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{html.escape(brand)}</title></head>\n"
        '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        f'<div style="background:{color};color:#fff;padding:12px"><b>'
        f"{html.escape(brand)}</b></div>\n"
        f'<div style="padding:16px">\n{body}\n</div>\n{foot}\n</body></html>'
    )


def paras(text: str) -> list[str]:
    """Split a plain body into paragraphs for an HTML twin."""
    return [p.strip("\n") for p in text.split("\n\n") if p.strip()]
