"""iCalendar bytes -> `CalendarEvent` occurrences inside a time window, in UTC.

With its helpers `ics_text` (the text layer), `ics_fast` (single events) and `ics_bounds`
(bounding dense rules), the only code that imports icalendar, recurring_ical_events and
x_wr_timezone. Every calendar source (file, URL, CalDAV, an invitation inside an email) ends
here, so recurrences, time zones and hostile input are handled the same way for all of them.

How a file is read, and why:
1. `ics_text.split_document` cuts it into VEVENT / VTIMEZONE blocks with line numbers, so one
   broken VEVENT is skipped with its line and the others survive, and events far outside the
   window are never parsed (parsing is most of the cost of a big calendar).
2. VTIMEZONEs are parsed first, since icalendar caches them by TZID and resolves
   DTSTART;TZID=... against that cache (Windows names such as "Pacific Standard Time" map to
   IANA zones inside icalendar). Single events (no RRULE, RDATE, EXDATE, RECURRENCE-ID, and no
   series sharing their UID) are read by `ics_fast`, which gives the same property values
   several times faster; every other block, and any single event it is unsure of, is parsed by
   icalendar on its own. Google's X-WR-TIMEZONE is applied by x_wr_timezone (to the events it
   can change; see `_fast_event`).
3. Events sharing a UID with an RRULE or RDATE form a series, expanded by recurring_ical_events
   (EXDATE, RECURRENCE-ID overrides, SEQUENCE). Before that, `ics_bounds` bounds a series whose
   rule would make the expansion run for too long (FREQ=SECONDLY from years ago, say): its
   DTSTART is moved forward by whole periods to the window, and its end is clipped so that it
   yields about `max_per_series` occurrences; `SkippedItem`s say what was cut.
4. Floating times and all-day dates are placed in the user's zone, then everything goes to UTC.

Imports: records, errors, sources.ics_text / ics_fast / ics_bounds, and the calendar libraries.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from assistant.errors import ParseError
from assistant.records import Attendee, CalendarEvent, SkippedItem
from assistant.sources.ics_bounds import as_list, bound_rules, end_of, iso_z, to_utc
from assistant.sources.ics_fast import read_simple_event, simple_uid
from assistant.sources.ics_text import Block, may_touch_window, split_document

logger = logging.getLogger(__name__)

# The VEVENT properties this module reads; the others are dropped before parsing.
_USED = frozenset({
    "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "SUMMARY", "DESCRIPTION", "LOCATION", "ORGANIZER", "ATTENDEE", "STATUS", "SEQUENCE",
    "TRANSP", "X-MICROSOFT-CDO-BUSYSTATUS",
})  # fmt: skip
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
    events = reader.expand(reader.build(doc.blocks, doc.header), method)
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

    def build(self, blocks: list[Block], header: dict[str, str]) -> list[Any]:
        """The usable VEVENTs near the window, in file order, each read on its own.

        Single events come from `ics_fast` as property maps when it is sure to read them as
        icalendar would; the rest are icalendar components, with X-WR-TIMEZONE applied.
        """
        calendar = icalendar.Calendar()
        for name in ("METHOD", "X-WR-TIMEZONE", "CALSCALE"):
            if name in header:
                calendar.add(name, header[name])
        series = _series_uids(blocks)
        x_wr = "X-WR-TIMEZONE" in calendar
        memo: dict[str, Any] = {}  # line -> value, shared by the fast reads of this calendar
        entries: list[Any] = []  # a fast property map, or None where a full component goes
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
            component = _fast_event(block, series, x_wr, memo) if block.name == "VEVENT" else None
            if component is not None:
                entries.append(component)
            else:
                try:
                    text = block.text_with(_USED) if block.name == "VEVENT" else block.text
                    component = icalendar.Component.from_ical(text)
                except Exception as exc:  # any parser failure costs only this block
                    self.skip(f"line {block.line}", f"{block.name} cannot be read ({_short(exc)})")
                    continue
                if block.name == "VEVENT":
                    _standard_zones(component)
                calendar.add_component(component)
                if block.name == "VEVENT":
                    entries.append(None)
            self.lines[id(component)] = block.line
            self.uid_lines.setdefault(_uid(component), block.line)
        if x_wr:
            try:
                calendar = x_wr_timezone.to_standard(calendar)
            except Exception as exc:  # an unknown zone name must not lose the file
                self.skip("X-WR-TIMEZONE", f"ignored ({_short(exc)})")
        full = iter(calendar.walk("VEVENT"))  # in the order they were added
        return [entry if entry is not None else next(full) for entry in entries]

    def expand(self, components: list[Any], method: str | None) -> list[CalendarEvent]:
        """Occurrences of all events in the window, each series bounded, earliest first."""
        groups: dict[str, list[Any]] = defaultdict(list)
        for component in components:
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
        try:  # a bad rule or a broken DTSTART costs only its own series
            query_start, query_end = self._bounded_window(uid, components)
            sub = icalendar.Calendar()
            for component in components:
                sub.add_component(component)
            query = recurring_ical_events.of(sub)
            occurrences = [
                o for series in query.series for o in series.between(query_start, query_end)
            ]
            keys = [_rid_key(c["RECURRENCE-ID"].dt) if "RECURRENCE-ID" in c else None
                    for c in components]  # as the library keys them
        except Exception as exc:
            self.skip(self._where(components[0], uid), f"recurrence cannot be expanded "
                      f"({_short(exc)})")
            return []
        templates: dict[Any, CalendarEvent | None] = {}
        for component, key in zip(components, keys, strict=True):
            if key not in templates or _sequence(component) >= (templates[key] or _NONE).sequence:
                templates[key] = self._event(component, uid, method)
        result = []
        for occurrence in occurrences:
            ids = occurrence.recurrence_ids  # the override's RECURRENCE-ID, empty for the master
            template = templates.get(ids[0] if ids else None)
            if template is None:
                continue
            start = to_utc(occurrence.start, self.tz)
            result.append(replace(
                template, start=start, end=max(to_utc(occurrence.end, self.tz), start),
                recurrence_id=template.recurrence_id if ids else iso_z(start),
            ))
        return result

    def _bounded_window(self, uid: str, components: list[Any]) -> tuple[datetime, datetime]:
        """Bound each master's rules (see `ics_bounds`); the window to ask the library for."""
        query_start, query_end = self.start - _QUERY_MARGIN, self.end + _QUERY_MARGIN
        for component in components:
            if "RRULE" in component:
                reason = bound_rules(
                    component, (self.start, self.end), self.tz,
                    max_per_series=self.limits.max_per_series,
                    max_work=self.limits.max_series_work,
                )
                if reason:
                    self.skip(uid, reason)
                    self.clipped.add(uid)
                    # A dense series: the margin alone could hold many thousand occurrences,
                    # so query from the exact start (in the series' own kind of time).
                    query_start = self._exact_start(component)
        if isinstance(query_start, datetime) and query_start.tzinfo is None:
            query_end = query_end.astimezone(self.tz).replace(tzinfo=None)
        return query_start, query_end

    def _exact_start(self, master: Any) -> datetime:
        """The window's start less the event's length, aware or wall-clock like DTSTART."""
        start = master["DTSTART"].dt
        length = to_utc(end_of(master), self.tz) - to_utc(start, self.tz)
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


