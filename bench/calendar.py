"""Benchmark: load and expand a 5,000-event calendar (200 recurring series), 90-day window.

Run: python bench/calendar.py [--spread-days N] [--varied]

The calendar is generated in the style of a real export: 4,800 single events and 200 weekly or
daily series (some with EXDATE and an override), times in a named zone, Outlook-sized
properties. By default the single events are spread over two years (a typical export, where
most events lie outside a 90-day window); `--spread-days 90` puts them all inside the window,
the worst case. By default they also share their description, room and people, which the fast
reader's per-calendar line memo turns into cache hits; `--varied` makes those lines differ from
event to event, as in a real calendar. Prints wall time of `parse_calendar` (median of 5 runs)
and peak RSS.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named calendar.py: run as a script, its folder comes first on sys.path and it
# would shadow the standard library's `calendar` (which dateutil imports). Drop that entry.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import resource
import statistics
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from assistant.sources.ical import parse_calendar

START = datetime(2026, 11, 1, tzinfo=UTC)
END = START + timedelta(days=90)
TZ = "America/Chicago"


def _event(
    uid: str, start: datetime, extra: str = "", summary: str = "Meeting", n: int | None = None
) -> str:
    """One VEVENT; with `n`, the description, room and other people differ from event to event
    (only the user's own ATTENDEE line and STATUS / SEQUENCE / TRANSP repeat)."""
    local = start.astimezone(ZoneInfo(TZ))
    end = local + timedelta(minutes=45)
    tag = "" if n is None else f" {n}"
    who = "" if n is None else str(n)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART;TZID={TZ}:{local:%Y%m%dT%H%M%S}\r\nDTEND;TZID={TZ}:{end:%Y%m%dT%H%M%S}\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:Agenda and notes for this meeting{tag}\\, with a "
        f"link: https://meet.google.com/abc-defg-hij{who}\r\nLOCATION:Room 4{tag}\r\n"
        f"ORGANIZER;CN=Sam Park{tag}:mailto:sam.park{who}@example.com\r\n"
        "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:alex.rivera@example.net\r\n"
        f"ATTENDEE;CN=Kim Lee{tag};PARTSTAT=NEEDS-ACTION:mailto:kim.lee{who}@example.com\r\n"
        f"STATUS:CONFIRMED\r\nSEQUENCE:0\r\nTRANSP:OPAQUE\r\n{extra}END:VEVENT\r\n"
    )


def generate(
    spread_days: int, singles: int = 4800, series: int = 200, varied: bool = False
) -> bytes:
    parts = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n"]
    first = END - timedelta(days=spread_days)
    for i in range(singles):
        offset = timedelta(minutes=(i * 7919) % (spread_days * 24 * 60))
        parts.append(_event(f"single-{i}@bench", first + offset, summary=f"Meeting {i}",
                            n=i if varied else None))
    for i in range(series):
        begin = START - timedelta(days=(i * 37) % 700, hours=i % 8)
        daily = "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r\n"
        rule = daily if i % 4 == 0 else "RRULE:FREQ=WEEKLY\r\n"
        skip = START + timedelta(days=7 * (1 + i % 10))
        moved_from = START + timedelta(days=7 * (2 + i % 10))
        local_skip = begin.astimezone(ZoneInfo(TZ))
        exdate = f"EXDATE;TZID={TZ}:{(local_skip + (skip - begin) // timedelta(days=7) * timedelta(days=7)):%Y%m%dT%H%M%S}\r\n"  # noqa: E501
        parts.append(_event(f"series-{i}@bench", begin, rule + exdate, summary=f"Series {i}"))
        if i % 5 == 0:
            weeks = (moved_from - begin) // timedelta(days=7)
            original = begin + weeks * timedelta(days=7)
            rid = f"RECURRENCE-ID;TZID={TZ}:{original.astimezone(ZoneInfo(TZ)):%Y%m%dT%H%M%S}\r\n"
            parts.append(_event(f"series-{i}@bench", original + timedelta(hours=2), rid,
                                summary=f"Series {i} (moved)"))
    parts.append("END:VCALENDAR\r\n")
    return "".join(parts).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spread-days", type=int, default=730)
    parser.add_argument("--varied", action="store_true",
                        help="single events differ in description, room and people")
    args = parser.parse_args()
    data = generate(args.spread_days, varied=args.varied)
    times, count, skipped = [], 0, 0
    for _ in range(5):
        began = time.perf_counter()
        result = parse_calendar(
            data, source="bench", start=START, end=END, default_tz=ZoneInfo(TZ)
        )
        times.append(time.perf_counter() - began)
        count, skipped = len(result.events), len(result.skipped)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"calendar: 5,000 events (200 series), {len(data) / 1e6:.1f} MB, single events spread "
        f"over {args.spread_days} days{' (varied)' if args.varied else ''}; window 90 days -> "
        f"{count} occurrences, {skipped} skipped"
    )
    print(f"parse + expand: median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}); peak RSS {rss_mib:.0f} MiB")


if __name__ == "__main__":
    main()
