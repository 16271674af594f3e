"""The text layer of iCalendar (RFC 5545 section 3.1): unfold lines, cut a file into components.

Why a layer below icalendar: a whole-file parse loses every event when one line is broken, and
it cannot say on which line the trouble is. Cutting the file into its top-level components first
lets `ical` parse each VEVENT on its own (one bad VEVENT never loses the others), name the line
of a problem, and skip events far outside the window without paying for a full parse, which is
most of the cost of a large calendar.

Pure text processing: imports only the standard library.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

logger = logging.getLogger(__name__)

# name, then ";" params or ":" value; names are letters, digits and "-" (RFC 5545 3.1).
_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")
_DATE_PREFIX = re.compile(r"(\d{4})(\d{2})(\d{2})")
# Components that may appear at the top level of a VCALENDAR and that we keep.
_KEPT = frozenset({"VEVENT", "VTIMEZONE"})
# A margin around the window for the cheap pre-filter: a wall-clock date can be up to 14 hours
# off UTC, and all-day or floating events are placed in the user's zone later.
_MARGIN = timedelta(days=2)


@dataclass(slots=True)
class Block:
    """One top-level component of a VCALENDAR, as unfolded text with its first line number."""

    name: str  # "VEVENT" or "VTIMEZONE"
    line: int  # 1-based physical line of its BEGIN
    lines: list[str] = field(default_factory=list)
    _names: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return "\r\n".join(self.lines) + "\r\n"

    def text_with(self, names: frozenset[str]) -> str:
        """The block with only the named properties and no nested components (VALARM).

        Parsing is most of the cost of a calendar, so properties nobody reads (DTSTAMP,
        X-MICROSOFT-*, alarms ...) are left out before the parser sees them.
        """
        kept = [self.lines[0], *self.top_level_lines(names), self.lines[-1]]
        return "\r\n".join(kept) + "\r\n"

    def top_level_lines(self, names: frozenset[str]) -> list[str]:
        """The block's own lines with these property names (not those of nested components)."""
        kept, depth = [], 0
        for line in self.lines[1:-1]:
            name = line.split(":", 1)[0].split(";", 1)[0].upper()
            if name == "BEGIN":
                depth += 1
            elif name == "END":
                depth -= 1
            elif depth == 0 and name in names:
                kept.append(line)
        return kept

    def first(self, name: str) -> str | None:
        """The value part of the first property called `name` (upper-case), or None."""
        for line in self.lines:
            head, sep, value = line.partition(":")
            if sep and head.split(";", 1)[0].upper() == name:
                return value
        return None

    def has(self, *names: str) -> bool:
        """Whether any line (nested ones too) is a property with one of these names."""
        if self._names is None:  # worked out once: a block is asked several times
            self._names = frozenset(
                line.split(":", 1)[0].split(";", 1)[0].upper() for line in self.lines
            )
        return not self._names.isdisjoint(names)


@dataclass(slots=True)
class Document:
    """A calendar file cut into pieces: header properties, kept blocks and broken spots."""

    header: dict[str, str] = field(default_factory=dict)  # METHOD, X-WR-TIMEZONE, CALSCALE ...
    blocks: list[Block] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    has_calendar: bool = False


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfold continuation lines (a leading space or tab), keeping each line's first number."""
    result: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and result:
            start, previous = result[-1]
            result[-1] = (start, previous + raw[1:])
        elif raw.strip():
            result.append((number, raw))
    return result


def split_document(text: str) -> Document:
    """Cut the text of an .ics file into header properties and VEVENT / VTIMEZONE blocks.

    A component left open when another top-level one begins (or the calendar ends) is recorded
    as a problem at its BEGIN line and dropped; a line that is not a content line is recorded and
    left out. The rest of the file is still read.
    """
    doc = Document()
    current: Block | None = None
    nested: list[str] = []  # components open inside the current block (VALARM, STANDARD ...)
    skipping: str | None = None  # a top-level component we do not keep (VTODO, VJOURNAL ...)
    for number, line in _logical_lines(text):
        keyword, _, value = line.partition(":")
        keyword_up = keyword.upper()
        value_up = value.strip().upper()
        if keyword_up == "BEGIN" and value_up == "VCALENDAR":
            doc.has_calendar = True
            if current is not None:
                doc.problems.append((current.line, f"{current.name} has no END:{current.name}"))
                current, nested = None, []
            continue
        if current is not None:
            if (keyword_up == "BEGIN" and (value_up in _KEPT or value_up == "VCALENDAR")) or (
                keyword_up == "END" and value_up == "VCALENDAR"
            ):
                doc.problems.append((current.line, f"{current.name} has no END:{current.name}"))
                current, nested = None, []
            elif not _CONTENT_LINE.match(line):
                # A broken line (often a badly folded DESCRIPTION) costs only itself.
                doc.problems.append((number, "is not an iCalendar content line; ignored"))
                continue
            else:
                current.lines.append(line)
                if keyword_up == "BEGIN":
                    nested.append(value_up)
                elif keyword_up == "END":
                    if nested and nested[-1] == value_up:
                        nested.pop()
                    elif not nested and value_up == current.name:
                        doc.blocks.append(current)
                        current = None
                continue
        if skipping is not None:
            if keyword_up == "END" and value_up == skipping:
                skipping = None
            continue
        if keyword_up == "BEGIN":
            if value_up in _KEPT:
                current, nested = Block(name=value_up, line=number, lines=[line]), []
            else:
                skipping = value_up
        elif keyword_up != "END" and _CONTENT_LINE.match(line):
            name = keyword.split(";", 1)[0].upper()
            doc.header.setdefault(name, value.strip())
        elif keyword_up != "END":
            doc.problems.append((number, "is not an iCalendar content line; ignored"))
    if current is not None:
        doc.problems.append((current.line, f"{current.name} has no END:{current.name}"))
    return doc


def _rough_date(value: str | None) -> date | None:
    """The calendar date at the start of a DATE or DATE-TIME value, ignoring its zone."""
    if value is None:
        return None
    match = _DATE_PREFIX.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def may_touch_window(block: Block, start: datetime, end: datetime) -> bool:
    """False only when a VEVENT certainly lies outside [start, end): it can be left unparsed.

    Recurring masters (RRULE, RDATE) are always kept. Overrides (RECURRENCE-ID) are kept when
    either their original or their new time is near the window, since both matter there. When a
    date cannot be read cheaply the block is kept, and icalendar decides.
    """
    if block.name != "VEVENT" or block.has("RRULE", "RDATE"):
        return True
    low, high = (start - _MARGIN).date(), (end + _MARGIN).date()
    begin = _rough_date(block.first("DTSTART"))
    if begin is None:
        return True
    finish = _rough_date(block.first("DTEND"))
    if finish is None:
        if block.has("DURATION"):
            return begin <= high  # a long DURATION may reach into the window
        finish = begin
    if begin <= high and finish >= low:
        return True
    original = _rough_date(block.first("RECURRENCE-ID"))
    return original is not None and low <= original <= high
