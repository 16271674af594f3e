"""The approval queue: drafts waiting for the user's yes, and the audit log of every change.

A draft is stored whole (records.Draft as JSON, `store.codec`) in `drafts.data`, beside the
columns that queries use. `drafts.key` is the policy's trigger key and is unique for ever: once a
trigger has produced a draft, whatever became of it (dismissed, delivered, withdrawn), a rescan
cannot queue it again.

States and the moves between them (anything else raises QueueError):

    pending ---------> approved -> delivering -> delivered
    needs_recipient -> pending (an edit added a recipient)
    pending, needs_recipient -> dismissed (the user) | withdrawn (the policy)
    approved, delivering -> dismissed (the user gives up on a failed or unconfirmable delivery)
    delivering -> approved (a delivery that certainly failed, to be retried)
    pending, needs_recipient, approved -> pending | needs_recipient (an edit: a changed message
        needs a fresh approval)

Every move happens in one transaction together with its audit row (time, from, to, cause), so
the log never disagrees with the state, even after a crash.

Imports records, errors and the store core only.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.errors import QueueError
from assistant.records import Draft, DraftKind, DraftState, QueuedDraft
from assistant.store import codec
from assistant.store.db import Database

logger = logging.getLogger(__name__)

S = DraftState
AWAITING_USER = (S.PENDING, S.NEEDS_RECIPIENT)
EDITABLE = (S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED)
_ID_LENGTH = 8


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of a draft's history."""

    at: datetime
    from_state: DraftState | None  # None for the row that created the draft
    to_state: DraftState
    cause: str


def _ts(moment: datetime) -> str:
    """A fixed-width UTC timestamp, so text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError("queue timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _draft_id(conn: sqlite3.Connection, key: str) -> str:
    """A short, readable id derived from the key; longer only if the short one is taken."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    for length in range(_ID_LENGTH, len(digest) + 1, 2):
        candidate = digest[:length]
        if conn.execute("SELECT 1 FROM drafts WHERE id=?", (candidate,)).fetchone() is None:
            return candidate
    raise QueueError(f"cannot derive an id for draft key {key!r}")  # pragma: no cover


def _audit(
    conn: sqlite3.Connection,
    draft_id: str,
    now: datetime,
    from_state: DraftState | None,
    to_state: DraftState,
    cause: str,
) -> None:
    conn.execute(
        "INSERT INTO audit (draft_id, at, from_state, to_state, cause) VALUES (?, ?, ?, ?, ?)",
        (draft_id, _ts(now), from_state.value if from_state else None, to_state.value, cause),
    )


def enqueue(db: Database, draft: Draft, now: datetime) -> str | None:
    """Queue a composed draft; its id, or None when its trigger key was ever queued before.

    The key check and the insert share one transaction, so the service and a CLI `scan` running
    at once cannot both queue the same trigger.
    """
    state = S.NEEDS_RECIPIENT if draft.needs_recipient else S.PENDING
    with db.transaction() as conn:
        if conn.execute("SELECT 1 FROM drafts WHERE key=?", (draft.key,)).fetchone():
            return None
        draft_id = _draft_id(conn, draft.key)
        conn.execute(
            "INSERT INTO drafts (id, key, kind, state, due, created, updated, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                draft_id,
                draft.key,
                draft.kind.value,
                state.value,
                _ts(draft.due),
                _ts(now),
                _ts(now),
                codec.dumps(draft),
            ),
        )
        _audit(conn, draft_id, now, None, state, "queued")
    logger.info("queued draft %s (%s, %s)", draft_id, draft.kind.value, state.value)
    return draft_id


def _row_to_queued(row: sqlite3.Row) -> QueuedDraft:
    return QueuedDraft(
        id=row["id"],
        draft=codec.loads(Draft, row["data"]),
        state=DraftState(row["state"]),
        created=datetime.fromisoformat(row["created"]),
        updated=datetime.fromisoformat(row["updated"]),
    )


def _resolve(conn: sqlite3.Connection, draft_id: str) -> sqlite3.Row:
    """The row for an id or a unique id prefix (what a user types after `queue`)."""
    wanted = draft_id.strip().lower()
    if not wanted:
        raise QueueError("no draft id given: run `assistant queue` to see the ids")
    row: sqlite3.Row | None = conn.execute("SELECT * FROM drafts WHERE id=?", (wanted,)).fetchone()
    if row is not None:
        return row
    rows: list[sqlite3.Row] = conn.execute(
        "SELECT * FROM drafts WHERE substr(id, 1, ?)=? ORDER BY id LIMIT 6", (len(wanted), wanted)
    ).fetchall()
    if not rows:
        raise QueueError(
            f"no draft with id {draft_id!r}: run `assistant queue --all` to see every id",
            draft_id=draft_id,
        )
    if len(rows) > 1:
        shown = ", ".join(r["id"] for r in rows[:5])
        raise QueueError(
            f"draft id {draft_id!r} is ambiguous (matches {shown}): type more of the id",
            draft_id=draft_id,
        )
    return rows[0]


