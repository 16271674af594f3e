"""SQL for calendars: events as last read, HTTP validators, interviews, and the user's decisions.

Owns the `calendar_events`, `http_cache`, `interviews` and `decisions` tables (schema in
`store.schema`). Imports `records`, `codec` and `db` only. Records are kept whole as JSON.

The `http_cache` row is keyed by a SHA-256 digest of the URL, never the URL itself: a Google or
Outlook "secret address" is a credential, and secrets do not go into the database.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from assistant.records import CalendarEvent, Interview, UserDecision
from assistant.store.codec import dumps, loads
from assistant.store.db import Database

logger = logging.getLogger(__name__)

Decision = tuple[UserDecision, str | None, datetime]  # (decision, the user's reason, decided at)
CachedBody = tuple[str | None, str | None, bytes]  # (ETag, Last-Modified, body)


def _when(moment: datetime) -> str:
    """One fixed text form for stored instants, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# -- events --------------------------------------------------------------------------------


def replace_events(db: Database, source: str, events: Iterable[CalendarEvent]) -> int:
    """Make `events` the whole stored content of one source (a calendar is re-read whole)."""
    return replace_sources(db, {source: events})


def replace_sources(db: Database, by_source: Mapping[str, Iterable[CalendarEvent]]) -> int:
    """`replace_events` for several sources in one transaction (the emailed invitations of a
    whole mailbox are refreshed every cycle: one commit, not one per message)."""
    written = 0
    with db.transaction() as conn:
        for source, events in by_source.items():
            rows = [
                (source, e.uid, e.recurrence_id or "", _when(e.start), dumps(e)) for e in events
            ]
            conn.execute("DELETE FROM calendar_events WHERE source=?", (source,))
            conn.executemany(
                "INSERT OR REPLACE INTO calendar_events (source, uid, recurrence_id, start, data) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            written += len(rows)
    return written


def forget_sources(db: Database, keep: Iterable[str]) -> None:
    """Drop the events of calendars no longer configured (invitations from mail stay)."""
    kept = set(keep)
    with db.transaction() as conn:
        for row in conn.execute("SELECT DISTINCT source FROM calendar_events").fetchall():
            source = row["source"]
            if source not in kept and not source.startswith("email:"):
                conn.execute("DELETE FROM calendar_events WHERE source=?", (source,))


def load_events(db: Database, sources: Iterable[str] | None = None) -> list[CalendarEvent]:
    """Stored events, earliest first; only those of `sources` when given."""
    rows = db.conn.execute("SELECT source, data FROM calendar_events ORDER BY start").fetchall()
    wanted = None if sources is None else set(sources)
    return [
        loads(CalendarEvent, row["data"])
        for row in rows
        if wanted is None or row["source"] in wanted
    ]


def load_invitation_emails(db: Database) -> list[str]:
    """Stored emails (JSON text) that carry text/calendar parts: the emailed invitations.

    Found through a partial index on the flag set when the email was stored, so a refresh
    (every minute in the service) reads only these rows, not the whole mailbox.
    """
    rows = db.conn.execute(
        "SELECT data FROM emails WHERE has_calendar = 1 ORDER BY date"
    ).fetchall()
    return [row["data"] for row in rows]


# -- HTTP cache ----------------------------------------------------------------------------


def _url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def load_http_cache(db: Database, url: str) -> CachedBody | None:
    row = db.conn.execute(
        "SELECT etag, last_modified, body FROM http_cache WHERE url=?", (_url_key(url),)
    ).fetchone()
    if row is None:
        return None
    return row["etag"], row["last_modified"], bytes(row["body"] or b"")


def save_http_cache(
    db: Database, url: str, etag: str | None, last_modified: str | None, body: bytes
) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO http_cache (url, etag, last_modified, body) "
            "VALUES (?, ?, ?, ?)",
            (_url_key(url), etag, last_modified, body),
        )


# -- interviews ----------------------------------------------------------------------------


def save_interviews(
    db: Database, interviews: Iterable[Interview], window: tuple[datetime, datetime]
) -> None:
    """Store the interviews found for `window`: those inside it that were not found are gone.

    Interviews that start outside the window are kept as they are: the sources were not read
    there, so nothing is known to have changed.
    """
    found = {i.key: i for i in interviews}
    begin, end = _when(window[0]), _when(window[1])
    with db.transaction() as conn:
        conn.execute(
            "DELETE FROM interviews WHERE start >= ? AND start < ?", (begin, end)
        )
        conn.executemany(
            "INSERT OR REPLACE INTO interviews (key, start, data) VALUES (?, ?, ?)",
            [(key, _when(i.start), dumps(i)) for key, i in found.items()],
        )


def load_interviews(db: Database) -> list[Interview]:
    """Every stored interview, earliest first."""
    rows = db.conn.execute("SELECT data FROM interviews ORDER BY start, key").fetchall()
    return [loads(Interview, row["data"]) for row in rows]


def opportunity_companies(db: Database) -> dict[str, str]:
    """Opportunity id -> company name, to name the company of an interview at a known employer."""
    rows = db.conn.execute("SELECT id, company FROM opportunities").fetchall()
    return {row["id"]: row["company"] for row in rows}


# -- the user's decisions ------------------------------------------------------------------


def record_decision(
    db: Database, interview_key: str, decision: UserDecision, reason: str | None, now: datetime
) -> None:
    """Note the user's word about one interview (saying it again updates reason and time)."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO decisions (interview_key, decision, reason, at) "
            "VALUES (?, ?, ?, ?)",
            (interview_key, decision.value, reason, _when(now)),
        )


def load_decisions(db: Database) -> dict[str, Decision]:
    """Interview key -> the user's latest word about it."""
    rows = db.conn.execute(
        "SELECT interview_key, decision, reason, at FROM decisions ORDER BY at"
    ).fetchall()
    return {
        row["interview_key"]: (
            UserDecision(row["decision"]),
            row["reason"],
            datetime.fromisoformat(row["at"]),
        )
        for row in rows
    }
