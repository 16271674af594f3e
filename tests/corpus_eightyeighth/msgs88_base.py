"""Shared shapes for the eighty-eighth corpus's message data (msgs88_* modules).

Only the generator make_eightyeighth.py and the msgs88_* data modules import this; it holds no
classifier code. A message is a plain dict: the generator renders it into an .eml file and a
labels.csv row.
"""

from __future__ import annotations

from typing import Any

CAND = "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>"
CAND_ADDR = "mathis.ol@example.fr"


def m(kind: str, slug: str, lang: str, frm: str, subject: str, body: str, *,
      company: str = "", contact: str = "", **opts: Any) -> dict[str, Any]:
    """One message: its label (kind, company, contact, language) and how to render it.

    opts: to, reply_to, cc, date ("2026-03-04 09:12 +0100"), fmt ("plain", "html", "alt"),
    html (explicit HTML body), charset, cte ("qp", "b64", "8bit"), quote (a tuple for
    quoted()), ics (dict), attach (file name), headers (dict), thread (subject of a parent
    message, which gives In-Reply-To/References), subject_charset (force RFC 2047 in it).
    """
    return {"kind": kind, "slug": slug, "lang": lang, "from": frm, "subject": subject,
            "body": body, "company": company, "contact": contact, **opts}


def quoted(style: str, who: str, when: str, text: str, *, subject: str = "",
           to: str = CAND) -> str:
    """A reply-chain block in the style of a given mail program, appended under new text."""
    lines = "\n".join("> " + ln if ln else ">" for ln in text.strip().splitlines())
    if style == "gmail":
        return f"\n\nOn {when}, {who} wrote:\n{lines}\n"
    if style == "fr":
        return f"\n\nLe {when}, {who} a écrit :\n{lines}\n"
    if style == "de":
        return f"\n\nAm {when} schrieb {who}:\n{lines}\n"
    if style == "es":
        return f"\n\nEl {when}, {who} escribió:\n{lines}\n"
    plain = text.strip()
    if style == "outlook":
        return (f"\n\n________________________________\nFrom: {who}\nSent: {when}\nTo: {to}\n"
                f"Subject: {subject}\n\n{plain}\n")
    if style == "outlook_fr":
        return (f"\n\n-----Message d'origine-----\nDe : {who}\nEnvoyé : {when}\nÀ : {to}\n"
                f"Objet : {subject}\n\n{plain}\n")
    if style == "fwd":
        return (f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
                f"Subject: {subject}\nTo: {to}\n\n{plain}\n")
    if style == "fwd_fr":
        return (f"\n\n-------- Message transféré --------\nDe : {who}\nDate : {when}\n"
                f"Objet : {subject}\nÀ : {to}\n\n{plain}\n")
    raise ValueError(style)