def _series_uids(blocks: list[Block]) -> frozenset[str] | None:
    """UIDs of the recurring masters, so their other events take the full path too.

    None (no fast path for this file) when a master's UID cannot be read plainly: an event of
    that series could then not be told from a single event.
    """
    uids = set()
    for block in blocks:
        if block.name == "VEVENT" and block.has("RRULE", "RDATE"):
            uid = simple_uid(block)
            if uid is None:
                return None
            uids.add(uid)
    return frozenset(uids)


_ZONED = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")


def _standard_zones(component: Any) -> None:
    """Give date-times whose TZID names a standard zone that zone from zoneinfo.

    icalendar caches, for the whole process, the first VTIMEZONE it meets under a name that
    zoneinfo does not know as such ("Pacific Standard Time" from an Outlook export), and
    hands that custom object to every later calendar using the name; x_wr_timezone then takes
    such an object for floating time and moves the event into the X-WR zone. The standard
    zone is also the more correct one: an Outlook VTIMEZONE carries only the current rule.
    """
    for name in _ZONED:
        props = component.get(name)
        for prop in props if isinstance(props, list) else [props]:
            try:
                values = list(getattr(prop, "dts", [prop])) if prop is not None else []
                moments = [(v, v.dt) for v in values]
            except Exception:  # noqa: S112 - a broken property is reported where the event is read
                continue
            for value, moment in moments:
                if isinstance(moment, datetime) and not _standard(moment):
                    zone = _zoneinfo(str(prop.params.get("TZID", "")))
                    if zone is not None:
                        value.dt = moment.replace(tzinfo=zone)


