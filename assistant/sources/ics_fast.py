"""A fast reader for simple VEVENTs: icalendar's own property values, without its line parser.

Why: icalendar cuts every content line character by character in Python and builds a fresh
parameter dictionary for each; in a calendar whose thousands of single events all lie inside the
window, that is most of the cost of a read. A single event (no RRULE, RDATE, EXDATE or
RECURRENCE-ID) needs only a dozen properties, so this module cuts its lines with `str.find`, reads
each parameter list once per distinct text (parameter lists repeat: TZID=..., CN=...;PARTSTAT=...)
and hands each value to the very icalendar value class and call the full parser would use
(`vDDDTypes.from_ical(value, tzid)`, `vText`, `vCalAddress` ...). The result maps each upper-case
property name to the same value object (a list when the property repeats) that
`icalendar.Component.from_ical` would have stored, so `ical` reads both alike.

Whenever it is not certain to match the full parser (a quote or backslash before a value, a line
the full parser would reject or keep as broken, a special property), it raises nothing and
returns None, and the caller parses the block the full way: the output is the same either way,
which tests/test_ical.py checks against the full path.

The parameter objects are shared between events: callers must treat the result as read-only.

Imports: icalendar's parser helpers, sources.ics_text.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from icalendar import Component
from icalendar.parser.content_line import Contentline
from icalendar.parser.ical.component import ComponentIcalParser
from icalendar.parser.parameter import UNSAFE_CHAR, Parameters
from icalendar.parser.property import unescape_backslash
from icalendar.prop import vCalAddress, vText

from assistant.sources.ics_text import Block

logger = logging.getLogger(__name__)

# Properties that make an event part of a series: those events take the full path.
RECURRING = frozenset({"RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})
# Properties the full parser treats specially (split values, raw text): never read here.
_SPECIAL = frozenset({"CATEGORIES", "FREEBUSY", "RDATE", "EXDATE"})
_TOKEN = re.compile(r"[A-Za-z0-9-]+")  # a subset of what icalendar accepts as a name
_TYPES = Component.types_factory
_DATETIME_NAMES = frozenset(ComponentIcalParser.datetime_names)
_BUILT = (vText, vCalAddress)


class _Unsure(Exception):
    """This line or event might read differently here than in the full parser."""


def read_simple_event(
    block: Block, names: frozenset[str], memo: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """The properties in `names` of a non-recurring VEVENT block, as icalendar would store them.

    Lines are chosen exactly as `Block.text_with(names)` chooses them for the full parser (top
    level only, nested components left out). Returns None when the block recurs, belongs to a
    series (RECURRENCE-ID), or has anything this reader is not sure to read identically.

    `memo`, kept by the caller for one calendar, maps a line to its value: most events of an
    export repeat many lines (STATUS, TRANSP, SEQUENCE, the user's own ATTENDEE line ...).
    """
    props: dict[str, Any] = {}
    try:
        for line in block.top_level_lines(names):
            found = memo.get(line) if memo is not None else None
            if found is None:
                found = _read_line(line)
                if memo is not None:
                    memo[line] = found
            name, value = found
            if name in RECURRING:
                return None
            old = props.get(name)
            if old is None:  # Component.add: a repeated property becomes a list
                props[name] = value
            elif isinstance(old, list):
                old.append(value)
            else:
                props[name] = [old, value]
    except Exception:  # _Unsure, or anything the full parser may report in its own words
        return None
    return props


def simple_uid(block: Block) -> str | None:
    """The block's UID as the full path reads it (`str(UID).strip()`), or None when unsure.

    None when there is no UID line or more than one, or it is not plainly readable.
    """
    lines = list(block.top_level_lines(frozenset({"UID"})))
    if len(lines) != 1:
        return None
    try:
        return str(_read_line(lines[0])[1]).strip()
    except Exception:  # unsure: the caller takes the full path
        return None


def _read_line(line: str) -> tuple[str, Any]:
    """One content line -> (upper-case name, icalendar value with its params), or `_Unsure`.

    Mirrors `Contentline.parts` and `ComponentIcalParser.handle_property`; see `_head_kind`.
    """
    colon = line.find(":")
    kind = _head_kind(line[:colon]) if colon > 0 else None
    if kind is None:
        raise _Unsure
    name, params, factory, tzid, verbatim = kind
    text = line[colon + 1 :]
    try:
        raw = Contentline(line).raw_parts()[2] if verbatim else unescape_backslash(text)  # type: ignore[no-untyped-call]
        parsed = factory.from_ical(raw, tzid) if tzid else factory.from_ical(raw)
        # vText and vCalAddress come out of from_ical already built; wrapping again, as the
        # full parser does, only makes an equal copy.
        value = parsed if type(parsed) is factory and factory in _BUILT else factory(parsed)
    except Exception as exc:  # the full parser keeps it as broken or fails: let it decide
        raise _Unsure from exc
    value.params = params
    return name, value


@lru_cache(maxsize=4096)
def _head_kind(head: str) -> tuple[str, Any, Any, str | None, bool] | None:
    """Name, parameters, value class, TZID and verbatim flag for the text before a value.

    Only for heads without a quote or backslash: there the first colon of the line is the value
    separator and the first ";" ends the name, which is all the full parser's character walk
    finds. Plain parameters are built directly; any others are parsed by icalendar itself, from
    a stand-in line with the same parameter text. None when unsure.
    """
    if '"' in head or "\\" in head:
        return None
    name, semi, raw_params = head.partition(";")
    if not _TOKEN.fullmatch(name) or (semi and not raw_params):
        return None  # a name icalendar cleans up, or "NAME;:" which it rejects
    name = name.upper()
    if name in _SPECIAL:
        return None
    try:
        params = _simple_parameters(raw_params)
        if params is None:
            params = Contentline(f"X;{raw_params}:" if raw_params else "X:").raw_parts()[1]  # type: ignore[no-untyped-call]
        factory = _TYPES.for_property(name, params.value)
    except Exception:  # unsure: the full path reports it in its own words
        return None
    tzid = params.get("TZID") if params and name in _DATETIME_NAMES else None
    verbatim = getattr(factory, "get_value_from_content_line", None) is not None
    return name, params, factory, tzid, verbatim


def _simple_parameters(raw: str) -> Parameters | None:
    """`KEY=value;KEY=value` with plain values, as `Parameters.from_ical` reads it; else None.

    Plain: a token key and a non-empty value with no quote, comma, colon, semicolon, "=", control
    character, backslash, caret (RFC 6868) or percent sign (icalendar decodes both), and no
    space next to a delimiter (icalendar strips those). Those are read unchanged.
    """
    params = Parameters()
    if raw and (raw != raw.strip() or "%" in raw or "^" in raw or "\\" in raw):
        return None
    for part in raw.split(";") if raw else ():
        key, equals, value = part.partition("=")
        if (not equals or not value or not _TOKEN.fullmatch(key) or value != value.strip()
                or "=" in value or UNSAFE_CHAR.search(value)):
            return None
        params[key] = value
    return params