def get(db: Database, draft_id: str) -> QueuedDraft:
    """One queued draft by id or unique id prefix.

    Raises:
        QueueError: no draft has this id, or the prefix matches several.
    """
    return _row_to_queued(_resolve(db.conn, draft_id))


_NEXT_STEP = {
    S.PENDING: "run `assistant approve {id}` or `assistant dismiss {id}`",
    S.NEEDS_RECIPIENT: "run `assistant edit {id}` to add a To address, or `assistant dismiss {id}`",
    S.APPROVED: "run `assistant approve {id}` to retry the delivery, or `assistant dismiss {id}`",
    S.DELIVERING: (
        "check your Drafts or Sent folder, then run `assistant approve {id} --resend` "
        "or `assistant dismiss {id}`"
    ),
    S.DELIVERED: "nothing is left to do",
    S.DISMISSED: "it stays dismissed",
    S.WITHDRAWN: "it was withdrawn because the situation changed",
}


def _illegal(q_id: str, state: DraftState, action: str) -> QueueError:
    step = _NEXT_STEP[state].format(id=q_id)
    return QueueError(f"draft {q_id} is {state.value}, so it cannot be {action}: {step}", q_id)


def _transition(
    db: Database,
    draft_id: str,
    allowed: Iterable[DraftState],
    to_state: DraftState,
    action: str,
    cause: str,
    now: datetime,
    draft: Draft | None = None,
) -> QueuedDraft:
    """Check the current state and move, with the audit row, in one transaction."""
    allowed = tuple(allowed)
    with db.transaction() as conn:
        row = _resolve(conn, draft_id)
        current = DraftState(row["state"])
        if current not in allowed:
            raise _illegal(row["id"], current, action)
        values: dict[str, Any] = {"state": to_state.value, "updated": _ts(now)}
        if draft is not None:
            values |= {"data": codec.dumps(draft), "due": _ts(draft.due)}
        assignments = ", ".join(f"{column}=?" for column in values)
        conn.execute(f"UPDATE drafts SET {assignments} WHERE id=?", (*values.values(), row["id"]))
        _audit(conn, row["id"], now, current, to_state, cause)
        result = _row_to_queued(
            conn.execute("SELECT * FROM drafts WHERE id=?", (row["id"],)).fetchone()
        )
    logger.info("draft %s: %s -> %s (%s)", result.id, current.value, to_state.value, action)
    return result


def approve(
    db: Database, draft_id: str, now: datetime, cause: str = "approved by the user"
) -> QueuedDraft:
    """Record the user's approval (pending only): the one gate before anything is delivered.

    Raises:
        QueueError: the draft is not pending; a needs_recipient draft needs an edit first.
    """
    return _transition(db, draft_id, (S.PENDING,), S.APPROVED, "approved", cause, now)


def dismiss(
    db: Database, draft_id: str, now: datetime, cause: str = "dismissed by the user"
) -> QueuedDraft:
    """The user does not want this draft; it stays dismissed for ever (its key is kept).

    An approved or delivering draft may be dismissed too: that is how a user gives up on a
    delivery that failed or could not be confirmed.
    """
    allowed = (S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.DELIVERING)
    return _transition(db, draft_id, allowed, S.DISMISSED, "dismissed", cause, now)


def mark_delivering(db: Database, draft_id: str, now: datetime, cause: str) -> QueuedDraft:
    """Record the intent to deliver, committed before any I/O (see deliver.deliver_approved)."""
    return _transition(db, draft_id, (S.APPROVED,), S.DELIVERING, "delivered", cause, now)


def mark_delivered(db: Database, draft_id: str, now: datetime, cause: str) -> QueuedDraft:
    """Record a confirmed delivery (or an acknowledged reminder, which moves from approved)."""
    allowed = (S.DELIVERING, S.APPROVED)
    return _transition(db, draft_id, allowed, S.DELIVERED, "marked delivered", cause, now)


def back_to_approved(db: Database, draft_id: str, now: datetime, cause: str) -> QueuedDraft:
    """A delivery certainly failed: keep the approval for a retry; `cause` holds the error."""
    return _transition(
        db, draft_id, (S.DELIVERING,), S.APPROVED, "returned to approved", cause, now
    )


