"""parse_calendar: time zones, recurrences, attendees, and hostile input (bounded, isolated)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.errors import ParseError
from assistant.sources.ical import IcsLimits, parse_calendar

DATA = Path(__file__).parent / "data" / "ics"
CHICAGO = ZoneInfo("America/Chicago")
START = datetime(2026, 11, 1, tzinfo=UTC)
END = datetime(2027, 1, 30, tzinfo=UTC)  # a 90-day window


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def cal(*events: str, header: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{header}{body}END:VCALENDAR\r\n".encode()


def ev(uid: str, start: str, end: str = "", extra: str = "", summary: str = "Meeting") -> str:
    lines = [f"UID:{uid}", f"DTSTART{start}", f"SUMMARY:{summary}"]
    if end:
        lines.append(f"DTEND{end}")
    return "\r\n".join(lines) + ("\r\n" + extra.strip() if extra else "")


def parse(data: bytes, start: datetime = START, end: datetime = END, **kw: object):
    return parse_calendar(data, source="test", start=start, end=end, default_tz=CHICAGO, **kw)


# -- times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dtstart", "expected"),
    [
        (":20261124T100000Z", "2026-11-24T10:00:00"),
        (";TZID=Europe/Berlin:20261124T100000", "2026-11-24T09:00:00"),
        (";TZID=Pacific Standard Time:20261124T100000", "2026-11-24T18:00:00"),  # Windows name
        (";TZID=W. Europe Standard Time:20260624T100000", "2026-06-24T08:00:00"),  # summer time
        (":20261124T100000", "2026-11-24T16:00:00"),  # floating: the user's zone (CST)
        (";TZID=Not/AZone:20261124T100000", "2026-11-24T16:00:00"),  # unknown zone: floating
    ],
)
def test_start_times_are_utc(dtstart: str, expected: str) -> None:
    result = parse(cal(ev("a", dtstart)), start=utc("2026-01-01T00:00:00"))
    assert [e.start for e in result.events] == [utc(expected)]
    assert result.events[0].start.tzinfo is UTC


def test_all_day_spans_the_users_days() -> None:
    result = parse(cal(ev("a", ";VALUE=DATE:20261126", ";VALUE=DATE:20261128")))
    (event,) = result.events
    assert event.all_day
    assert (event.start, event.end) == (utc("2026-11-26T06:00:00"), utc("2026-11-28T06:00:00"))


def test_all_day_without_end_lasts_one_day() -> None:
    (event,) = parse(cal(ev("a", ";VALUE=DATE:20261126"))).events
    assert event.end - event.start == timedelta(days=1)


def test_duration_instead_of_dtend() -> None:
    (event,) = parse(cal(ev("a", ":20261124T100000Z", extra="DURATION:PT45M"))).events
    assert event.end == utc("2026-11-24T10:45:00")


def test_vtimezone_with_a_custom_name_is_used() -> None:
    vtz = (
        "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
        "DTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )
    data = cal(ev("a", ";TZID=Customized Time Zone:20261124T100000"), header=vtz)
    assert [e.start for e in parse(data).events] == [utc("2026-11-24T09:00:00")]


def test_google_x_wr_timezone_keeps_local_time_across_dst() -> None:
    data = cal(
        ev("weekly", ":20261022T150000Z", ":20261022T160000Z", "RRULE:FREQ=WEEKLY;COUNT=3"),
        header="X-WR-TIMEZONE:America/Chicago\r\n",
    )
    result = parse(data, start=utc("2026-10-01T00:00:00"))
    # 10:00 in Chicago each week: 15:00Z in CDT, 16:00Z after the change on 1 November.
    assert [e.start for e in result.events] == [
        utc("2026-10-22T15:00:00"), utc("2026-10-29T15:00:00"), utc("2026-11-05T16:00:00"),
    ]  # fmt: skip


def test_a_zone_defined_by_an_earlier_calendar_does_not_leak_into_the_next() -> None:
    """icalendar caches an Outlook VTIMEZONE by name for the whole process (the service reads
    many calendars); a later Google calendar naming that zone must still get the real zone,
    not the X-WR-TIMEZONE one."""
    parse((DATA / "outlook_style.ics").read_bytes())  # defines "Pacific Standard Time"
    series = ev(
        "s", ";TZID=Pacific Standard Time:20261124T100000", extra="RRULE:FREQ=DAILY;COUNT=2"
    )
    data = cal(
        ev("one", ";TZID=Pacific Standard Time:20261124T100000", summary="Interview"),
        series,
        header="X-WR-TIMEZONE:Europe/Berlin\r\n",
    )
    starts = sorted((e.uid, e.start) for e in parse(data).events)
    assert starts == [
        ("one", utc("2026-11-24T18:00:00")),  # 10:00 in Los Angeles, not in Berlin
        ("s", utc("2026-11-24T18:00:00")),
        ("s", utc("2026-11-25T18:00:00")),
    ]


# -- recurrences ---------------------------------------------------------------------------


def test_rrule_exdate_rdate_and_override() -> None:
    master = ev(
        "s",
        ";TZID=America/Chicago:20261102T090000",
        ";TZID=America/Chicago:20261102T093000",
        "RRULE:FREQ=DAILY;COUNT=4\r\nEXDATE;TZID=America/Chicago:20261103T090000\r\n"
        "RDATE;TZID=America/Chicago:20261110T120000",
        summary="Series",
    )
    moved = ev(
        "s",
        ";TZID=America/Chicago:20261104T150000",
        ";TZID=America/Chicago:20261104T160000",
        "RECURRENCE-ID;TZID=America/Chicago:20261104T090000\r\nSEQUENCE:1",
        summary="Moved",
    )
    events = parse(cal(master, moved)).events
    assert [(e.start, e.title, e.recurrence_id) for e in events] == [
        (utc("2026-11-02T15:00:00"), "Series", "2026-11-02T15:00:00Z"),
        (utc("2026-11-04T21:00:00"), "Moved", "2026-11-04T15:00:00Z"),
        (utc("2026-11-05T15:00:00"), "Series", "2026-11-05T15:00:00Z"),
        (utc("2026-11-10T18:00:00"), "Series", "2026-11-10T18:00:00Z"),
    ]
    assert events[1].sequence == 1


def test_single_event_has_no_recurrence_id_and_keeps_the_highest_sequence() -> None:
    older = ev("x", ":20261124T100000Z", extra="SEQUENCE:1", summary="old")
    newer = ev("x", ":20261125T100000Z", extra="SEQUENCE:3", summary="new")
    (event,) = parse(cal(newer, older)).events
    assert (event.title, event.recurrence_id, event.sequence) == ("new", None, 3)


def test_window_keeps_overlapping_events_only() -> None:
    data = cal(
        ev("before", ":20261030T100000Z", ":20261030T110000Z"),
        ev("overlap", ":20261031T230000Z", ":20261101T010000Z"),
        ev("after", ":20270130T000000Z", ":20270130T010000Z"),
        ev("inside", ":20261115T000000Z", ":20261115T010000Z"),
    )
    assert [e.uid for e in parse(data).events] == ["overlap", "inside"]


# -- properties ----------------------------------------------------------------------------


def test_people_status_sequence_transparency_and_method() -> None:
    extra = (
        'ORGANIZER;CN="Lee, Jamie":MAILTO:Jamie.Lee@Acme.IO\r\n'
        "ATTENDEE;CN=Alex;PARTSTAT=DECLINED;ROLE=REQ-PARTICIPANT:mailto:alex@example.net\r\n"
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:Room.4@acme.io\r\n"
        "STATUS:cancelled\r\nSEQUENCE:4\r\nTRANSP:TRANSPARENT\r\nLOCATION:Room 4\r\n"
        "DESCRIPTION:Line one\\nLine two"
    )
    result = parse(cal(ev("a", ":20261124T100000Z", extra=extra), header="METHOD:REQUEST\r\n"))
    (event,) = result.events
    assert result.method == "REQUEST" and event.method == "REQUEST"
    assert event.organizer is not None
    assert (event.organizer.email, event.organizer.name) == ("jamie.lee@acme.io", "Lee, Jamie")
    assert [(a.email, a.partstat, a.role, a.cutype) for a in event.attendees] == [
        ("alex@example.net", "DECLINED", "REQ-PARTICIPANT", "INDIVIDUAL"),
        ("room.4@acme.io", "NEEDS-ACTION", "NON-PARTICIPANT", "ROOM"),
    ]
    assert (event.status, event.sequence, event.transparent) == ("CANCELLED", 4, True)
    assert event.description == "Line one\nLine two" and event.location == "Room 4"


def test_outlook_free_busy_status_is_transparent() -> None:
    extra = "X-MICROSOFT-CDO-BUSYSTATUS:FREE"
    (event,) = parse(cal(ev("a", ":20261124T100000Z", extra=extra))).events
    assert event.transparent


# -- bad and hostile input -----------------------------------------------------------------


def test_not_a_calendar_is_a_parse_error_naming_the_source() -> None:
    with pytest.raises(ParseError, match=r"^test: is not an iCalendar file"):
        parse(b"<html>Sign in</html>")


def test_huge_file_is_refused_before_parsing() -> None:
    data = b"BEGIN:VCALENDAR\r\n" + b"X-FILLER:" + b"x" * (20 * 1024 * 1024) + b"\r\n"
    with pytest.raises(ParseError, match="over the 20,971,520-byte limit") as info:
        parse(data)
    assert info.value.item == "test"


def test_broken_lines_and_events_cost_only_themselves() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:good1\r\nDTSTART:20261124T100000Z\r\nSUMMARY:One\r\n"
        b"this line lost its folding space\r\nEND:VEVENT\r\n"  # line 7
        b"BEGIN:VEVENT\r\nUID:bad\r\nDTSTART:2026-11-24 10:00\r\nSUMMARY:Bad\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:open\r\nDTSTART:20261124T100000Z\r\n"  # line 14, never closed
        b"BEGIN:VEVENT\r\nUID:good2\r\nDTSTART:20261125T100000Z\r\nSUMMARY:Two\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    result = parse(data)
    assert [e.uid for e in result.events] == ["good1", "good2"]
    reasons = {s.item.split(" (")[0]: s.reason for s in result.skipped}
    assert reasons["line 7"].startswith("is not an iCalendar content line")
    assert "cannot be read" in reasons["line 9"]
    assert reasons["line 14"] == "VEVENT has no END:VEVENT"


@pytest.mark.timeout(60)
def test_secondly_rule_without_end_is_bounded() -> None:
    endless = ev("endless", ":20200101T000000Z", extra="DURATION:PT1S\r\nRRULE:FREQ=SECONDLY")
    data = cal(endless, ev("normal", ":20261124T100000Z"))
    limits = IcsLimits()
    result = parse(data, limits=limits)
    series = [e for e in result.events if e.uid == "endless"]
    assert len(series) == limits.max_per_series
    assert series[0].start == START  # the expansion starts at the window, not in 2020
    assert any(e.uid == "normal" for e in result.events)
    assert any(s.item == "endless" and "too dense" in s.reason for s in result.skipped)


@pytest.mark.timeout(60)
def test_rule_no_day_satisfies_ends_quickly_and_keeps_others() -> None:
    never = ev("never", ":20200101T090000Z", extra="RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30")
    result = parse(cal(never, ev("normal", ":20261124T100000Z")))
    assert [e.uid for e in result.events] == ["normal"]


@pytest.mark.timeout(60)
def test_dense_by_parts_are_bounded() -> None:
    minutes = ",".join(str(m) for m in range(60))
    hours = ",".join(str(h) for h in range(24))
    rule = f"RRULE:FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes};BYSECOND={minutes}"
    result = parse(cal(ev("dense", ":20100101T000000Z", extra=rule)))
    assert len(result.events) == IcsLimits().max_per_series
    assert result.skipped


def test_total_and_component_caps() -> None:
    events = [ev(f"e{i}", f":202611{10 + i % 15}T{i % 24:02d}0000Z") for i in range(40)]
    result = parse(cal(*events), limits=IcsLimits(max_total=25))
    assert len(result.events) == 25
    assert any(s.item == "calendar" for s in result.skipped)
    result = parse(cal(*events), limits=IcsLimits(max_components=10))
    assert len(result.events) == 10
    assert any("not read" in s.reason for s in result.skipped)


@pytest.mark.timeout(120)
def test_ten_thousand_overrides() -> None:
    master = ev("h", ":20261101T000000Z", ":20261101T001000Z", "RRULE:FREQ=HOURLY;COUNT=10000")
    base = datetime(2026, 11, 1, tzinfo=UTC)
    overrides = [
        ev("h", f":{(t + timedelta(minutes=5)):%Y%m%dT%H%M%SZ}", "",
           f"RECURRENCE-ID:{t:%Y%m%dT%H%M%SZ}\r\nDURATION:PT10M\r\nSEQUENCE:1", summary="moved")
        for t in (base + timedelta(hours=i) for i in range(10_000))
    ]  # fmt: skip
    end = START + timedelta(days=90)
    result = parse(cal(master, *overrides), end=end)
    assert len(result.events) == 90 * 24
    assert {e.title for e in result.events} == {"moved"}
    assert all(e.start.minute == 5 for e in result.events)


def test_fixture_files_read_without_problems() -> None:
    for path in sorted(DATA.glob("*.ics")):
        result = parse(path.read_bytes(), start=utc("2026-10-01T00:00:00"))
        assert result.events, path.name
        assert result.skipped == [], path.name


def test_broken_series_costs_only_itself() -> None:
    broken_start = ev("s", ":2026-11-24 10:00", extra="RRULE:FREQ=WEEKLY;COUNT=3")
    twice = ev("r", ":20261124T100000Z", extra="RECURRENCE-ID:20261124T100000Z\r\n"
               "RECURRENCE-ID:20261124T100000Z")  # fmt: skip
    result = parse(cal(broken_start, twice, ev("normal", ":20261125T100000Z")))
    assert [e.uid for e in result.events] == ["normal"]
    assert any("UID s" in s.item and "cannot be expanded" in s.reason for s in result.skipped)
    assert any("UID r" in s.item and "cannot be read" in s.reason for s in result.skipped)
