"""iCalendar bytes -> `CalendarEvent` occurrences inside a time window, in UTC.

The only module that imports icalendar, recurring_ical_events and x_wr_timezone. Every calendar
source (file, URL, CalDAV, an invitation inside an email) ends here, so recurrences, time zones
and hostile input are handled the same way for all of them.

How a file is read, and why:
1. `ics_text.split_document` cuts it into VEVENT / VTIMEZONE blocks with line numbers, so one
   broken VEVENT is skipped with its line and the others survive, and events far outside the
   window are never fully parsed (parsing is most of the cost of a big calendar).
2. Each block is parsed by icalendar; VTIMEZONEs first, since icalendar caches them by TZID and
   resolves DTSTART;TZID=... against that cache (Windows names such as "Pacific Standard Time"
   map to IANA zones inside icalendar). Google's X-WR-TIMEZONE is applied by x_wr_timezone.
3. Events sharing a UID with an RRULE or RDATE form a series, expanded by recurring_ical_events
   (EXDATE, RECURRENCE-ID overrides, SEQUENCE). Before that, a series whose rule would make the
   expansion run for too long (FREQ=SECONDLY from years ago, say) is bounded: its DTSTART is
   moved forward by whole periods to the window, and its end is clipped so that it yields about
   `max_per_series` occurrences; `SkippedItem`s say what was cut.
4. Floating times and all-day dates are placed in the user's zone, then everything goes to UTC.

Imports: records, errors, sources.ics_text, and the calendar libraries.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
import x_wr_timezone
from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped]
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

from assistant.errors import ParseError
from assistant.records import Attendee, CalendarEvent, SkippedItem
from assistant.sources.ics_text import Block, may_touch_window, split_document

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
# The VEVENT properties this module reads; the others are dropped before parsing.
_USED = frozenset({
    "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "SUMMARY", "DESCRIPTION", "LOCATION", "ORGANIZER", "ATTENDEE", "STATUS", "SEQUENCE",
    "TRANSP", "X-MICROSOFT-CDO-BUSYSTATUS",
})  # fmt: skip
_DAY_PARTS = frozenset({"BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY"})
_QUERY_MARGIN = timedelta(days=2)  # floating and all-day times are compared before placing them


@dataclass(frozen=True)
class IcsLimits:
    """Bounds that keep a hostile calendar from costing unbounded time or memory."""

    max_bytes: int = 20 * 1024 * 1024
    max_per_series: int = 5_000
    max_total: int = 50_000
    max_components: int = 20_000  # VEVENTs parsed (those near the window)
    max_series_work: int = 50_000  # estimated rule steps from DTSTART to the window's end


DEFAULT_LIMITS = IcsLimits()
_NONE = CalendarEvent(source="", uid="", start=datetime.min.replace(tzinfo=UTC),
                      end=datetime.min.replace(tzinfo=UTC), title="", sequence=-1)


@dataclass(frozen=True)
class CalendarReadResult:
    """What one calendar read gave: occurrences (earliest first), what was skipped, METHOD."""

    events: list[CalendarEvent] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    method: str | None = None


def parse_calendar(
    data: bytes,
    *,
    source: str,
    start: datetime,
    end: datetime,
    default_tz: ZoneInfo,
    limits: IcsLimits = DEFAULT_LIMITS,
) -> CalendarReadResult:
    """Every occurrence of every VEVENT that overlaps [start, end), as UTC `CalendarEvent`s.

    Args:
        data: the raw .ics bytes (UTF-8; other bytes are replaced).
        source: the calendar's configured name (or "email:<message-id>"); used in events,
            skipped items and errors.
        start, end: the window, timezone-aware.
        default_tz: the user's zone, for floating times and all-day dates.

    Raises:
        ParseError: the data is over `limits.max_bytes` or is not an iCalendar file at all.
    """
    if len(data) > limits.max_bytes:
        raise ParseError(
            source,
            f"calendar data is {len(data):,} bytes, over the {limits.max_bytes:,}-byte limit; "
            "export a shorter range or use a CalDAV time-range query instead",
        )
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    doc = split_document(text)
    if not doc.has_calendar:
        raise ParseError(source, "is not an iCalendar file (no BEGIN:VCALENDAR line)")
    reader = _Reader(source, start, end, default_tz, limits)
    for line, reason in doc.problems:
        reader.skip(f"line {line}", reason)
    method = doc.header.get("METHOD", "").upper() or None
    calendar = reader.build(doc.blocks, doc.header)
    events = reader.expand(calendar, method)
    logger.debug("%s: %d occurrences, %d skipped", source, len(events), len(reader.skipped))
    return CalendarReadResult(events=events, skipped=reader.skipped, method=method)


class _Reader:
    """State of one `parse_calendar` call: the window, limits, and what was skipped."""

    def __init__(
        self, source: str, start: datetime, end: datetime, tz: ZoneInfo, limits: IcsLimits
    ) -> None:
        self.source, self.start, self.end, self.tz, self.limits = source, start, end, tz, limits
        self.skipped: list[SkippedItem] = []
        self.lines: dict[int, int] = {}  # id(component) -> line of its BEGIN
        self.uid_lines: dict[str, int] = {}  # UID -> line of its first block (copies lose ids)
        self.clipped: set[str] = set()  # series already reported as cut

    def skip(self, item: str, reason: str) -> None:
        self.skipped.append(SkippedItem(source=self.source, item=item, reason=reason))

    def build(self, blocks: list[Block], header: dict[str, str]) -> icalendar.Calendar:
        """A Calendar of the usable blocks near the window, each parsed on its own."""
        calendar = icalendar.Calendar()
        for name in ("METHOD", "X-WR-TIMEZONE", "CALSCALE"):
            if name in header:
                calendar.add(name, header[name])
        ordered = sorted(blocks, key=lambda b: b.name != "VTIMEZONE")  # zones first, stable
        parsed = 0
        for block in ordered:
            if not may_touch_window(block, self.start, self.end):
                continue
            if parsed >= self.limits.max_components:
                self.skip(f"line {block.line}", f"over {self.limits.max_components:,} events "
                          "near the window; the rest of the file was not read")
                break
            parsed += 1
            try:
                text = block.text_with(_USED) if block.name == "VEVENT" else block.text
                component = icalendar.Component.from_ical(text)
            except Exception as exc:  # any parser failure costs only this block
                self.skip(f"line {block.line}", f"{block.name} cannot be read ({_short(exc)})")
                continue
            self.lines[id(component)] = block.line
            self.uid_lines.setdefault(_uid(component), block.line)
            calendar.add_component(component)
        if "X-WR-TIMEZONE" in calendar:
            try:
                calendar = x_wr_timezone.to_standard(calendar)
            except Exception as exc:  # an unknown zone name must not lose the file
                self.skip("X-WR-TIMEZONE", f"ignored ({_short(exc)})")
        return calendar

    def expand(self, calendar: icalendar.Calendar, method: str | None) -> list[CalendarEvent]:
        """Occurrences of all events in the window, each series bounded, earliest first."""
        groups: dict[str, list[Any]] = defaultdict(list)
        for component in calendar.walk("VEVENT"):
            groups[_uid(component)].append(component)
        events: list[CalendarEvent] = []
        for uid, components in groups.items():
            if any("RRULE" in c or "RDATE" in c for c in components):
                found = self._series(uid, components, method)
            else:
                found = [
                    e for c in _latest_per_recurrence(components)
                    if (e := self._event(c, uid, method)) is not None
                ]
            found = [e for e in found if self._in_window(e)]
            if len(found) > self.limits.max_per_series:
                found.sort(key=lambda e: e.start)
                if uid not in self.clipped:
                    self.skip(uid, f"series has more than {self.limits.max_per_series:,} "
                              "occurrences in the window; only the first are used")
                found = found[: self.limits.max_per_series]
            events.extend(found)
        events.sort(key=lambda e: (e.start, e.uid, e.recurrence_id or ""))
        if len(events) > self.limits.max_total:
            self.skip("calendar", f"more than {self.limits.max_total:,} occurrences in the "
                      "window; only the first are used")
            events = events[: self.limits.max_total]
        return events

    def _series(self, uid: str, components: list[Any], method: str | None) -> list[CalendarEvent]:
        """The occurrences of one series, expanded by recurring_ical_events.

        Each source component (the master, each override) is converted once; its occurrences
        are copies with their own times. Asking the library for whole components instead
        would copy every property of every occurrence, most of the cost of a big calendar.
        """
        query_start, query_end = self.start - _QUERY_MARGIN, self.end + _QUERY_MARGIN
        for component in components:
            if "RRULE" in component:
                reason = _bound_rules(component, (self.start, self.end), self.tz, self.limits)
                if reason:
                    self.skip(uid, reason)
                    self.clipped.add(uid)
                    # A dense series: the margin alone could hold many thousand occurrences,
                    # so query from the exact start (in the series' own kind of time).
                    query_start = self._exact_start(component)
        sub = icalendar.Calendar()
        for component in components:
            sub.add_component(component)
        if isinstance(query_start, datetime) and query_start.tzinfo is None:
            query_end = query_end.astimezone(self.tz).replace(tzinfo=None)
        try:
            query = recurring_ical_events.of(sub)
            occurrences = [
                o for series in query.series for o in series.between(query_start, query_end)
            ]
        except Exception as exc:  # a bad rule costs only its own series
            self.skip(self._where(components[0], uid), f"recurrence cannot be expanded "
                      f"({_short(exc)})")
            return []
        templates: dict[Any, CalendarEvent | None] = {}  # by the library's RECURRENCE-ID key
        for component in components:
            rid = component.get("RECURRENCE-ID")
            key = _rid_key(rid.dt) if rid is not None else None
            if key not in templates or _sequence(component) >= (templates[key] or _NONE).sequence:
                templates[key] = self._event(component, uid, method)
        result = []
        for occurrence in occurrences:
            ids = occurrence.recurrence_ids  # the override's RECURRENCE-ID, empty for the master
            template = templates.get(ids[0] if ids else None)
            if template is None:
                continue
            start = _to_utc(occurrence.start, self.tz)
            result.append(replace(
                template, start=start, end=max(_to_utc(occurrence.end, self.tz), start),
                recurrence_id=template.recurrence_id if ids else _iso_z(start),
            ))
        return result

    def _exact_start(self, master: Any) -> datetime:
        """The window's start less the event's length, aware or wall-clock like DTSTART."""
        start = master["DTSTART"].dt
        length = _utc(_end_of(master), self.tz) - _utc(start, self.tz)
        if isinstance(start, datetime) and start.tzinfo is not None:
            return self.start - length
        return self.start.astimezone(self.tz).replace(tzinfo=None) - length

    def _event(self, component: Any, uid: str, method: str | None) -> CalendarEvent | None:
        try:
            return _to_event(component, uid, self.source, self.tz, method)
        except Exception as exc:  # a broken property costs only its event
            self.skip(self._where(component, uid), f"event cannot be read ({_short(exc)})")
            return None

    def _where(self, component: Any, uid: str) -> str:
        line = self.lines.get(id(component)) or self.uid_lines.get(uid)
        return f"line {line} (UID {uid[:80]})" if line else f"UID {uid[:80]}"

    def _in_window(self, event: CalendarEvent) -> bool:
        if event.end > event.start:
            return event.start < self.end and event.end > self.start
        return self.start <= event.start < self.end


def _short(exc: BaseException) -> str:
    """A one-line reason, without quoting much of the calendar's own text."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:120]}"


