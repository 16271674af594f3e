"""Small helpers the msgs73_* data modules share: a message spec and reply-chain quoting.

Standard library only; used by make_seventythird.py's data modules, nothing else.
"""

from __future__ import annotations


def msg(kind: str, slug: str, lang: str, frm: str, subj: str, date: str, body: str,
        company: str = "", contact: str = "", **extra: object) -> dict:
    """One message spec: labels first, then the headers and the new text."""
    return {"kind": kind, "slug": slug, "lang": lang, "frm": frm, "subj": subj, "date": date,
            "body": body, "company": company, "contact": contact, **extra}


def _quoted(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.strip("\n").splitlines())


def gmail(when: str, who: str, text: str) -> str:
    """A Gmail-style quote: 'On <date> <who> wrote:' then '>' lines."""
    return f"\n\nOn {when} {who} wrote:\n\n{_quoted(text)}\n"


def outlook(frm: str, sent: str, to: str, subj: str, text: str) -> str:
    """An Outlook-style block (no '>' marks, a header block instead)."""
    return (f"\n\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subj}\n\n{text.strip()}\n")


def german(when: str, who: str, text: str) -> str:
    return f"\n\nAm {when} schrieb {who}:\n{_quoted(text)}\n"


def french(when: str, who: str, text: str) -> str:
    return f"\n\nLe {when}, {who} a écrit :\n{_quoted(text)}\n"


def spanish(when: str, who: str, text: str) -> str:
    return f"\n\nEl {when}, {who} escribió:\n{_quoted(text)}\n"


DANA_NOTE = """Hi,

Thank you again for the conversation. Let me know if you need anything else from me.

Best,
Dana"""
