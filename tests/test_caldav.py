"""read_caldav against a real Radicale server on 127.0.0.1 (time-range query, own expansion)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.config import CalendarConfig
from assistant.credentials import store_password
from assistant.errors import ConnectionFailed, CredentialError
from assistant.sources.caldav_source import list_calendars, read_caldav

DATA = Path(__file__).parent / "data" / "ics"
START = datetime(2026, 11, 1, tzinfo=UTC)
END = START + timedelta(days=90)
CHICAGO = ZoneInfo("America/Chicago")

SERIES = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:series-1
DTSTART;TZID=America/Chicago:20261102T090000
DTEND;TZID=America/Chicago:20261102T100000
RRULE:FREQ=WEEKLY;COUNT=5
EXDATE;TZID=America/Chicago:20261109T090000
SUMMARY:Interview rounds - Globex
END:VEVENT
BEGIN:VEVENT
UID:series-1
RECURRENCE-ID;TZID=America/Chicago:20261116T090000
DTSTART;TZID=America/Chicago:20261117T140000
DTEND;TZID=America/Chicago:20261117T150000
SEQUENCE:1
SUMMARY:Interview rounds - Globex (moved)
END:VEVENT
END:VCALENDAR
"""


def single(uid: str, start: str, summary: str) -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTART:{start}\nDURATION:PT1H\nSUMMARY:{summary}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def config(url: str, name: str = "dav") -> CalendarConfig:
    return CalendarConfig(name=name, kind="caldav", url=url, username="alex", timeout=10)


@pytest.fixture
def account(radicale):
    store_password("dav", radicale.password)
    return radicale


def test_one_calendar_time_range_and_local_expansion(account) -> None:
    url = account.make_calendar()
    account.put(url, SERIES)
    account.put(url, single("inside", "20261201T150000Z", "Phone screen"))
    account.put(url, single("outside", "20270601T150000Z", "Far away"))
    result = read_caldav(config(url), start=START, end=END, default_tz=CHICAGO)
    got = [(e.uid, e.start, e.title, e.recurrence_id) for e in result.events]
    assert got == [
        ("series-1", datetime(2026, 11, 2, 15, tzinfo=UTC), "Interview rounds - Globex",
         "2026-11-02T15:00:00Z"),
        ("series-1", datetime(2026, 11, 17, 20, tzinfo=UTC), "Interview rounds - Globex (moved)",
         "2026-11-16T15:00:00Z"),
        ("series-1", datetime(2026, 11, 23, 15, tzinfo=UTC), "Interview rounds - Globex",
         "2026-11-23T15:00:00Z"),
        ("series-1", datetime(2026, 11, 30, 15, tzinfo=UTC), "Interview rounds - Globex",
         "2026-11-30T15:00:00Z"),
        ("inside", datetime(2026, 12, 1, 15, tzinfo=UTC), "Phone screen", None),
    ]  # fmt: skip
    assert {e.source for e in result.events} == {"dav"}


def test_principal_url_reads_every_calendar(account) -> None:
    first, second = account.make_calendar(), account.make_calendar()
    account.put(first, single("a", "20261120T150000Z", "A"))
    account.put(second, single("b", "20261121T150000Z", "B"))
    result = read_caldav(config(account.principal_url), start=START, end=END, default_tz=CHICAGO)
    assert {"a", "b"} <= {e.uid for e in result.events}
    assert len(list_calendars(config(account.principal_url))) >= 2


def test_fixture_calendar_uploaded_whole_reads_like_the_file(account) -> None:
    url = account.make_calendar()
    account.put(url, (DATA / "invite_umbrella_request.ics").read_bytes())
    (event,) = read_caldav(config(url), start=START, end=END, default_tz=CHICAGO).events
    assert (event.uid, event.start) == (
        "umbrella-entrevista-5521@umbrella.es", datetime(2026, 11, 30, 16, tzinfo=UTC),
    )  # fmt: skip


def test_wrong_password_is_a_connection_failure(radicale) -> None:
    store_password("dav", "not-the-password")
    with pytest.raises(ConnectionFailed, match="refused the login"):
        read_caldav(config(radicale.principal_url), start=START, end=END, default_tz=CHICAGO)


def test_missing_password_says_what_to_do(radicale) -> None:
    with pytest.raises(CredentialError, match="no password in the keyring"):
        read_caldav(config(radicale.principal_url), start=START, end=END, default_tz=CHICAGO)


def test_server_down_is_a_connection_failure(account) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/alex/"
        with pytest.raises(ConnectionFailed, match="cannot connect"):
            read_caldav(config(url), start=START, end=END, default_tz=CHICAGO)


def test_tls_is_verified_and_a_self_signed_server_needs_its_ca(radicale_tls) -> None:
    """Invariant 5: a CalDAV server's certificate is checked; ca_file trusts a private CA."""
    store_password("dav", radicale_tls.password)
    url = radicale_tls.make_calendar()
    radicale_tls.put(url, single("tls-1", "20261110T150000Z", "Interview - Acme"))
    trusted = CalendarConfig(
        name="dav", kind="caldav", url=url, username="alex", timeout=10,
        ca_file=radicale_tls.ca_file,
    )  # fmt: skip
    result = read_caldav(trusted, start=START, end=END, default_tz=CHICAGO)
    assert [e.uid for e in result.events] == ["tls-1"]
    with pytest.raises(ConnectionFailed, match="ca_file"):
        read_caldav(config(url), start=START, end=END, default_tz=CHICAGO)
