"""Bounding the expansion of RRULEs, so that a hostile series costs bounded time and memory.

dateutil walks a rule from DTSTART, occurrence by occurrence, so a FREQ=SECONDLY rule that began
years ago costs millions of steps before it reaches the window, and a rule no day satisfies
(BYMONTH=2;BYMONTHDAY=30) walks to the year 9999. `bound_rules` estimates the work of a master's
rules and, when it is too much, moves DTSTART forward by whole periods to the window and clips
the rule's end; the occurrences inside the window do not change for a rule without COUNT.

Also the small time helpers that `ical` shares with it (UTC conversion, DTEND or DURATION).

Imports: icalendar property values only through the components it is given, and dateutil.
"""

from __future__ import annotations

import logging
import math
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped]
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

logger = logging.getLogger(__name__)

# Seconds per RRULE period, for estimates only (months and years are rounded up).
_PERIOD = {
    "SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 7 * 86400,
    "MONTHLY": 31 * 86400, "YEARLY": 366 * 86400,
}  # fmt: skip
_STEP_UNIT = {
    "SECONDLY": "seconds", "MINUTELY": "minutes", "HOURLY": "hours", "DAILY": "days",
    "WEEKLY": "weeks", "MONTHLY": "months", "YEARLY": "years",
}  # fmt: skip
# BY-parts that multiply the occurrences of each period, and the coarsest FREQ they multiply.
_EXPANDING = {
    "BYSECOND": "MINUTELY", "BYMINUTE": "HOURLY", "BYHOUR": "DAILY", "BYDAY": "WEEKLY",
    "BYMONTHDAY": "MONTHLY", "BYYEARDAY": "YEARLY", "BYWEEKNO": "YEARLY", "BYMONTH": "YEARLY",
}  # fmt: skip
_DAY_PARTS = frozenset({"BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY"})