def replace_message(
    db: Database, draft_id: str, draft: Draft, now: datetime, cause: str = "edited by the user"
) -> QueuedDraft:
    """Store an edited draft. The edit needs a fresh approval, so it lands in pending (or in
    needs_recipient while it still has no recipient), even if the old text was approved.

    Raises:
        QueueError: the draft is already being delivered or is closed, or the key changed.
    """
    current = get(db, draft_id)
    if draft.key != current.draft.key:
        raise QueueError(f"draft {current.id}: an edit cannot change the trigger key", current.id)
    to_state = S.NEEDS_RECIPIENT if draft.needs_recipient else S.PENDING
    return _transition(db, current.id, EDITABLE, to_state, "edited", cause, now, draft=draft)


def withdraw(db: Database, key_prefix: str, cause: str, now: datetime) -> list[str]:
    """Withdraw the drafts awaiting the user whose key starts with `key_prefix`.

    Only pending and needs_recipient drafts move: what the user approved, dismissed or received
    is history and is never rewritten by the policy.
    """
    if not key_prefix:
        raise ValueError("withdraw needs a non-empty key prefix")
    withdrawn: list[str] = []
    with db.transaction() as conn:
        rows = conn.execute(
            "SELECT id, state FROM drafts WHERE substr(key, 1, ?)=? AND state IN (?, ?)",
            (len(key_prefix), key_prefix, *(s.value for s in AWAITING_USER)),
        ).fetchall()
        for row in rows:
            conn.execute(
                "UPDATE drafts SET state=?, updated=? WHERE id=?",
                (S.WITHDRAWN.value, _ts(now), row["id"]),
            )
            _audit(conn, row["id"], now, DraftState(row["state"]), S.WITHDRAWN, cause)
            withdrawn.append(row["id"])
    if withdrawn:
        logger.info("withdrew %d draft(s): %s", len(withdrawn), ", ".join(withdrawn))
    return withdrawn


def list_queue(db: Database, *, all: bool = False) -> list[QueuedDraft]:
    """Queued drafts, oldest due first; without `all` only those awaiting the user."""
    sql = "SELECT * FROM drafts"
    params: tuple[str, ...] = ()
    if not all:
        sql += " WHERE state IN (?, ?)"
        params = tuple(s.value for s in AWAITING_USER)
    rows = db.conn.execute(sql + " ORDER BY due, created, id", params).fetchall()
    return [_row_to_queued(r) for r in rows]


def in_state(db: Database, *states: DraftState) -> list[QueuedDraft]:
    """Drafts in any of these states, oldest due first (recovery looks for delivering ones)."""
    marks = ", ".join("?" for _ in states)
    rows = db.conn.execute(
        f"SELECT * FROM drafts WHERE state IN ({marks}) ORDER BY due, created, id",
        tuple(s.value for s in states),
    ).fetchall()
    return [_row_to_queued(r) for r in rows]


def keys(db: Database) -> dict[str, tuple[DraftKind, DraftState, datetime, datetime]]:
    """Every trigger key ever queued, with kind, state, created and updated: the policy's memory."""
    rows = db.conn.execute("SELECT key, kind, state, created, updated FROM drafts").fetchall()
    return {
        r["key"]: (
            DraftKind(r["kind"]),
            DraftState(r["state"]),
            datetime.fromisoformat(r["created"]),
            datetime.fromisoformat(r["updated"]),
        )
        for r in rows
    }


def audit_log(db: Database, draft_id: str) -> list[AuditEntry]:
    """The draft's history, oldest first."""
    row = _resolve(db.conn, draft_id)
    rows = db.conn.execute(
        "SELECT at, from_state, to_state, cause FROM audit WHERE draft_id=? ORDER BY seq",
        (row["id"],),
    ).fetchall()
    return [
        AuditEntry(
            at=datetime.fromisoformat(r["at"]),
            from_state=DraftState(r["from_state"]) if r["from_state"] else None,
            to_state=DraftState(r["to_state"]),
            cause=r["cause"],
        )
        for r in rows
    ]


def _utc_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def queue_item_to_json(q: QueuedDraft) -> dict[str, Any]:
    """One element of `assistant queue --json` (SPEC section 3), exactly those keys."""
    d = q.draft
    return {
        "id": q.id,
        "kind": d.kind.value,
        "state": q.state.value,
        "to": [a.email for a in d.to],
        "subject": d.subject,
        "due": _utc_z(d.due),
        "language": d.language,
        "opportunity": d.opportunity,
        "company": d.company,
        "interview_uid": d.interview_uid,
        "in_reply_to": d.in_reply_to,
    }
