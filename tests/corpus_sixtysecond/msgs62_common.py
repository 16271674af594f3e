"""Shared bits for the sixty-second corpus data modules: calendar parts and signatures."""

from __future__ import annotations

ME = "jordan.cw@example.com"


def ics(uid: str, start: str, end: str, summary: str, organizer: str, *, method: str = "REQUEST",
        location: str = "", sequence: int = 0, status: str = "CONFIRMED", tzid: str = "America/Chicago",
        description: str = "") -> str:
    """A calendar part as Google/Outlook/ATS schedulers send it (local times with a TZID)."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Scheduler//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "DTSTAMP:20260101T000000Z",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
        f"SUMMARY:{summary}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"