def to_utc(value: date | datetime, tz: ZoneInfo) -> datetime:
    """An aware UTC datetime; floating times and all-day dates are placed in `tz`."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), tz).astimezone(UTC)
    if value.tzinfo is None:
        return value.replace(tzinfo=tz).astimezone(UTC)
    return value.astimezone(UTC)


def iso_z(value: datetime) -> str:
    """The SPEC's UTC form, `2026-11-20T15:00:00Z`."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def as_list(value: Any) -> list[Any]:
    """A property that may occur once or several times, as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def end_of(component: Any) -> date | datetime:
    """DTEND, else DTSTART + DURATION, else DTSTART (the RFC's default for a date-time)."""
    start = component["DTSTART"].dt
    if "DTEND" in component:
        return component["DTEND"].dt  # type: ignore[no-any-return]
    if "DURATION" in component:
        return start + component["DURATION"].dt  # type: ignore[no-any-return]
    return start  # type: ignore[no-any-return]


def _utc(value: date | datetime, tz: ZoneInfo) -> datetime:
    """`value` as a naive UTC datetime (floating and all-day in `tz`), for period arithmetic."""
    return to_utc(value, tz).replace(tzinfo=None)


def _like(value: datetime, template: date | datetime, tz: ZoneInfo) -> date | datetime:
    """Naive-UTC `value` in the form of `template`, as RFC 5545 wants UNTIL to match DTSTART."""
    aware = value.replace(tzinfo=UTC)
    if not isinstance(template, datetime):
        return aware.astimezone(tz).date()
    if template.tzinfo is None:
        return aware.astimezone(tz).replace(tzinfo=None)
    return aware


def _rule_shape(rule: Any) -> tuple[str, int, int]:
    """FREQ, INTERVAL and the most occurrences one period can give (from its BY-parts)."""
    freq = str(rule.get("FREQ", ["DAILY"])[0]).upper()
    interval = max(1, int(rule.get("INTERVAL", [1])[0]))
    factor = 1
    for part, coarsest in _EXPANDING.items():
        if part in rule and _PERIOD.get(freq, 86400) >= _PERIOD[coarsest]:
            factor *= max(1, len(rule[part])) * (5 if part == "BYDAY" and freq != "WEEKLY" else 1)
    return freq, interval, factor


@lru_cache(maxsize=256)
def _first_matching_day(day_parts: str, year: int) -> date | None:
    """The first day from `year` on that a rule's day filters allow, or None if none ever does.

    dateutil checks UNTIL only on days that pass the filters, so a rule no day satisfies
    (BYMONTH=2;BYMONTHDAY=30) walks period by period to the year 9999: seconds of work for
    a daily rule. This probe walks years instead, and is cached by filter.
    """
    rule = rrulestr(f"FREQ=YEARLY;{day_parts}", dtstart=datetime(year, 1, 1))
    found = rule.after(datetime(year, 1, 1), inc=True)
    return found.date() if found is not None else None


def _day_filters(rule: Any) -> str:
    """The day-level BY-parts of a rule (BYDAY without ordinals: a superset of its days)."""
    parts = []
    for chunk in rule.to_ical().decode().split(";"):
        key, _, value = chunk.partition("=")
        if key.upper() in _DAY_PARTS:
            if key.upper() == "BYDAY":
                value = ",".join(sorted({v.strip("+-0123456789") for v in value.split(",")}))
            parts.append(f"{key.upper()}={value}")
    return ";".join(sorted(parts))


def bound_rules(
    component: Any,
    window: tuple[datetime, datetime],
    tz: ZoneInfo,
    *,
    max_per_series: int,
    max_work: int,
) -> str | None:
    """Bound the work of expanding this master's RRULEs; say what was cut, if anything.

    dateutil walks a rule from DTSTART, so the cost is the number of steps from DTSTART to the
    window's end, whatever the window. When that estimate is over `max_work`, DTSTART
    moves forward by whole periods to just before the window (the occurrences in the window do
    not change for a rule without COUNT), and the rule is cut after about `max_per_series`
    occurrences. A rule whose day filters allow no day before the window ends is dropped.
    """
    rules = as_list(component.get("RRULE"))
    dtstart = component["DTSTART"].dt
    begin, end = _utc(window[0], tz), _utc(window[1], tz)
    for rule in rules:
        filters = _day_filters(rule)
        if filters:
            first = _first_matching_day(filters, _utc(dtstart, tz).year)
            if first is None or first > end.date() + timedelta(days=1):
                rules_left = [r for r in rules if r is not rule]
                component.pop("RRULE")
                for kept in rules_left:
                    component.add("RRULE", kept)
                if not rules_left:
                    return None
                return bound_rules(
                    component, window, tz, max_per_series=max_per_series, max_work=max_work
                )
    shapes = [_rule_shape(rule) for rule in rules]
    freq, interval, factor = min(shapes, key=lambda s: _PERIOD.get(s[0], 86400) * s[1] / s[2])
    if freq not in _PERIOD:
        return None
    period = timedelta(seconds=_PERIOD[freq] * interval)
    horizon = end
    for rule in rules:
        if "UNTIL" in rule:
            horizon = min(horizon, _utc(rule["UNTIL"][0], tz))
    steps = max(0.0, (horizon - _utc(dtstart, tz)) / period) * factor
    counts = [int(rule["COUNT"][0]) for rule in rules if "COUNT" in rule]
    if counts and len(counts) == len(rules):
        steps = min(steps, float(sum(counts)))
    if steps <= max_work:
        return None
    step = relativedelta(**{_STEP_UNIT[freq]: interval})
    for rule in rules:  # COUNT cannot survive a moved DTSTART: turn it into an UNTIL
        if "COUNT" in rule:
            last = _utc(dtstart, tz) + step * math.ceil(int(rule["COUNT"][0]) / factor)
            rule.pop("COUNT")
            rule["UNTIL"] = [_like(last, dtstart, tz)]
            horizon = min(horizon, last)
    duration = _utc(end_of(component), tz) - _utc(dtstart, tz)
    skip_periods = int((begin - duration - _utc(dtstart, tz)) / period) - 1
    if skip_periods > 0:
        _move(component, step * skip_periods)
        dtstart = component["DTSTART"].dt
    base = max(begin, _utc(dtstart, tz))
    if freq in ("MONTHLY", "YEARLY"):
        cut = base + step * math.ceil(max_per_series / factor)
    else:  # a fraction of a period, when one period alone holds more than the cap
        cut = base + period * (max_per_series / factor)
    if cut >= horizon:
        return None
    for rule in rules:
        rule.pop("UNTIL", None)
        rule["UNTIL"] = [_like(cut, dtstart, tz)]
    return (
        f"recurrence is too dense (FREQ={freq}): expanded only up to "
        f"{iso_z(cut.replace(tzinfo=UTC))}, about {max_per_series:,} occurrences"
    )


def _move(component: Any, delta: relativedelta) -> None:
    """Shift DTSTART (and DTEND) by `delta`, keeping their TZID parameters."""
    for name in ("DTSTART", "DTEND"):
        if name in component:
            prop = component.pop(name)
            component.add(name, prop.dt + delta, parameters=dict(prop.params))
