"""SQL for mail: per-folder sync state, the emails read, and the items skipped.

Owns the `folder_state`, `emails`, `mail_older` and `skipped` tables (schema in
`store.schema`). Imports `records`, `codec` and `db` only. Emails are kept whole as JSON
(`codec`) beside the columns queries use; `key` is unique per stored copy, so a re-read never
duplicates (INSERT OR IGNORE). The JSON leaves out `new_text` when it equals `text` (most mail
quotes nothing, and the text is most of a row): read `emails.data` with `decode_email`, not
`codec.loads`.

Each public writer is one transaction; `save_batch` puts one sync batch (emails, skipped items,
new folder state, and on a UIDVALIDITY reset the removal of the stale copies) in a single
transaction, so a crash never leaves a state that claims mail the table does not hold.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import chain

from assistant.records import Email, FolderState, SkippedItem
from assistant.store.codec import from_plain, to_plain
from assistant.store.db import Database

logger = logging.getLogger(__name__)

# One `emails` row: key, account, folder, message_id, date, data (the Email as JSON).
EmailRow = tuple[str, str, str, str, str, str, int]


def _when(moment: datetime) -> str:
    """One fixed text form for stored instants, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# -- folder state --------------------------------------------------------------------------


def get_folder_state(db: Database, account: str, folder: str) -> FolderState | None:
    row = db.conn.execute(
        "SELECT uidvalidity, uidnext, highestmodseq, last_uid FROM folder_state "
        "WHERE account=? AND folder=?",
        (account, folder),
    ).fetchone()
    if row is None or row["uidvalidity"] is None:
        return None
    return FolderState(
        uidvalidity=int(row["uidvalidity"]),
        uidnext=int(row["uidnext"] or 0),
        highestmodseq=None if row["highestmodseq"] is None else int(row["highestmodseq"]),
        last_uid=int(row["last_uid"]),
    )


def put_folder_state(
    db: Database, account: str, folder: str, state: FolderState, now: datetime
) -> None:
    with db.transaction() as conn:
        _put_state(conn, account, folder, state, now)


def _put_state(
    conn: sqlite3.Connection, account: str, folder: str, state: FolderState, now: datetime
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO folder_state "
        "(account, folder, uidvalidity, uidnext, highestmodseq, last_uid, synced_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            account,
            folder,
            state.uidvalidity,
            state.uidnext,
            state.highestmodseq,
            state.last_uid,
            _when(now),
        ),
    )


def last_synced(db: Database) -> datetime | None:
    """When any folder was last synced (for `status`), or None before the first sync."""
    row = db.conn.execute("SELECT max(synced_at) AS at FROM folder_state").fetchone()
    return None if row is None or row["at"] is None else datetime.fromisoformat(row["at"])


# -- emails ----------------------------------------------------------------------------------


def insert_emails(db: Database, emails: Iterable[Email]) -> int:
    """Store emails not stored yet (by key); returns how many were new."""
    with db.transaction() as conn:
        return _insert(conn, map(email_row, emails))


def email_row(email: Email) -> EmailRow:
    """The `emails` row for an email. Pure: a sync may build rows in a worker process, where
    the JSON encoding (a fifth of a sync's CPU time) runs beside the fetching."""
    return (
        email.key,
        email.account,
        email.folder,
        email.message_id,
        _when(email.date),
        encode_email(email),
        int(bool(email.calendar_parts)),
    )


def encode_email(email: Email) -> str:
    """`emails.data`: the `codec` JSON, without `new_text` when it equals `text`."""
    plain = to_plain(email)
    if plain["new_text"] == plain["text"]:
        del plain["new_text"]
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def decode_email(data: str) -> Email:
    """The email an `emails.data` value holds (see `encode_email`)."""
    plain = json.loads(data)
    if "new_text" not in plain:
        plain["new_text"] = plain.get("text", "")
    email: Email = from_plain(Email, plain)
    return email


def _insert(conn: sqlite3.Connection, rows: Iterable[EmailRow]) -> int:
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO emails (key, account, folder, message_id, date, data, has_calendar) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return conn.total_changes - before


def delete_folder_emails(db: Database, account: str, folder: str) -> int:
    """Forget a folder's stored emails (its UIDVALIDITY changed); returns how many."""
    with db.transaction() as conn:
        return _delete_folder(conn, account, folder)


