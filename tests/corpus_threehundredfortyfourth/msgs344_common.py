"""Layout helpers shared by the message specs of corpus 344 (quoting, HTML shells, signatures).

Only layout lives here; every message text is written by hand in the msgs344_* modules.
"""

from __future__ import annotations

import html
from typing import Any

ME = ("Margaux Delacourt-Nsimba", "margaux.delacourt@example.fr")

ATTRIBUTION = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} <{addr}> escribió:",
}


def m(kind: str, lang: str, company: str, contact: str, sender: tuple[str, str], subject: str,
      body: str, date: str, **opts: Any) -> dict[str, Any]:
    """One message spec: kind, language, labels, From, Subject, plain body, date and options."""
    spec: dict[str, Any] = {"kind": kind, "lang": lang, "company": company, "contact": contact,
                            "from": sender, "subject": subject, "body": body.strip("\n") + "\n",
                            "date": date}
    spec.update(opts)
    return spec


def mine(lang: str, to: tuple[str, str], subject: str, body: str, date: str,
         **opts: Any) -> dict[str, Any]:
    """A message the candidate sent herself (always kind other, no labels)."""
    return m("other", lang, "", "", ME, subject, body, date, to=to, **opts)


def quoted(text: str) -> str:
    """Prefix every line of an earlier message with '> '."""
    return "\n".join(("> " + line).rstrip() for line in text.rstrip("\n").split("\n")) + "\n"


def attribution(lang: str, date: str, name: str, addr: str) -> str:
    return ATTRIBUTION[lang].format(date=date, name=name, addr=addr)


def outlook_block(name: str, addr: str, sent: str, to: str, subject: str, lang: str) -> str:
    """An Outlook style header block for a quoted message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado", "Para", "Asunto"),
    }[lang]
    return (f"{labels[0]}: {name} <{addr}>\n{labels[1]}: {sent}\n{labels[2]}: {to}\n"
            f"{labels[3]}: {subject}\n")


def html_shell(text: str, brand: str = "", footer: str = "") -> str:
    """Wrap a plain text in a simple HTML mail layout: one <p> per paragraph."""
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    inner = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    head = (f'<div style="font-size:18px;font-weight:bold;color:#234">{html.escape(brand)}</div>\n'
            if brand else "")
    foot = (f'<p style="color:#888;font-size:11px">{html.escape(footer)}</p>\n' if footer else "")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            '<body style="font-family:Arial,sans-serif">\n'
            f"{head}{inner}\n{foot}</body></html>\n")
