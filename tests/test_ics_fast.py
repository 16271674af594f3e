"""The fast reader of single events gives exactly what the full icalendar path gives.

Two comparisons: property by property (each block read by `ics_fast` against
`icalendar.Component.from_ical` of the same lines), and whole reads (`parse_calendar` with the
fast path against `parse_calendar` with it switched off, by replacing the private selector
`ical._fast_event` for one call: the only way to run the old path, no I/O is faked).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar.parser.content_line import Contentline

from assistant.sources import ical
from assistant.sources.ics_fast import _read_line, read_simple_event, simple_uid
from assistant.sources.ics_text import split_document

DATA = Path(__file__).parent / "data" / "ics"
CHICAGO = ZoneInfo("America/Chicago")
START = datetime(2026, 10, 1, tzinfo=UTC)
END = datetime(2027, 1, 30, tzinfo=UTC)


def both_paths(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    def read() -> Any:
        return ical.parse_calendar(data, source="t", start=START, end=END, default_tz=CHICAGO)

    fast = read()
    with monkeypatch.context() as patch:
        patch.setattr(ical, "_fast_event", lambda *args: None)
        full = read()
    return fast, full


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return (
            isinstance(a, list) and isinstance(b, list) and len(a) == len(b)
            and all(same_value(x, y) for x, y in zip(a, b, strict=True))
        )  # fmt: skip
    if type(a) is not type(b) or dict(a.params) != dict(b.params):
        return False
    if hasattr(a, "dt"):
        return a.dt == b.dt and getattr(a.dt, "tzinfo", None) == getattr(b.dt, "tzinfo", None)
    return str(a) == str(b) and a.to_ical() == b.to_ical()


def assert_blocks_read_alike(text: str) -> int:
    """Each VEVENT the fast reader accepts has the full parser's properties; returns how many."""
    accepted = 0
    for block in split_document(text).blocks:
        if block.name != "VEVENT":
            continue
        fast = read_simple_event(block, ical._USED)
        if fast is None:
            continue
        accepted += 1
        full = icalendar.Component.from_ical(block.text_with(ical._USED))
        assert not full.errors, block.text
        assert sorted(fast) == sorted(full.keys()), block.text
        for name, value in fast.items():
            assert same_value(value, full[name]), (name, block.text)
        uid = simple_uid(block)
        assert uid is None or uid == str(full.get("UID")).strip()
    return accepted


def test_fixture_calendars_read_alike_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    accepted = 0
    for path in sorted(DATA.glob("*.ics")):
        accepted += assert_blocks_read_alike(path.read_text())
        fast, full = both_paths(path.read_bytes(), monkeypatch)
        assert fast == full, path.name
    assert accepted > 10  # the fast path is really used on the fixtures


# -- generated calendars -------------------------------------------------------------------

_STARTS = [
    ":20261124T100000Z", ";TZID=America/Chicago:20261124T100000",
    ";TZID=Europe/Berlin:20261124T230000", ";TZID=Pacific Standard Time:20261124T100000",
    ";TZID=Not/AZone:20261124T100000", ":20261124T100000", ";VALUE=DATE:20261124",
    ":20261124", ";tzid=America/Chicago:20261101T013000", ":2026-11-24 10:00",
    "; TZID=Europe/Berlin :20261124T100000", ";TZID=\"America/Chicago\":20261124T100000",
    ";X-P=a\\;b:20261124T100000Z", ";:20261124T100000Z",
]  # fmt: skip
_ENDS = [
    "", "DTEND:20261124T110000Z", "DTEND;TZID=America/Chicago:20261124T113000",
    "DTEND;VALUE=DATE:20261126", "DURATION:PT45M", "DURATION:P1D", "DTEND:garbage",
]  # fmt: skip
_TEXTS = [
    "Interview", "Phone screen \\, Acme\\; round 2", "Line one\\nLine two\\\\done",
    "Entretien d’embauche", "a:b;c", "  spaced   out  ", "",
]  # fmt: skip
_PEOPLE = [
    "ORGANIZER;CN=Sam Park:mailto:sam.park@example.com",
    'ORGANIZER;CN="Lee, Jamie":MAILTO:Jamie.Lee@Acme.IO',
    "ATTENDEE;CN=Alex;PARTSTAT=DECLINED;ROLE=REQ-PARTICIPANT:mailto:alex@example.net",
    "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:Room.4@acme.io",
    "ATTENDEE;CN=O^'Neil^nX;PARTSTAT=ACCEPTED:mailto:o@example.org",
    "ATTENDEE;CN=Kim Lee,Jr;PARTSTAT=tentative:mailto:kim@example.com",
    "attendee;partstat=accepted:MAILTO:lower@example.com",
    "ATTENDEE:invalid-address",
]  # fmt: skip
_OTHER = [
    "STATUS:CANCELLED", "STATUS:tentative", "SEQUENCE:3", "SEQUENCE:+2", "SEQUENCE:abc",
    "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-BUSYSTATUS:a\\,b",
    "LOCATION:Room 4\\, floor 2", "DESCRIPTION:Join https://meet.example.com/x?a=1&b=2",
    "RECURRENCE-ID:20261124T100000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "RECURRENCE-ID:garbage",
    "RRULE:FREQ=DAILY;BYDAY=XX", "RDATE:",
    "EXDATE:20261201T100000Z", "RDATE:20261210T100000Z", "DTSTAMP:20261101T000000Z",
    "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nEND:VALARM",
    "UID:second-uid", "SUMMARY:second summary", "X-CUSTOM;P=1:value\\, kept",
]  # fmt: skip


