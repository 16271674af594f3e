"""Layout helpers for the corpus specs: the candidate, quoting, signatures, HTML shells.

Layout only: nothing here decides what a message means.
"""

from __future__ import annotations

import html

ME_NAME = "Inmaculada Berrocal Quintana"
ME_ADDR = "inma.berrocal@example.es"
ME = (ME_NAME, ME_ADDR)
ME_SHORT = ("Inma Berrocal", ME_ADDR)

ATTRIBUTION = {
    "es": "El {when}, {who} escribió:",
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
}

OUTLOOK = {
    "es": ("De", "Enviado", "Para", "Asunto"),
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
}

FORWARD_LINE = {
    "es": "---------- Mensaje reenviado ----------",
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
    "fr": "---------- Message transféré ---------",
}


def quote(text: str, lang: str, when: str, who: str) -> str:
    """The earlier message as a mail program quotes it, under a localized attribution line."""
    head = ATTRIBUTION[lang].format(when=when, who=who)
    lines = [(">" + (" " + line if line and not line.startswith(">") else line))
             for line in text.strip("\n").split("\n")]
    return head + "\n" + "\n".join(lines) + "\n"


def outlook(text: str, lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook style block under a reply: From/Sent/To/Subject, then the old text."""
    f, s, t, su = OUTLOOK[lang]
    return (f"________________________________\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n"
            f"{su}: {subject}\n\n{text.strip()}\n")


def forwarded(lang: str, frm: str, when: str, subject: str, to: str, body: str) -> str:
    """An inline forwarded block as Gmail writes it."""
    f, s, t, su = OUTLOOK[lang]
    return (f"{FORWARD_LINE[lang]}\n{f}: {frm}\n{s}: {when}\n{su}: {subject}\n{t}: {to}\n\n"
            f"{body.strip()}\n")


def sig(*lines: str) -> str:
    """A signature block after the usual dash line."""
    return "--\n" + "\n".join(lines)


def html_page(body: str, title: str = "", footer: str = "") -> str:
    """A plain HTML shell around already formatted body HTML."""
    foot = f'<p style="color:#888;font-size:11px">{footer}</p>\n' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n"
        '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
        f"{body.strip()}\n{foot}</body>\n</html>\n"
    )


def html_paras(text: str, title: str = "", footer: str = "") -> str:
    """Plain text paragraphs (blank line separated) as an HTML page, line breaks kept."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paras
    )
    return html_page(body, title, html.escape(footer) if footer else "")


def spec(**fields: object) -> dict[str, object]:
    """One message spec (a plain dict), written with keyword arguments."""
    return dict(fields)
