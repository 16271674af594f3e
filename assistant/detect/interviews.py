"""Calendar events -> job interviews: detection, merging of copies, status, people, company.

Pure: a function of the events, the user's addresses, the known employers, the user's
decisions and `now`. Sources (calendar files, URLs, CalDAV, invitations inside emails) all give
`CalendarEvent`s; the same occurrence seen twice (the calendar's copy and the emailed invite)
is matched by UID + RECURRENCE-ID and merged here:

- the copy with the higher SEQUENCE wins (the employer moved it);
- at equal SEQUENCE a cancellation (STATUS:CANCELLED or METHOD:CANCEL) wins over a REQUEST,
  and otherwise the calendar's own copy wins over an emailed one (it carries the user's reply).

Imports: records, detect.interview_signals.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from assistant.detect.interview_signals import (
    assess,
    company_from_title,
    domain_of,
    employer_for,
    is_human,
    pretty_domain,
)
from assistant.records import (
    Address,
    Attendee,
    CalendarEvent,
    Interview,
    InterviewStatus,
    UserDecision,
)

logger = logging.getLogger(__name__)

THRESHOLD = 3  # the score from which an event is an interview (one strong signal, or two)
_NOT_PEOPLE_CUTYPES = frozenset({"ROOM", "RESOURCE"})


def event_key(event: CalendarEvent) -> str:
    """The identity an interview keeps across sources: UID + RECURRENCE-ID (`Interview.key`)."""
    return f"{event.uid}|{event.recurrence_id or ''}"


def is_cancelled(event: CalendarEvent) -> bool:
    return event.status == "CANCELLED" or event.method == "CANCEL"


def declined_by_user(event: CalendarEvent, own_addresses: frozenset[str]) -> bool:
    return any(a.email in own_addresses and a.partstat == "DECLINED" for a in event.attendees)


def merge_copies(events: Iterable[CalendarEvent]) -> list[CalendarEvent]:
    """One event per UID + RECURRENCE-ID: the newest copy (see the module docstring)."""
    best: dict[str, CalendarEvent] = {}
    for event in events:
        key = event_key(event)
        if key not in best or _rank(event) > _rank(best[key]):
            best[key] = event
    return list(best.values())


def _rank(event: CalendarEvent) -> tuple[int, bool, bool]:
    return (event.sequence, is_cancelled(event), not event.source.startswith("email:"))


def find_interviews(
    events: Sequence[CalendarEvent],
    *,
    own_addresses: frozenset[str],
    employer_domains: Mapping[str, str],
    now: datetime,
    decisions: Mapping[str, UserDecision] | None = None,
    companies: Mapping[str, str] | None = None,
    own_name: str = "",
) -> list[Interview]:
    """The job interviews among `events`, earliest first.

    Args:
        own_addresses: the user's addresses, lower-case (never an interviewer).
        employer_domains: mail domain -> opportunity id, from the mail opportunities.
        decisions: Interview.key -> the user's word (MISSED makes the status "missed").
        companies: opportunity id -> company name, to name the company of a mapped interview.
        own_name: the user's name, so "Acme <> Alex Rivera" names Acme, not the user.
    """
    decisions = decisions or {}
    companies = companies or {}
    found = []
    for event in merge_copies(events):
        interview = _interview(event, own_addresses, employer_domains, companies, own_name)
        if interview is None:
            continue
        status = _status(event, own_addresses, decisions.get(interview.key), now)
        found.append(replace(interview, status=status))
    found.sort(key=lambda i: (i.start, i.uid, i.recurrence_id or ""))
    return found


def _interview(
    event: CalendarEvent,
    own: frozenset[str],
    employer_domains: Mapping[str, str],
    companies: Mapping[str, str],
    own_name: str,
) -> Interview | None:
    people = _interviewers(event, own)
    opportunity = next(
        (o for p in _all_people(event, own) if (o := employer_for(p.email, employer_domains))),
        None,
    )
    verdict = assess(event.title, event.description, employer_match=opportunity is not None)
    if verdict.veto or verdict.score < THRESHOLD:
        return None
    logger.debug("%s is an interview: %s", event.uid, "; ".join(verdict.evidence))
    names = [own_name, *(a.name for a in event.attendees), *(p.name for p in people)]
    if event.organizer:
        names.append(event.organizer.name)
    company = (
        companies.get(opportunity or "")
        or company_from_title(event.title, names)
        or _company_from_domains(people)
    )
    return Interview(
        uid=event.uid,
        start=event.start,
        end=event.end,
        title=event.title,
        status=InterviewStatus.UPCOMING,
        source=event.source,
        recurrence_id=event.recurrence_id,
        company=company,
        contact=people[0].email if people else None,
        interviewers=tuple(people),
        opportunity=opportunity,
        sequence=event.sequence,
        location=event.location,
        language=verdict.language,
    )


def _all_people(event: CalendarEvent, own: frozenset[str]) -> list[Attendee]:
    """Organizer first, then attendees; without the user and without duplicates."""
    seen: set[str] = set()
    result = []
    for person in ([event.organizer] if event.organizer else []) + list(event.attendees):
        if person.email and person.email not in own and person.email not in seen:
            seen.add(person.email)
            result.append(person)
    return result


def _interviewers(event: CalendarEvent, own: frozenset[str]) -> list[Address]:
    """The humans the user meets: not rooms, resources, group calendars or no-reply senders."""
    return [
        Address(email=p.email, name=p.name)
        for p in _all_people(event, own)
        if p.cutype not in _NOT_PEOPLE_CUTYPES and p.role != "NON-PARTICIPANT" and is_human(p.email)
    ]


def _company_from_domains(people: Sequence[Address]) -> str | None:
    for person in people:
        name = pretty_domain(domain_of(person.email))
        if name:
            return name
    return None


def _status(
    event: CalendarEvent, own: frozenset[str], decision: UserDecision | None, now: datetime
) -> InterviewStatus:
    if is_cancelled(event):
        return InterviewStatus.CANCELLED
    if declined_by_user(event, own):
        return InterviewStatus.DECLINED
    if decision is UserDecision.MISSED:
        return InterviewStatus.MISSED
    return _by_clock(event.start, event.end, now)


def _by_clock(start: datetime, end: datetime, now: datetime) -> InterviewStatus:
    if now < start:
        return InterviewStatus.UPCOMING
    if now < end:
        return InterviewStatus.IN_PROGRESS
    return InterviewStatus.PAST


def status_at(interview: Interview, now: datetime) -> Interview:
    """The interview as seen at `now`: a stored "upcoming" turns "past" once it is over.

    Statuses that are facts (missed, cancelled, declined) do not depend on the clock.
    """
    if interview.status not in _CLOCK_STATUSES:
        return interview
    status = _by_clock(interview.start, interview.end, now)
    return interview if status is interview.status else replace(interview, status=status)


_CLOCK_STATUSES = frozenset(
    {InterviewStatus.UPCOMING, InterviewStatus.IN_PROGRESS, InterviewStatus.PAST}
)


def _z(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def interview_to_json(interview: Interview) -> dict[str, Any]:
    """One element of `assistant interviews --json` (SPEC section 3), times in UTC with Z."""
    return {
        "uid": interview.uid,
        "recurrence_id": interview.recurrence_id,
        "start": _z(interview.start),
        "end": _z(interview.end),
        "title": interview.title,
        "company": interview.company,
        "contact": interview.contact,
        "status": interview.status.value,
        "source": interview.source,
    }


def events_to_busy(
    events: Iterable[CalendarEvent], own_addresses: frozenset[str] = frozenset()
) -> list[tuple[datetime, datetime]]:
    """Times the user is busy, for the free-slot finder, earliest first.

    Opaque events only (TRANSP:TRANSPARENT and Outlook's "free" do not block), not cancelled,
    not declined by the user; copies of one occurrence count once.
    """
    return sorted(
        (e.start, e.end)
        for e in merge_copies(events)
        if not e.transparent and not is_cancelled(e) and not declined_by_user(e, own_addresses)
    )
