"""Free slots: table tests for each rule, and a property test for the invariants."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.config import Policy
from assistant.slots import BUFFER, free_slots

BERLIN = ZoneInfo("Europe/Berlin")
CHICAGO = ZoneInfo("America/Chicago")
POLICY = Policy()  # Mon-Fri 09:00-17:00, 3 slots of 45 min over 5 working days


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local_starts(slots, tz):
    return [s.start.astimezone(tz).strftime("%a %d %H:%M") for s in slots]


def test_spread_over_days_from_tomorrow_alternating_morning_and_afternoon():
    # Friday afternoon: the next working days are Mon 23, Tue 24, Wed 25 November.
    slots = free_slots([], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=POLICY)
    assert local_starts(slots, BERLIN) == ["Mon 23 10:00", "Tue 24 14:00", "Wed 25 11:00"]
    assert [s.start for s in slots] == [
        utc(2026, 11, 23, 9),
        utc(2026, 11, 24, 13),
        utc(2026, 11, 25, 10),
    ]
    assert all(s.end - s.start == timedelta(minutes=45) for s in slots)


def test_never_later_today_even_with_a_free_afternoon():
    slots = free_slots([], now=utc(2026, 11, 23, 7), tz=BERLIN, policy=POLICY)  # Monday 08:00
    assert local_starts(slots, BERLIN)[0] == "Tue 24 10:00"


def test_a_busy_day_is_skipped():
    monday = (utc(2026, 11, 23, 7), utc(2026, 11, 23, 17))
    slots = free_slots([monday], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=POLICY)
    assert local_starts(slots, BERLIN) == ["Tue 24 10:00", "Wed 25 14:00", "Thu 26 11:00"]


def test_busy_interval_is_avoided_with_a_buffer():
    # 09:45-10:30 Berlin busy: with the 15 min buffer, 9:00 .. 10:30 starts clash; 11:00 is next.
    meeting = (utc(2026, 11, 23, 8, 45), utc(2026, 11, 23, 9, 30))
    slots = free_slots([meeting], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=POLICY)
    assert local_starts(slots, BERLIN)[0] == "Mon 23 11:00"
    assert timedelta(minutes=15) == BUFFER


def test_round_times_inside_odd_working_hours():
    policy = replace(POLICY, working_hours=(time(9, 15), time(10, 50)))
    slots = free_slots([], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=policy)
    # candidates 09:30 and 10:00 (10:00 + 45 min = 10:45 <= 10:50); 10:00 is nearest to 10:00/11:00
    assert local_starts(slots, BERLIN) == ["Mon 23 10:00", "Tue 24 10:00", "Wed 25 10:00"]


def test_more_slots_than_free_days_go_on_the_same_day_apart():
    policy = replace(POLICY, slot_days_ahead=1)
    slots = free_slots([], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=policy)
    assert local_starts(slots, BERLIN) == ["Mon 23 10:00", "Mon 23 12:00", "Mon 23 14:00"]


def test_fully_busy_gives_no_slots_and_count_is_bounded():
    week = (utc(2026, 11, 1), utc(2026, 12, 31))
    assert free_slots([week], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=POLICY) == ()
    assert (
        free_slots([], now=utc(2026, 11, 20), tz=BERLIN, policy=replace(POLICY, slots_to_propose=0))
        == ()
    )
    five = free_slots(
        [], now=utc(2026, 11, 20), tz=BERLIN, policy=replace(POLICY, slots_to_propose=5)
    )
    assert len(five) == 5 and len({s.start.date() for s in five}) == 5


def test_working_days_are_read_in_the_users_zone():
    # Sunday 23:30 UTC is already Monday in Berlin: "tomorrow" is Tuesday there.
    slots = free_slots([], now=utc(2026, 11, 22, 23, 30), tz=BERLIN, policy=POLICY)
    assert local_starts(slots, BERLIN)[0] == "Tue 24 10:00"
    weekend = replace(POLICY, working_days=(5, 6))
    slots = free_slots([], now=utc(2026, 11, 20, 15), tz=BERLIN, policy=weekend)
    assert local_starts(slots, BERLIN) == ["Sat 21 10:00", "Sun 22 14:00", "Sat 28 11:00"]


def test_wall_times_hold_across_the_autumn_dst_change():
    # Chicago leaves DST on Sunday 1 November 2026: 10:00 is 15:00Z before and 16:00Z after.
    slots = free_slots([], now=utc(2026, 10, 29, 18), tz=CHICAGO, policy=POLICY)
    assert local_starts(slots, CHICAGO) == ["Fri 30 10:00", "Mon 02 14:00", "Tue 03 11:00"]
    assert [s.start for s in slots] == [
        utc(2026, 10, 30, 15),
        utc(2026, 11, 2, 20),
        utc(2026, 11, 3, 17),
    ]


def test_spring_forward_gap_is_never_proposed():
    # Berlin skips 02:00-03:00 on Sunday 28 March 2027.
    policy = replace(
        POLICY,
        working_days=(6,),
        working_hours=(time(2), time(4)),
        slot_length=timedelta(minutes=30),
        slots_to_propose=4,
        slot_days_ahead=1,
    )
    slots = free_slots([], now=utc(2027, 3, 27, 12), tz=BERLIN, policy=policy)
    # 02:00 and 02:30 do not exist; of 03:00 and 03:30 (closer than the same-day gap) the one
    # nearer the preferred time is kept.
    assert local_starts(slots, BERLIN) == ["Sun 28 03:30"]
    early = replace(policy, working_hours=(time(2), time(3, 30)))
    assert local_starts(
        free_slots([], now=utc(2027, 3, 27, 12), tz=BERLIN, policy=early), BERLIN
    ) == ["Sun 28 03:00"]


ZONES = [BERLIN, CHICAGO, ZoneInfo("Asia/Kolkata"), ZoneInfo("Australia/Sydney"), ZoneInfo("UTC")]
moments = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31)).map(
    lambda d: d.replace(tzinfo=UTC)
)
intervals = st.tuples(moments, st.integers(min_value=1, max_value=60 * 48)).map(
    lambda p: (p[0], p[0] + timedelta(minutes=p[1]))
)
policies = st.builds(
    lambda days, start, length, n, ahead, minutes: Policy(
        working_days=tuple(sorted(days)),
        working_hours=(time(start), time(min(start + length, 23), 0)),
        slot_length=timedelta(minutes=minutes),
        slots_to_propose=n,
        slot_days_ahead=ahead,
    ),
    st.sets(st.integers(0, 6), min_size=1),
    st.integers(0, 20),
    st.integers(1, 12),
    st.integers(0, 6),
    st.integers(1, 10),
    st.sampled_from([15, 30, 45, 60, 90]),
)


@settings(max_examples=150, deadline=None)
@given(
    now=moments, busy=st.lists(intervals, max_size=12), tz=st.sampled_from(ZONES), policy=policies
)
def test_slot_invariants(now, busy, tz, policy):
    slots = free_slots(busy, now=now, tz=tz, policy=policy)
    assert len(slots) <= policy.slots_to_propose
    assert list(slots) == sorted(slots, key=lambda s: s.start)
    first, last = policy.working_hours
    today = now.astimezone(tz).date()
    for slot in slots:
        assert slot.end - slot.start == policy.slot_length
        assert slot.start > now
        start, end = slot.start.astimezone(tz), slot.end.astimezone(tz)
        assert start.date() > today
        assert start.weekday() in policy.working_days
        assert start.minute in (0, 30) and start.second == 0
        assert start.time() >= first and end.date() == start.date() and end.time() <= last
        for b_start, b_end in busy:
            assert slot.end <= b_start or slot.start >= b_end, "overlaps a busy interval"
    assert len({s.start for s in slots}) == len(slots)


@pytest.mark.parametrize("tz", ZONES)
def test_same_input_same_output(tz):
    busy = [(utc(2026, 11, 24, 8), utc(2026, 11, 24, 12))]
    a = free_slots(busy, now=utc(2026, 11, 20, 15), tz=tz, policy=POLICY)
    assert a == free_slots(list(reversed(busy)), now=utc(2026, 11, 20, 15), tz=tz, policy=POLICY)
    assert len(a) == 3
