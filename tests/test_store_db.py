"""The SQLite core: schema versioning, transactions, and the record codec."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.errors import StoreError
from assistant.records import Address, Classification, Email, EmailKind, Interview, InterviewStatus
from assistant.store import Database, codec
from assistant.store.schema import SCHEMA_VERSION


def test_new_database_is_at_current_version_and_in_wal_mode(tmp_path: Path) -> None:
    db = Database(tmp_path / "sub" / "a.db")
    assert db.get_meta("schema_version") == str(SCHEMA_VERSION)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    assert Database(tmp_path / "sub" / "a.db").get_meta("schema_version") == str(SCHEMA_VERSION)


def test_newer_schema_is_refused_with_a_remedy(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Database(path).set_meta("schema_version", str(SCHEMA_VERSION + 1))
    with pytest.raises(StoreError, match="newer version of the assistant"):
        Database(path)


def test_damaged_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="move it aside"):
        Database(path)


def test_transaction_rolls_back_on_error() -> None:
    db = Database(":memory:")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', '1')")
        raise RuntimeError("boom")
    assert db.get_meta("x") is None
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('x', '2')")
    assert db.get_meta("x") == "2"


def test_other_connections_see_only_committed_work(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = Database(path)
    other = sqlite3.connect(path)
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        assert other.execute("SELECT count(*) FROM meta WHERE key='k'").fetchone()[0] == 0
    assert other.execute("SELECT count(*) FROM meta WHERE key='k'").fetchone()[0] == 1


NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_codec_round_trips_nested_records() -> None:
    email = Email(
        key="a/INBOX/1:2",
        account="a",
        folder="INBOX",
        message_id="m@x",
        subject="Hi",
        date=NOW,
        sender=Address("hr@acme.example", "Acme HR"),
        to=(Address("alex@example.net"),),
        references=("r1@x", "r2@x"),
        headers=(("x-mailer", "ATS"),),
        calendar_parts=("BEGIN:VCALENDAR",),
        uid=7,
    )
    assert codec.loads(Email, codec.dumps(email)) == email
    cls = Classification(EmailKind.REJECTION, 0.9, "Acme", None, None, "de", ("a", "b"))
    assert codec.loads(Classification, codec.dumps(cls)) == cls
    interview = Interview(
        "u1",
        NOW,
        NOW,
        "Interview",
        InterviewStatus.PAST,
        "main",
        interviewers=(Address("p@acme.example", "P"),),
    )
    assert codec.loads(Interview, codec.dumps(interview)) == interview


@given(subject=st.text(), names=st.lists(st.text(), max_size=3))
def test_codec_round_trips_any_text(subject: str, names: list[str]) -> None:
    email = Email(
        key="k",
        account="a",
        folder="f",
        message_id="m",
        subject=subject,
        date=NOW,
        sender=None,
        cc=tuple(Address(f"{i}@x", n) for i, n in enumerate(names)),
    )
    assert codec.loads(Email, codec.dumps(email)) == email


def test_many_connections_opening_a_new_database_at_once(tmp_path: Path) -> None:
    """The service and a CLI command may create the database at the same moment."""
    import threading

    path = tmp_path / "new.db"
    errors: list[Exception] = []
    barrier = threading.Barrier(8)

    def open_it() -> None:
        barrier.wait()
        try:
            Database(path).close()
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Database(path).get_meta("schema_version") == str(SCHEMA_VERSION)
