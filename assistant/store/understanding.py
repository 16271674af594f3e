"""SQL for understanding: classifications, opportunities, and the `understood` mark on emails.

Owns the `classifications` and `opportunities` tables and the `emails.understood` column
(schema in `store.schema`). Imports `records`, `codec`, `db` and `mail` (`decode_email`) only.
A classification is kept once per Message-ID, whatever the number of stored copies (Gmail's
All Mail repeats INBOX), and `save_understanding` writes one batch (classifications,
opportunities, understood marks) in a single transaction, so a crash never leaves mail marked
understood without its meaning.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from assistant.records import Classification, Email, Opportunity
from assistant.store.codec import dumps, loads
from assistant.store.db import Database
from assistant.store.mail import decode_email

logger = logging.getLogger(__name__)

MailItem = tuple[Email, Classification, str | None]  # (email, its meaning, opportunity id)


def pending_emails(db: Database) -> list[Email]:
    """Stored copies not understood yet, oldest first (duplicates by Message-ID included)."""
    rows = db.conn.execute(
        "SELECT data FROM emails WHERE understood = 0 ORDER BY date, key"
    ).fetchall()
    return [decode_email(row["data"]) for row in rows]


def classifications_for(db: Database, message_ids: Iterable[str]) -> dict[str, Classification]:
    """The stored classification of each of these Message-IDs that has one."""
    wanted = list(dict.fromkeys(message_ids))
    found: dict[str, Classification] = {}
    for start in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.conn.execute(
            f"SELECT message_id, data FROM classifications WHERE message_id IN ({marks})", chunk
        ):
            found[row["message_id"]] = loads(Classification, row["data"])
    return found


def save_understanding(
    db: Database,
    classifications: Mapping[str, Classification],
    assignments: Mapping[str, str],
    opportunities: Sequence[Opportunity],
    understood_keys: Iterable[str],
    now: datetime,
) -> None:
    """Store one batch: new classifications, links, changed opportunities, understood marks."""
    with db.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO classifications (message_id, kind, opportunity, data) "
            "VALUES (?, ?, ?, ?)",
            (
                (mid, cls.kind.value, assignments.get(mid), dumps(cls))
                for mid, cls in classifications.items()
            ),
        )
        conn.executemany(
            "INSERT OR REPLACE INTO opportunities (id, company, stage, data) VALUES (?, ?, ?, ?)",
            ((o.id, o.company, o.stage.value, dumps(o)) for o in opportunities),
        )
        conn.executemany(
            "UPDATE emails SET understood = 1 WHERE key = ?", ((k,) for k in understood_keys)
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('understood_at', ?)",
            (now.astimezone(UTC).isoformat(),),
        )


def load_opportunities(db: Database) -> list[Opportunity]:
    rows = db.conn.execute("SELECT data FROM opportunities ORDER BY id").fetchall()
    return [loads(Opportunity, row["data"]) for row in rows]


def load_job_mail(db: Database) -> list[MailItem]:
    """Every message that is job mail or belongs to an opportunity, one copy each, oldest first.

    The user's own replies inside a linked thread are included: the policy reads them to
    know which triggers the user already answered.
    """
    rows = db.conn.execute(
        "SELECT e.data AS email, c.data AS cls, c.opportunity AS opp "
        "FROM classifications c JOIN emails e ON e.key = "
        "(SELECT MIN(key) FROM emails WHERE message_id = c.message_id) "
        "WHERE c.kind != 'other' OR c.opportunity IS NOT NULL "
        "ORDER BY e.date, e.key"
    ).fetchall()
    return [
        (decode_email(row["email"]), loads(Classification, row["cls"]), row["opp"])
        for row in rows
    ]


def known_contacts(db: Database) -> dict[str, str]:
    """Company name -> its most recent human contact, for the classifier's `contact`."""
    return {o.company: o.contacts[0].email for o in load_opportunities(db) if o.contacts}