def _uid(component: Any) -> str:
    uid = str(component.get("UID", "")).strip()
    if uid:
        return uid
    # No UID (RFC-breaking, but seen): a stable stand-in from what identifies the event.
    start = component.get("DTSTART")
    seed = (start.to_ical().decode() if start is not None else "") + str(component.get("SUMMARY"))
    return f"no-uid-{hashlib.sha256(seed.encode()).hexdigest()[:16]}"


def _sequence(component: Any) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def _latest_per_recurrence(components: list[Any]) -> list[Any]:
    """For events that do not recur, keep one copy per RECURRENCE-ID: the highest SEQUENCE."""
    best: dict[str, Any] = {}
    for component in components:
        rid = component.get("RECURRENCE-ID")
        key = rid.to_ical().decode() if rid is not None else ""
        if key not in best or _sequence(component) >= _sequence(best[key]):
            best[key] = component
    return list(best.values())


def _rid_key(value: date | datetime) -> datetime:
    """A RECURRENCE-ID as recurring_ical_events keys it: naive UTC, or naive wall time."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)  # the library's form
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def _to_utc(value: date | datetime, tz: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), tz).astimezone(UTC)
    if value.tzinfo is None:
        return value.replace(tzinfo=tz).astimezone(UTC)
    return value.astimezone(UTC)


def _iso_z(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _address(prop: Any) -> Attendee:
    email = str(prop).strip()
    if email.lower().startswith("mailto:"):
        email = email[7:]
    params = getattr(prop, "params", {})
    return Attendee(
        email=email.strip().lower(),
        name=" ".join(str(params.get("CN", "")).split()).strip('"'),
        partstat=str(params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
        role=str(params.get("ROLE", "REQ-PARTICIPANT")).upper(),
        cutype=str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _to_event(
    component: Any, uid: str, source: str, tz: ZoneInfo, method: str | None
) -> CalendarEvent:
    """One icalendar VEVENT occurrence -> a CalendarEvent (raises on a broken DTSTART)."""
    raw_start = component["DTSTART"].dt
    all_day = not isinstance(raw_start, datetime)
    if "DTEND" in component:
        raw_end = component["DTEND"].dt
    elif "DURATION" in component:
        raw_end = raw_start + component["DURATION"].dt
    else:
        raw_end = raw_start + timedelta(days=1) if all_day else raw_start
    start, end = _to_utc(raw_start, tz), _to_utc(raw_end, tz)
    rid = component.get("RECURRENCE-ID")
    organizer = component.get("ORGANIZER")
    transp = str(component.get("TRANSP", "OPAQUE")).upper()
    busy = str(component.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper()
    return CalendarEvent(
        source=source,
        uid=uid,
        start=start,
        end=max(end, start),
        title=" ".join(str(component.get("SUMMARY", "")).split()),
        recurrence_id=_iso_z(_to_utc(rid.dt, tz)) if rid is not None else None,
        all_day=all_day,
        description=str(component.get("DESCRIPTION", "")).strip(),
        location=" ".join(str(component.get("LOCATION", "")).split()),
        organizer=_address(organizer) if organizer else None,
        attendees=tuple(_address(a) for a in _as_list(component.get("ATTENDEE"))),
        status=str(component.get("STATUS", "CONFIRMED")).upper(),
        sequence=_sequence(component),
        method=method,
        transparent=transp == "TRANSPARENT" or busy == "FREE",
    )


def _utc(value: date | datetime, tz: ZoneInfo) -> datetime:
    """`value` as a naive UTC datetime (floating and all-day in `tz`), for period arithmetic."""
    return _to_utc(value, tz).replace(tzinfo=None)


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


def _bound_rules(
    component: Any, window: tuple[datetime, datetime], tz: ZoneInfo, limits: IcsLimits
) -> str | None:
    """Bound the work of expanding this master's RRULEs; say what was cut, if anything.

    dateutil walks a rule from DTSTART, so the cost is the number of steps from DTSTART to the
    window's end, whatever the window. When that estimate is over `max_series_work`, DTSTART
    moves forward by whole periods to just before the window (the occurrences in the window do
    not change for a rule without COUNT), and the rule is cut after about `max_per_series`
    occurrences. A rule whose day filters allow no day before the window ends is dropped.
    """
    rules = _as_list(component.get("RRULE"))
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
                return _bound_rules(component, window, tz, limits) if rules_left else None
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
    if steps <= limits.max_series_work:
        return None
    step = relativedelta(**{_STEP_UNIT[freq]: interval})
    for rule in rules:  # COUNT cannot survive a moved DTSTART: turn it into an UNTIL
        if "COUNT" in rule:
            last = _utc(dtstart, tz) + step * math.ceil(int(rule["COUNT"][0]) / factor)
            rule.pop("COUNT")
            rule["UNTIL"] = [_like(last, dtstart, tz)]
            horizon = min(horizon, last)
    duration = _utc(_end_of(component), tz) - _utc(dtstart, tz)
    skip_periods = int((begin - duration - _utc(dtstart, tz)) / period) - 1
    if skip_periods > 0:
        _move(component, step * skip_periods)
        dtstart = component["DTSTART"].dt
    base = max(begin, _utc(dtstart, tz))
    if freq in ("MONTHLY", "YEARLY"):
        cut = base + step * math.ceil(limits.max_per_series / factor)
    else:  # a fraction of a period, when one period alone holds more than the cap
        cut = base + period * (limits.max_per_series / factor)
    if cut >= horizon:
        return None
    for rule in rules:
        rule.pop("UNTIL", None)
        rule["UNTIL"] = [_like(cut, dtstart, tz)]
    return (
        f"recurrence is too dense (FREQ={freq}): expanded only up to "
        f"{_iso_z(cut.replace(tzinfo=UTC))}, about {limits.max_per_series:,} occurrences"
    )


def _end_of(component: Any) -> date | datetime:
    start = component["DTSTART"].dt
    if "DTEND" in component:
        return component["DTEND"].dt  # type: ignore[no-any-return]
    if "DURATION" in component:
        return start + component["DURATION"].dt  # type: ignore[no-any-return]
    return start  # type: ignore[no-any-return]


def _move(component: Any, delta: relativedelta) -> None:
    """Shift DTSTART (and DTEND) by `delta`, keeping their TZID parameters."""
    for name in ("DTSTART", "DTEND"):
        if name in component:
            prop = component.pop(name)
            component.add(name, prop.dt + delta, parameters=dict(prop.params))