@st.composite
def vevents(draw: st.DrawFn) -> str:
    lines = []
    uid = draw(st.sampled_from(["a@x", "b@x", "c\\,d@x", " e@x ", None]))
    if uid is not None:
        lines.append(f"UID:{uid}")
    lines.append("DTSTART" + draw(st.sampled_from(_STARTS)))
    if end := draw(st.sampled_from(_ENDS)):
        lines.append(end)
    lines.append("SUMMARY:" + draw(st.sampled_from(_TEXTS)))
    lines += draw(st.lists(st.sampled_from(_PEOPLE), max_size=3))
    lines += draw(st.lists(st.sampled_from(_OTHER), max_size=3))
    lines = draw(st.permutations(lines))
    return "BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"


@st.composite
def calendars(draw: st.DrawFn) -> str:
    header = draw(st.sampled_from(
        ["", "X-WR-TIMEZONE:Europe/Berlin\r\n", "X-WR-TIMEZONE:Nowhere/Else\r\n",
         "METHOD:REQUEST\r\n"]
    ))  # fmt: skip
    events = "".join(draw(st.lists(vevents(), min_size=1, max_size=6)))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{header}{events}END:VCALENDAR\r\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=calendars())
def test_generated_calendars_read_alike_both_ways(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_blocks_read_alike(text)
    fast, full = both_paths(text.encode(), monkeypatch)
    assert fast == full


def test_fast_reader_declines_what_belongs_to_a_series() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:s\r\nDTSTART:20261124T100000Z\r\n"
        "RRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:s\r\n"
        "DTSTART:20261124T150000Z\r\nRECURRENCE-ID:20261124T100000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:single\r\nDTSTART:20261124T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    master, override, single = split_document(text).blocks
    assert read_simple_event(master, ical._USED) is None
    assert read_simple_event(override, ical._USED) is None
    assert read_simple_event(single, ical._USED) is not None


_PARAM_TEXT = st.text(alphabet="aZ09- =;,:\"'^n%2C\\\t.é", max_size=24)


@settings(max_examples=400, deadline=None)
@given(raw=st.one_of(
    _PARAM_TEXT,
    st.lists(st.tuples(st.sampled_from(["CN", "partstat", "X-A", "C N"]), _PARAM_TEXT),
             max_size=3).map(lambda kv: ";".join(f"{k}={v}" for k, v in kv)),
))  # fmt: skip
def test_parameters_read_as_icalendar_reads_them(raw: str) -> None:
    line = f"ATTENDEE;{raw}:mailto:a@example.com"
    try:
        name, params, _ = Contentline(line).parts()
    except ValueError:
        expected = None
    else:
        expected = (name.upper(), dict(params))
    try:
        found = _read_line(line)
    except Exception:
        return  # unsure: the full path reads it, which the tests above cover
    assert expected is not None, line
    assert (found[0], dict(found[1].params)) == expected, line
    assert type(found[1].params) is type(params)
