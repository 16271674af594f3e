"""SQL for mail sync state, emails and skipped items (an in-memory database; no server)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from assistant.records import Address, Email, FolderState, SkippedItem
from assistant.store import Database
from assistant.store import mail as store

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def email(
    key: str, *, folder: str = "INBOX", account: str = "personal", days_ago: int = 0
) -> Email:
    return Email(
        key=key,
        account=account,
        folder=folder,
        message_id=f"{key}@example",
        subject=f"subject {key}",
        date=NOW - timedelta(days=days_ago),
        sender=Address("jobs@acme.example", "Acme Jobs"),
        to=(Address("alex@example.net"),),
        text="Hello",
        new_text="Hello",
        uid=1,
    )


@pytest.fixture
def db():
    database = Database(":memory:")
    yield database
    database.close()


def test_folder_state_round_trips_and_is_none_before_the_first_sync(db):
    assert store.get_folder_state(db, "personal", "INBOX") is None
    state = FolderState(uidvalidity=7, uidnext=42, highestmodseq=None, last_uid=41)
    store.put_folder_state(db, "personal", "INBOX", state, NOW)
    assert store.get_folder_state(db, "personal", "INBOX") == state
    assert store.get_folder_state(db, "personal", "Other") is None
    assert store.last_synced(db) == NOW


def test_emails_are_stored_once_per_key_and_read_back_equal(db):
    first = [email("a"), email("b")]
    assert store.insert_emails(db, first) == 2
    assert store.insert_emails(db, [email("b"), email("c")]) == 1
    assert store.count_emails(db) == 3
    assert store.get_email(db, "a") == first[0]
    assert store.get_email(db, "missing") is None


@pytest.mark.parametrize(
    ("text", "new_text", "stored_twice"),
    [
        ("Hello", "Hello", False),
        ("Thanks!\n\nOn Mon, Jane wrote:\n> hi", "Thanks!", True),
        ("> all of it quoted", "", True),
        ("", "", False),
    ],
)
def test_new_text_is_stored_only_when_it_differs_and_reads_back_equal(
    db, text, new_text, stored_twice
):
    original = replace(email("a"), text=text, new_text=new_text)
    store.insert_emails(db, [original])
    data = db.conn.execute("SELECT data FROM emails").fetchone()["data"]
    assert ('"new_text"' in data) is stored_twice
    assert store.decode_email(data) == store.get_email(db, "a") == original
    assert store.decode_email(store.encode_email(original)) == original


def test_iter_emails_is_oldest_first_and_honours_since(db):
    store.insert_emails(
        db, [email("new", days_ago=1), email("old", days_ago=30), email("mid", days_ago=5)]
    )
    assert [e.key for e in store.iter_emails(db)] == ["old", "mid", "new"]
    assert [e.key for e in store.iter_emails(db, since=NOW - timedelta(days=7))] == ["mid", "new"]


def test_delete_folder_emails_touches_only_that_folder(db):
    store.insert_emails(db, [email("a"), email("b", folder="Jobs"), email("c", account="work")])
    assert store.delete_folder_emails(db, "personal", "INBOX") == 1
    assert sorted(e.key for e in store.iter_emails(db)) == ["b", "c"]
    assert store.seen_keys(db, "personal") == {"b"}
    assert store.count_emails(db, "work") == 1


def test_skipped_items_keep_the_latest_reason(db):
    store.record_skipped(db, [SkippedItem("personal", "k1", "empty message")], NOW)
    store.record_skipped(db, [SkippedItem("personal", "k1", "no headers")], NOW)
    assert store.skipped_items(db) == [SkippedItem("personal", "k1", "no headers")]


def test_save_batch_resets_stores_and_records_state_in_one_transaction(db):
    store.insert_emails(db, [email("stale")])
    state = FolderState(uidvalidity=9, uidnext=3, highestmodseq=5, last_uid=2)
    added = store.save_batch(
        db,
        account="personal",
        folder="INBOX",
        emails=[email("fresh")],
        skipped=[SkippedItem("personal", "bad", "empty message")],
        state=state,
        now=NOW,
        drop_folder_first=True,
    )
    assert added == 1
    assert [e.key for e in store.iter_emails(db)] == ["fresh"]
    assert store.get_folder_state(db, "personal", "INBOX") == state
    assert len(store.skipped_items(db)) == 1


def test_a_failing_batch_changes_nothing(db):
    store.insert_emails(db, [email("stale")])

    def broken_batch():
        yield email("fresh")
        raise RuntimeError("crash half-way through storing a batch")

    with pytest.raises(RuntimeError):
        store.save_batch(
            db,
            account="personal",
            folder="INBOX",
            emails=broken_batch(),
            skipped=[],
            state=FolderState(1, 2, None, 1),
            now=NOW,
            drop_folder_first=True,
        )
    assert [e.key for e in store.iter_emails(db)] == ["stale"]
    assert store.get_folder_state(db, "personal", "INBOX") is None


def test_invitations_are_found_by_their_flag_without_reading_other_mail(db):
    from assistant.store import calendar as calendar_store
    from assistant.store.mail import decode_email

    invite = replace(email("inv"), calendar_parts=("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",))
    # A message that merely quotes the JSON spelling must not count as an invitation.
    plain = replace(email("plain"), text='"calendar_parts":["x"]', new_text="x")
    store.insert_emails(db, [plain, invite, email("other")])
    found = [decode_email(d) for d in calendar_store.load_invitation_emails(db)]
    assert [e.key for e in found] == ["inv"]
    plan = db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT data FROM emails WHERE has_calendar = 1 ORDER BY date"
    ).fetchall()
    assert any("emails_calendar" in str(tuple(row)) for row in plan)  # no full-table scan
