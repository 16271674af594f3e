"""The message spec shared by the sixty-first corpus's data modules (no I/O, no classifier).

Each data module (msgs61_*.py) lists messages built with M(); make_sixtyfirst.py renders them.
Quote helpers write reply chains the way each mail program does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "amelie.vdb@example.be"
ME_FULL = "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>"


@dataclass
class Spec:
    kind: str
    slug: str
    lang: str
    frm: str
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    reply_to: str | None = None
    to: str = ME_FULL
    html: str | None = None
    html_only: bool = False
    charset: str = "utf-8"
    cte: str = "8bit"
    ics: str | None = None
    attach: str | None = None
    date: str | None = None
    reply: bool = False
    headers: dict[str, str] = field(default_factory=dict)


def M(kind: str, slug: str, lang: str, frm: str, subject: str, body: str, **kw: object) -> Spec:
    """One message; keyword arguments are Spec fields."""
    return Spec(kind, slug, lang, frm, subject, body, **kw)  # type: ignore[arg-type]


def quoted(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def gmail(when: str, who: str, text: str) -> str:
    return f"\nOn {when}, {who} wrote:\n{quoted(text)}\n"


def french(when: str, who: str, text: str) -> str:
    return f"\nLe {when}, {who} a écrit :\n{quoted(text)}\n"


def german(when: str, who: str, text: str) -> str:
    return f"\nAm {when} schrieb {who}:\n{quoted(text)}\n"


def spanish(when: str, who: str, text: str) -> str:
    return f"\nEl {when}, {who} escribió:\n{quoted(text)}\n"


def outlook(frm: str, sent: str, to: str, subject: str, text: str, lang: str = "en") -> str:
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    return (
        "\n________________________________\n"
        f"{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n{labels[3]}: {subject}\n\n"
        f"{text.strip()}\n"
    )


def ics(uid: str, summary: str, start: str, end: str, organizer: str, method: str = "REQUEST",
        location: str = "", status: str = "CONFIRMED", seq: int = 0) -> str:
    """A minimal VCALENDAR; start/end as 20260312T090000Z."""
    loc = f"LOCATION:{location}\r\n" if location else ""
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Example Corp//Scheduler 2.1//EN\r\nVERSION:2.0\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T080000Z\r\n"
        f"DTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\n{loc}"
        f"ORGANIZER;CN=Organizer:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}\r\n"
        f"SEQUENCE:{seq}\r\nSTATUS:{status}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
