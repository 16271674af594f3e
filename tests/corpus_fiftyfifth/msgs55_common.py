"""Helpers the corpus-55 data modules share: the candidate, reply-chain quoting, a helper
to declare one message. Imports only the standard library (no project code, no classifier).
"""

from __future__ import annotations

from typing import Any

ME = "f.osterhagen@example.de"
ME_NAME = "Friederike Osterhagen-Yılmaz"
ME_FULL = f"{ME_NAME} <{ME}>"


def m(kind: str, slug: str, lang: str, sender: str, subject: str, date: str, body: str = "",
      **kw: Any) -> dict[str, Any]:
    """One message as data; the generator turns it into an .eml file and a labels.csv row.

    kw: co (company label), ct (contact label), rt (Reply-To), to, cc, html (HTML body;
    html-only when body is empty), fmt ('plain'|'alt'), cte, cs (charset), ics (dict),
    hdr (extra headers), re (a reply in a thread), att (attachment file name).
    """
    return {"kind": kind, "slug": slug, "lang": lang, "from": sender, "subject": subject,
            "date": date, "body": body, **kw}


def gmail(who: str, when: str, text: str) -> str:
    """A Gmail-style quoted earlier message."""
    return f"\n\nOn {when}, {who} wrote:\n" + _prefix(text)


def de_quote(who: str, when: str, text: str) -> str:
    """A German mail client's quote header ("Am ... schrieb ...")."""
    return f"\n\nAm {when} schrieb {who}:\n" + _prefix(text)


def fr_quote(who: str, when: str, text: str) -> str:
    """A French mail client's quote header."""
    return f"\n\nLe {when}, {who} a écrit :\n" + _prefix(text)


def es_quote(who: str, when: str, text: str) -> str:
    """A Spanish mail client's quote header."""
    return f"\n\nEl {when}, {who} escribió:\n" + _prefix(text)


def outlook(sender: str, sent: str, to: str, subject: str, text: str, *, lang: str = "en") -> str:
    """An Outlook block: the earlier message below a header block, unprefixed."""
    labels = {"en": ("From", "Sent", "To", "Subject"),
              "de": ("Von", "Gesendet", "An", "Betreff"),
              "fr": ("De", "Envoyé", "À", "Objet"),
              "es": ("De", "Enviado el", "Para", "Asunto")}[lang]
    return ("\n\n________________________________\n"
            f"{labels[0]}: {sender}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n"
            f"{labels[3]}: {subject}\n\n{text}")


def forwarded(sender: str, date: str, subject: str, text: str) -> str:
    """A Gmail "Forwarded message" block."""
    return ("\n\n---------- Forwarded message ---------\n"
            f"From: {sender}\nDate: {date}\nSubject: {subject}\nTo: {ME_FULL}\n\n{text}")


def _prefix(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n")) + "\n"
