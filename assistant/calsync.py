"""Calendar wiring: read every configured calendar into the store, then refresh the interviews.

Sources (`sources.ical`, `ics_url`, `caldav_source`) read; `store.calendar` writes;
`detect.interviews` decides. This module only connects them and turns each calendar's failure
into one error line, so one broken calendar never stops the others (its previously stored
events are kept until it reads again).

Imports: config, errors, records, sources.*, detect.interviews, store.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from assistant.config import CalendarConfig, Settings
from assistant.detect.interviews import find_interviews
from assistant.errors import AssistantError, ParseError, SourceError, UserError
from assistant.records import CalendarEvent, Interview, SkippedItem
from assistant.sources.caldav_source import list_calendars, read_caldav
from assistant.sources.ical import DEFAULT_LIMITS, CalendarReadResult, parse_calendar
from assistant.sources.ics_text import split_document
from assistant.sources.ics_url import HttpCache, fetch_ics
from assistant.store import calendar as store
from assistant.store.db import Database
from assistant.store.mail import decode_email

logger = logging.getLogger(__name__)

WINDOW_BEFORE = timedelta(days=30)
WINDOW_AFTER = timedelta(days=60)
_ANSWERS = frozenset({"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"})


@dataclass
class CalendarSyncReport:
    """What one sync of all calendars gave (feeds `scan --json`)."""

    events_read: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def window(now: datetime) -> tuple[datetime, datetime]:
    """The span calendars are read for: 30 days back (missed, thank-you, follow-up) to 60 ahead."""
    return now - WINDOW_BEFORE, now + WINDOW_AFTER


def sync_calendars(settings: Settings, db: Database, now: datetime) -> CalendarSyncReport:
    """Read every [[calendars]] entry for the window around `now` and store its events."""
    report = CalendarSyncReport()
    start, end = window(now)
    for cal in settings.calendars:
        try:
            result = read_calendar(cal, settings, db, start, end)
        except (AssistantError, OSError) as exc:
            message = str(exc) if isinstance(exc, AssistantError) else f"{cal.name}: {exc}"
            # Reported once, by the shell that reads report.errors (scan prints, run logs).
            logger.info("calendar %s not read: %s", cal.name, message)
            report.errors.append(message)
            continue
        store.replace_events(db, cal.name, result.events)
        report.events_read += len(result.events)
        report.skipped.extend(result.skipped)
    store.forget_sources(db, (c.name for c in settings.calendars))
    return report


def read_calendar(
    cal: CalendarConfig, settings: Settings, db: Database, start: datetime, end: datetime
) -> CalendarReadResult:
    """One calendar's occurrences in [start, end).

    Raises:
        SourceError, ParseError, CredentialError: the calendar could not be read.
    """
    tz = settings.identity.tz
    if cal.kind == "caldav":
        return read_caldav(cal, start=start, end=end, default_tz=tz)
    if cal.kind == "ics_url":
        data = _fetch(cal, db)
    else:
        data = _read_file(Path(cal.path).expanduser(), cal.name)
    return parse_calendar(data, source=cal.name, start=start, end=end, default_tz=tz)


def _fetch(cal: CalendarConfig, db: Database) -> bytes:
    """The feed's body, from the server or (on 304 Not Modified) from the cache."""
    cached = store.load_http_cache(db, cal.url)
    result = fetch_ics(
        cal.url,
        timeout=cal.timeout,
        ca_file=cal.ca_file,
        cached=HttpCache(*cached) if cached else None,
        source=cal.name,
    )
    if not result.not_modified:
        store.save_http_cache(db, cal.url, result.etag, result.last_modified, result.body)
    return result.body


