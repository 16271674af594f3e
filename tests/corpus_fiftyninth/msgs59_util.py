"""Small helpers shared by the msgs59_* message modules: dates and quoted reply chains.

Standard library only; used by make_fiftyninth.py's data modules, nothing else.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

ME = "s.okafor.lindqvist@example.ie"


def d(stamp: str, offset: str = "+0000") -> str:
    """An RFC 5322 date with the right weekday, from 'YYYY-MM-DD HH:MM' and an offset."""
    return format_datetime(datetime.strptime(f"{stamp} {offset}", "%Y-%m-%d %H:%M %z"))


def q(text: str) -> str:
    """Text quoted the way Gmail and Apple Mail quote a reply ('> ' on every line)."""
    return "\n".join(("> " + line).rstrip() for line in text.strip("\n").split("\n"))