def _delete_folder(conn: sqlite3.Connection, account: str, folder: str) -> int:
    cursor = conn.execute("DELETE FROM emails WHERE account=? AND folder=?", (account, folder))
    return cursor.rowcount


def seen_keys(db: Database, account: str, since: datetime | None = None) -> set[str]:
    """Keys a local Maildir/mbox reader may skip: those stored, and those recorded as older
    than the initial-sync bound (`record_older`) that are still older than `since`; a bound
    moved further back reads them after all."""
    rows = db.conn.execute("SELECT key FROM emails WHERE account=?", (account,))
    keys = {str(r["key"]) for r in rows}
    bound = _when(since) if since is not None else "9999"
    rows = db.conn.execute(
        "SELECT key FROM mail_older WHERE account=? AND date < ?", (account, bound)
    )
    keys.update(str(r["key"]) for r in rows)
    return keys


def _record_older(
    conn: sqlite3.Connection, account: str, older: Iterable[tuple[str, datetime]]
) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO mail_older (key, account, date) VALUES (?, ?, ?)",
        ((key, account, _when(date)) for key, date in older),
    )


def count_emails(db: Database, account: str | None = None) -> int:
    if account is None:
        row = db.conn.execute("SELECT count(*) AS n FROM emails").fetchone()
    else:
        row = db.conn.execute(
            "SELECT count(*) AS n FROM emails WHERE account=?", (account,)
        ).fetchone()
    return int(row["n"])


def iter_emails(db: Database, *, since: datetime | None = None) -> Iterator[Email]:
    """Stored emails, oldest first; only those dated at or after `since` when given."""
    if since is None:
        rows = db.conn.execute("SELECT data FROM emails ORDER BY date, key")
    else:
        rows = db.conn.execute(
            "SELECT data FROM emails WHERE date >= ? ORDER BY date, key", (_when(since),)
        )
    for row in rows:
        yield decode_email(row["data"])


def get_email(db: Database, key: str) -> Email | None:
    row = db.conn.execute("SELECT data FROM emails WHERE key=?", (key,)).fetchone()
    return None if row is None else decode_email(row["data"])


# -- skipped -----------------------------------------------------------------------------------


def record_skipped(db: Database, items: Iterable[SkippedItem], now: datetime) -> None:
    with db.transaction() as conn:
        _skip(conn, items, now)


def _skip(conn: sqlite3.Connection, items: Iterable[SkippedItem], now: datetime) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO skipped (source, item, reason, at) VALUES (?, ?, ?, ?)",
        ((i.source, i.item, i.reason, _when(now)) for i in items),
    )


def skipped_items(db: Database) -> list[SkippedItem]:
    rows = db.conn.execute("SELECT source, item, reason FROM skipped ORDER BY at, source, item")
    return [SkippedItem(r["source"], r["item"], r["reason"]) for r in rows]


# -- one sync batch ------------------------------------------------------------------------------


def save_batch(
    db: Database,
    *,
    account: str,
    folder: str,
    emails: Iterable[Email] = (),
    rows: Iterable[EmailRow] = (),
    skipped: Iterable[SkippedItem],
    state: FolderState | None,
    now: datetime,
    drop_folder_first: bool = False,
    older: Iterable[tuple[str, datetime]] = (),
) -> int:
    """Store one sync batch atomically; returns how many emails were new.

    Args:
        emails, rows: the batch's emails, as records or as rows already built by `email_row`.
        state: the folder state to record with it (None for local accounts, which have none).
        drop_folder_first: the folder's UIDVALIDITY changed: remove its old copies first.
        older: (key, date) of messages read but not stored, dated before the initial-sync
            bound, so `seen_keys` skips them next time.
    """
    with db.transaction() as conn:
        if drop_folder_first:
            dropped = _delete_folder(conn, account, folder)
            logger.info("%s/%s: dropped %d stale emails before a resync", account, folder, dropped)
        added = _insert(conn, chain(map(email_row, emails), rows))
        _skip(conn, skipped, now)
        _record_older(conn, account, older)
        if state is not None:
            _put_state(conn, account, folder, state, now)
    return added