def _read_file(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > DEFAULT_LIMITS.max_bytes:
            raise ParseError(name, f"{path} is {size:,} bytes, over the "
                             f"{DEFAULT_LIMITS.max_bytes:,}-byte limit for a calendar file")
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError(name, f"{path}: no such file; check path in the config") from None
    except OSError as exc:
        raise SourceError(name, f"{path}: cannot be read ({exc.strerror})") from None


def read_ics_file(
    path: str | Path, start: datetime, end: datetime, settings: Settings
) -> CalendarReadResult:
    """The offline `assistant interviews --ics FILE`: one file, no store.

    Raises:
        UserError: the file is missing, unreadable, too big, or not a calendar.
    """
    file = Path(path).expanduser()
    try:
        data = _read_file(file, file.name)
        return parse_calendar(
            data, source=file.name, start=start, end=end, default_tz=settings.identity.tz
        )
    except (SourceError, ParseError) as exc:
        raise UserError(str(exc)) from None


def update_interviews(
    settings: Settings, db: Database, now: datetime, employer_domains: dict[str, str]
) -> list[Interview]:
    """Find the interviews among the stored events and emailed invitations, and store them."""
    start, end = window(now)
    invitations = _invitations(db, start, end, settings)
    events = store.load_events(db, sources=[c.name for c in settings.calendars])
    decisions = {k: d[0] for k, d in store.load_decisions(db).items() if d[2] <= now}
    interviews = find_interviews(
        events + invitations,
        own_addresses=settings.identity.addresses,
        employer_domains=employer_domains,
        now=now,
        decisions=decisions,
        companies=store.opportunity_companies(db),
        own_name=settings.identity.name,
    )
    store.save_interviews(db, interviews, (start, end))
    logger.info("%d interviews in the window", len(interviews))
    return interviews


def _invitations(
    db: Database, start: datetime, end: datetime, settings: Settings
) -> list[CalendarEvent]:
    """Events from text/calendar parts of stored mail (REQUEST / CANCEL), stored per message."""
    by_source: dict[str, list[CalendarEvent]] = {}
    for text in store.load_invitation_emails(db):
        email = decode_email(text)
        source = f"email:{email.message_id}"
        if source in by_source:
            continue  # the same message in two folders (Gmail's All Mail)
        events: list[CalendarEvent] = []
        for part in email.calendar_parts:
            try:
                result = parse_calendar(
                    part.encode("utf-8"), source=source, start=start, end=end,
                    default_tz=settings.identity.tz,
                )
            except ParseError as exc:
                logger.info("invitation in %s skipped: %s", source, exc.reason)
                continue
            if result.method not in _ANSWERS:  # a reply to the user's own invite is no event
                events.extend(result.events)
        by_source[source] = events
    store.replace_sources(db, by_source)
    return [event for events in by_source.values() for event in events]


def check_calendars(settings: Settings) -> list[str]:
    """One line per calendar for `assistant check`; problems start with "problem: "."""
    return [_check_one(cal) for cal in settings.calendars]


def _check_one(cal: CalendarConfig) -> str:
    try:
        if cal.kind == "caldav":
            names = list_calendars(cal)
            if not names:
                return f"problem: {cal.name}: the CalDAV account has no calendars"
            return f"{cal.name}: CalDAV ok, {len(names)} calendar(s): {', '.join(names)}"
        if cal.kind == "ics_url":
            data = fetch_ics(cal.url, timeout=cal.timeout, ca_file=cal.ca_file, cached=None,
                             source=cal.name).body
            where = "URL ok"
        else:
            data = _read_file(Path(cal.path).expanduser(), cal.name)
            where = f"file {cal.path} ok"
    except (AssistantError, OSError) as exc:
        return f"problem: {exc}"
    if len(data) > DEFAULT_LIMITS.max_bytes:
        return f"problem: {cal.name}: calendar is over {DEFAULT_LIMITS.max_bytes:,} bytes"
    doc = split_document(data.decode("utf-8", errors="replace"))
    if not doc.has_calendar:
        return f"problem: {cal.name}: this is not an iCalendar file (no BEGIN:VCALENDAR)"
    events = sum(1 for b in doc.blocks if b.name == "VEVENT")
    broken = f", {len(doc.problems)} broken spot(s) that will be skipped" if doc.problems else ""
    return f"{cal.name}: {where}, {events} event(s){broken}"
