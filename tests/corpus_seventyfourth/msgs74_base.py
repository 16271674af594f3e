"""Shared helpers for the msgs74_* message tables: one spec dict per message, dates in RFC 5322.

Imports only the standard library; the tables import this, the generator imports the tables.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any


def dt(stamp: str, offset: str = "+0100") -> str:
    """An RFC 5322 Date header from 'YYYY-MM-DD HH:MM' and a UTC offset like '+0200'."""
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return format_datetime(datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=17))


def m(k: str, s: str, lang: str, frm: tuple[str, str], subj: str, d: str, body: str, **kw: Any) -> dict[str, Any]:
    """One message spec: kind, scenario slug, language, sender, subject, date, new text, options."""
    return {"k": k, "s": s, "l": lang, "frm": frm, "subj": subj, "d": d, "body": body, **kw}
