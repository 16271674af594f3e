"""Helpers the msgs68_* data modules share: quoted reply chains and calendar invitations.

Only the standard library; no corpus-external imports.
"""

from __future__ import annotations

ME = "Marcus Delgado-Whitfield <marcus.dw@example.com>"


def _prefixed(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def gmail(when: str, who: str, text: str) -> str:
    """A Gmail-style quote: 'On <when> <who> wrote:' and '> ' lines."""
    return f"\n\nOn {when} {who} wrote:\n\n{_prefixed(text)}\n"


def outlook(sender: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style quote block, unprefixed, under a rule."""
    return (
        "\n\n________________________________\n"
        f"From: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n"
    )


def german(when: str, who: str, text: str) -> str:
    return f"\n\nAm {when} schrieb {who}:\n{_prefixed(text)}\n"


def french(when: str, who: str, text: str) -> str:
    return f"\n\nLe {when}, {who} a écrit :\n{_prefixed(text)}\n"


def spanish(when: str, who: str, text: str) -> str:
    return f"\n\nEl {when}, {who} escribió:\n{_prefixed(text)}\n"


def ics(uid: str, summary: str, start: str, end: str, organizer: str, location: str = "",
        method: str = "REQUEST", status: str = "CONFIRMED", sequence: int = 0,
        tzid: str = "") -> str:
    """A minimal VCALENDAR with one VEVENT; start/end as 20260305T160000Z or local with tzid."""
    when = (f"DTSTART;TZID={tzid}:{start}\nDTEND;TZID={tzid}:{end}" if tzid
            else f"DTSTART:{start}\nDTEND:{end}")
    loc = f"LOCATION:{location}\n" if location else ""
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Example Corp//Scheduler 4.2//EN\nVERSION:2.0\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260101T000000Z\n{when}\n"
        f"SUMMARY:{summary}\n{loc}ORGANIZER;CN=Scheduler:mailto:{organizer}\n"
        "ATTENDEE;CN=Marcus Delgado-Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        "RSVP=TRUE:mailto:marcus.dw@example.com\n"
        f"SEQUENCE:{sequence}\nSTATUS:{status}\nEND:VEVENT\nEND:VCALENDAR\n"
    )
