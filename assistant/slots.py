"""Free time the user can offer an employer: the slots a reschedule or apology draft proposes.

Pure: imports only `assistant.config` and `assistant.records`; no clock, no I/O. The caller
passes the busy intervals of all calendars (UTC) and `now`.

How slots are chosen (each rule is something a recruiter reading the draft would notice):

- **Starting tomorrow**, never later today: a draft is read, approved and answered before a
  time is confirmed, so a same-day proposal would mostly have expired by then. "Tomorrow" is
  the user's local calendar day after `now`.
- **Working days and hours** from `[policy]`, as wall-clock times in the user's zone, so a slot
  at 09:00 stays at 09:00 across a daylight-saving change; a wall time that does not exist that
  day (the spring-forward gap) is never proposed.
- **Round times**: starts on :00 or :30 local time; the whole slot ends within working hours.
- **A buffer** of `BUFFER` around every busy interval, so no slot is back-to-back with a meeting.
- **Spread over days**: first one slot per working day, alternating morning and afternoon
  preferences, then (only when there are fewer free days than slots wanted) further slots on
  days already used, at least `SAME_DAY_GAP` apart.
- At most `policy.slots_to_propose`, sorted by start; fewer when the calendar is that full.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.config import Policy
from assistant.records import Slot

logger = logging.getLogger(__name__)

BUFFER = timedelta(minutes=15)
SAME_DAY_GAP = timedelta(hours=2)
# Preferred local start times, by position of the day in the proposal: alternating late morning
# and early afternoon reads as "choose what suits you" rather than "mornings only".
_PREFERRED = (time(10, 0), time(14, 0), time(11, 0), time(15, 0))
_MAX_CALENDAR_DAYS = 62  # how far ahead to look for enough working days (a sparse week pattern)

Interval = tuple[datetime, datetime]


def free_slots(
    busy: Sequence[Interval], *, now: datetime, tz: ZoneInfo, policy: Policy
) -> tuple[Slot, ...]:
    """Up to `policy.slots_to_propose` free slots over the next `slot_days_ahead` working days.

    Args:
        busy: (start, end) intervals, aware datetimes, in any order; overlapping is fine.
        now: the decision time (aware).
        tz: the user's zone; working days and hours are read in it.
        policy: working_days, working_hours, slot_length, slots_to_propose, slot_days_ahead.
    """
    wanted = policy.slots_to_propose
    if wanted <= 0:
        return ()
    blocked = sorted((s - BUFFER, e + BUFFER) for s, e in busy if e > s)
    days = [_candidates(day, tz, policy, blocked) for day in _working_days(now, tz, policy)]
    chosen: list[datetime] = []
    for starts in days:
        if len(chosen) == wanted:
            break
        if starts:
            chosen.append(_nearest(starts, _PREFERRED[len(chosen) % len(_PREFERRED)], tz))
    for starts in days:
        for start in starts:
            if len(chosen) == wanted:
                break
            if all(abs(start - other) >= SAME_DAY_GAP for other in chosen):
                chosen.append(start)
    return tuple(Slot(s, s + policy.slot_length) for s in sorted(chosen))


def _working_days(now: datetime, tz: ZoneInfo, policy: Policy) -> Iterator[date]:
    """The next `slot_days_ahead` working days after `now`'s local day."""
    day = now.astimezone(tz).date()
    found = 0
    for _ in range(_MAX_CALENDAR_DAYS):
        day += timedelta(days=1)
        if day.weekday() in policy.working_days:
            yield day
            found += 1
            if found == policy.slot_days_ahead:
                return


def _local(day: date, wall: time, tz: ZoneInfo) -> datetime | None:
    """`wall` on `day` in `tz` as aware UTC, or None when that wall time does not exist."""
    local = datetime.combine(day, wall, tzinfo=tz)
    utc = local.astimezone(ZoneInfo("UTC"))
    if utc.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None  # in the spring-forward gap
    return utc


def _candidates(
    day: date, tz: ZoneInfo, policy: Policy, blocked: Sequence[Interval]
) -> list[datetime]:
    """Free round starts on `day` (UTC), in order."""
    first, last = policy.working_hours
    day_end = _local(day, last, tz)
    if day_end is None:
        return []
    minutes = first.hour * 60 + first.minute
    minutes += -minutes % 30  # round up to :00 or :30
    starts = []
    while minutes < 24 * 60:
        start = _local(day, time(minutes // 60, minutes % 60), tz)
        minutes += 30
        if start is None:
            continue
        end = start + policy.slot_length
        if end > day_end:
            break
        if not any(s < end and start < e for s, e in blocked):
            starts.append(start)
    return starts


def _nearest(starts: Sequence[datetime], wall: time, tz: ZoneInfo) -> datetime:
    """The start whose local time of day is closest to `wall` (the earlier wins a tie)."""
    target = wall.hour * 60 + wall.minute

    def distance(start: datetime) -> tuple[int, datetime]:
        local = start.astimezone(tz)
        return abs(local.hour * 60 + local.minute - target), start

    return min(starts, key=distance)