def _standard(moment: datetime) -> bool:
    return moment.tzinfo is None or moment.tzinfo is UTC or isinstance(moment.tzinfo, ZoneInfo)


def _zoneinfo(tzid: str) -> ZoneInfo | None:
    name = WINDOWS_TO_OLSON.get(tzid.strip(), tzid.strip())
    try:
        return ZoneInfo(name) if name else None
    except (ValueError, OSError):  # not an IANA name (a truly custom zone): keep icalendar's
        return None


def _fast_event(
    block: Block, series: frozenset[str] | None, x_wr: bool, memo: dict[str, Any]
) -> Any:
    """A single event's properties from `ics_fast`, or None where only the full path is right.

    X-WR-TIMEZONE rewrites floating and UTC times before they are read; for an event with a
    UTC or zoned DTEND that changes no instant, but floating times and DURATION arithmetic
    would change, so such events take the full path.
    """
    if series is None:
        return None
    props = read_simple_event(block, _USED, memo)
    if props is None or isinstance(props.get("UID", []), list) or _uid(props) in series:
        return None
    if x_wr and ("DURATION" in props or any(_floating(props.get(n)) for n in ("DTSTART", "DTEND"))):
        return None
    return props


def _floating(prop: Any) -> bool:
    if isinstance(prop, list):
        return True  # a repeated DTSTART is broken anyway: let the full path decide
    value = getattr(prop, "dt", None)
    return isinstance(value, datetime) and value.tzinfo is None


def _short(exc: BaseException) -> str:
    """A one-line reason, without quoting much of the calendar's own text."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:120]}"


def _uid(component: Any) -> str:
    uid = str(component.get("UID", "")).strip()
    if uid:
        return uid
    # No UID (RFC-breaking, but seen): a stable stand-in from what identifies the event.
    seed = _ical_text(component.get("DTSTART")) + str(component.get("SUMMARY"))
    return f"no-uid-{hashlib.sha256(seed.encode()).hexdigest()[:16]}"


def _ical_text(prop: Any) -> str:
    """A property's value as written, for keys; "" when absent (a repeated one: all values)."""
    return ",".join(value.to_ical().decode() for value in as_list(prop))


def _sequence(component: Any) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def _latest_per_recurrence(components: list[Any]) -> list[Any]:
    """For events that do not recur, keep one copy per RECURRENCE-ID: the highest SEQUENCE."""
    best: dict[str, Any] = {}
    for component in components:
        key = _ical_text(component.get("RECURRENCE-ID"))
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
    start, end = to_utc(raw_start, tz), to_utc(raw_end, tz)
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
        recurrence_id=iso_z(to_utc(rid.dt, tz)) if rid is not None else None,
        all_day=all_day,
        description=str(component.get("DESCRIPTION", "")).strip(),
        location=" ".join(str(component.get("LOCATION", "")).split()),
        organizer=_address(organizer) if organizer else None,
        attendees=tuple(_address(a) for a in as_list(component.get("ATTENDEE"))),
        status=str(component.get("STATUS", "CONFIRMED")).upper(),
        sequence=_sequence(component),
        method=method,
        transparent=transp == "TRANSPARENT" or busy == "FREE",
    )
