"""Read a CalDAV account (Nextcloud, Fastmail, iCloud, Radicale ...) through the `caldav` library.

The server does the coarse work: a time-range REPORT returns only the calendar objects that
touch the window. Recurrences are expanded here, by `ical.parse_calendar` (expand=False on the
server), so a series reads the same from CalDAV as from a file. Each object is parsed on its
own, so one broken object costs only itself.

The URL may name one calendar collection or the account (principal / server root): then every
calendar of the principal is read. TLS is verified (system CAs, or `ca_file`); the password
comes from `credentials` (keyring, or password_command) and is never logged.

Imports: config, credentials, errors, records, sources.ical, and caldav.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import caldav.lib.error as dav_error
import niquests.exceptions as http_error
from caldav.davclient import DAVClient

from assistant.config import CalendarConfig
from assistant.credentials import get_password
from assistant.errors import ConnectionFailed, ParseError, SourceError
from assistant.records import CalendarEvent, SkippedItem
from assistant.sources.ical import DEFAULT_LIMITS, CalendarReadResult, IcsLimits, parse_calendar

logger = logging.getLogger(__name__)


def _client(cal: CalendarConfig) -> Any:
    password = get_password(cal.name, cal.password_command) if cal.username else None
    return DAVClient(
        url=cal.url,
        username=cal.username or None,
        password=password,
        timeout=max(1, round(cal.timeout)),
        ssl_verify_cert=cal.ca_file or True,
        enable_rfc6764=False,  # the URL is given; no DNS SRV discovery
        require_tls=not cal.url.lower().startswith("http://"),  # config allowed http already
    )


def _same(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def _calendars(client: Any, url: str) -> list[Any]:
    """The calendar the URL names, or every calendar of the principal when it names none."""
    calendars = list(client.principal().calendars())
    named = [c for c in calendars if _same(str(c.url), url)]
    return named or calendars


def list_calendars(cal: CalendarConfig) -> list[str]:
    """Display names of the calendars that would be read (for `assistant check`).

    Raises:
        ConnectionFailed: cannot connect, TLS or login failed.
        SourceError: the server answered, but not as a CalDAV server.
    """
    with _errors(cal):
        return [str(c.get_display_name() or c.url) for c in _calendars(_client(cal), cal.url)]


def read_caldav(
    cal: CalendarConfig,
    *,
    start: datetime,
    end: datetime,
    default_tz: ZoneInfo,
    limits: IcsLimits = DEFAULT_LIMITS,
) -> CalendarReadResult:
    """Every occurrence in [start, end) from the configured CalDAV calendar(s).

    Raises:
        ConnectionFailed: cannot connect, TLS or login failed.
        SourceError: any other server failure.
        CredentialError: no password found.
    """
    events: list[CalendarEvent] = []
    skipped: list[SkippedItem] = []
    with _errors(cal):
        for calendar in _calendars(_client(cal), cal.url):
            for obj in calendar.search(start=start, end=end, event=True, expand=False):
                data = obj.data
                raw = data.encode("utf-8") if isinstance(data, str) else bytes(data or b"")
                try:
                    result = parse_calendar(
                        raw, source=cal.name, start=start, end=end, default_tz=default_tz,
                        limits=limits,
                    )
                except ParseError as exc:
                    skipped.append(SkippedItem(cal.name, str(obj.url).rsplit("/", 1)[-1],
                                               exc.reason))
                    continue
                events.extend(result.events)
                skipped.extend(result.skipped)
    events.sort(key=lambda e: (e.start, e.uid, e.recurrence_id or ""))
    if len(events) > limits.max_total:
        skipped.append(SkippedItem(cal.name, "calendar", f"more than {limits.max_total:,} "
                                   "occurrences in the window; only the first are used"))
        events = events[: limits.max_total]
    logger.info("%s: %d occurrences from CalDAV", cal.name, len(events))
    return CalendarReadResult(events=events, skipped=skipped)


@contextmanager
def _errors(cal: CalendarConfig) -> Iterator[None]:
    """Map caldav and HTTP exceptions to the assistant's, naming the calendar, not the URL."""
    name = cal.name
    try:
        yield
    except dav_error.AuthorizationError:
        raise ConnectionFailed(
            name, "the CalDAV server refused the login: check username and the password "
            "(keyring entry or password_command)"
        ) from None
    except http_error.SSLError:
        raise ConnectionFailed(
            name, "TLS certificate could not be verified; if the server uses a private CA, "
            "set ca_file for this calendar"
        ) from None
    except http_error.Timeout:
        raise ConnectionFailed(
            name, f"no answer from the CalDAV server within {cal.timeout:g} s"
        ) from None
    except http_error.ConnectionError:
        raise ConnectionFailed(name, "cannot connect to the CalDAV server") from None
    except dav_error.NotFoundError:
        raise SourceError(name, "the CalDAV URL was not found: check url in the config") from None
    except (dav_error.DAVError, http_error.HTTPError) as exc:
        raise SourceError(name, f"the CalDAV server failed ({type(exc).__name__})") from None
