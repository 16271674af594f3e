"""Small text helpers for the msgs_* modules: quoted reply chains and calendar parts."""

from __future__ import annotations


def quoted(header: str, text: str) -> str:
    """A Gmail/Apple-style quoted block: an attribution line, then '> ' lines."""
    lines = "\n".join(("> " + line).rstrip() for line in text.strip().splitlines())
    return f"\n\n{header}\n{lines}\n"


def outlook(block_header: str, text: str) -> str:
    """An Outlook-style block (From:/Sent:/To:/Subject:) with the older mail unindented."""
    return "\n\n________________________________\n" + block_header.strip() + "\n\n" + text.strip() + "\n"


def ics(uid: str, summary: str, start: str, end: str, organizer: str, *, method: str = "REQUEST",
        location: str = "", status: str = "CONFIRMED", sequence: int = 0, tzid: str = "Europe/Paris") -> str:
    """A minimal but valid VCALENDAR with one VEVENT for the candidate."""
    cancel = "STATUS:CANCELLED\n" if method == "CANCEL" else f"STATUS:{status}\n"
    loc = f"LOCATION:{location}\n" if location else ""
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Corpus49//FR\nVERSION:2.0\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260101T090000Z\n"
        f"DTSTART;TZID={tzid}:{start}\nDTEND;TZID={tzid}:{end}\nSUMMARY:{summary}\n{loc}"
        f"ORGANIZER:mailto:{organizer}\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.nguyen@example.fr\n"
        f"SEQUENCE:{sequence}\n{cancel}END:VEVENT\nEND:VCALENDAR\n"
    )
