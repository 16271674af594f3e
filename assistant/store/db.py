"""The SQLite connection: open, WAL, schema version check and migration, transactions.

The only module (with its siblings in this package) that imports sqlite3. `":memory:"` is
accepted as a path, so tests need no files.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import StoreError
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION

logger = logging.getLogger(__name__)

_OPEN_TIMEOUT = 30.0  # seconds to wait for another process holding the database


class Database:
    """One SQLite connection with the assistant's schema, migrated to the current version."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self.path = str(Path(self.path).expanduser())
        try:
            # isolation_level=None: we issue BEGIN ourselves, so a transaction is exactly
            # what `transaction()` encloses and nothing is committed implicitly.
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=_OPEN_TIMEOUT)
            self.conn.row_factory = sqlite3.Row
            self._enable_wal()
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open the assistant database ({exc}). If the file is "
                "damaged, move it aside and run `assistant scan` to rebuild it from your mailbox "
                "(queued drafts in it would be lost)."
            ) from None

    def _enable_wal(self) -> None:
        """Switch to WAL, waiting out another connection doing the same.

        Turning a new file to WAL needs an exclusive lock that SQLite does not wait for
        (its busy timeout is not consulted there): when the service and a CLI command open a
        new database at the same moment, one of them gets "database is locked" at once.
        """
        deadline = time.monotonic() + _OPEN_TIMEOUT
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if row is None:
            return 0
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row["value"]) if row else 0

    def _migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION, one migration per transaction.

        The version is read again under the write lock, so a service and a CLI command
        opening a new database at the same moment do not both create its tables.
        """
        while True:
            with self.transaction() as conn:
                version = self._version()
                if version > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path}: this database was written by a newer version of the "
                        f"assistant (schema {version}, this version knows {SCHEMA_VERSION}). "
                        "Upgrade the assistant, or point [storage] path at a new file."
                    )
                if version == SCHEMA_VERSION:
                    return
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(version + 1),),
                )
            logger.info("database %s migrated to schema %d", self.path, version + 1)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception.

        IMMEDIATE takes the write lock up front, so two processes (the service and a CLI
        `approve`) serialize instead of failing half-way with SQLITE_BUSY.
        """
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self.conn.close()


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would COMMIT our transaction)."""
    parts: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        if sqlite3.complete_statement("\n".join(current)):
            parts.append("\n".join(current).strip())
            current = []
    return [p for p in parts if p]
