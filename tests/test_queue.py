"""The approval queue: states, transitions, idempotent enqueue, withdrawal, audit, JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from assistant.errors import QueueError, UserError
from assistant.records import Address, Draft, DraftKind, DraftState
from assistant.store import Database, queue

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
S = DraftState


def make_draft(key: str = "msg:abc@example.com|rejection_reply", **changes: object) -> Draft:
    base = Draft(
        key=key,
        kind=DraftKind.REJECTION_REPLY,
        due=NOW,
        subject="Re: Your application",
        body="Thank you for letting me know.",
        to=(Address("jane.doe@acme.example", "Jane Doe"),),
        language="en",
        message_id=f"{abs(hash(key))}@example.net",
        in_reply_to="abc@example.com",
        message=b"From: a@example.net\r\nTo: jane.doe@acme.example\r\n\r\nThanks\r\n",
        opportunity="acme",
        company="Acme",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def db() -> Database:
    return Database(":memory:")


def test_enqueue_returns_short_id_and_stores_the_whole_draft(db: Database) -> None:
    draft = make_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    assert draft_id is not None and len(draft_id) == 8
    q = queue.get(db, draft_id)
    assert q.draft == draft
    assert q.state is S.PENDING
    assert q.created == NOW and q.updated == NOW


def test_enqueue_needs_recipient_state(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(to=(), needs_recipient=True), NOW)
    assert queue.get(db, draft_id).state is S.NEEDS_RECIPIENT


@pytest.mark.parametrize(
    "close",
    [
        lambda db, i: queue.dismiss(db, i, NOW),
        lambda db, i: queue.withdraw(db, "msg:abc", "cancelled", NOW),
        lambda db, i: queue.approve(db, i, NOW),
    ],
    ids=["dismissed", "withdrawn", "approved"],
)
def test_one_draft_per_key_forever(db: Database, close) -> None:
    draft_id = queue.enqueue(db, make_draft(), NOW)
    close(db, draft_id)
    state = queue.get(db, draft_id).state
    assert queue.enqueue(db, make_draft(subject="rescan"), NOW + timedelta(hours=1)) is None
    assert len(queue.list_queue(db, all=True)) == 1
    assert queue.get(db, draft_id).state is state
    assert queue.get(db, draft_id).draft.subject == "Re: Your application"


def test_dismissed_stays_dismissed(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(), NOW)
    queue.dismiss(db, draft_id, NOW)
    queue.enqueue(db, make_draft(), NOW)
    with pytest.raises(QueueError, match="dismissed"):
        queue.approve(db, draft_id, NOW)
    assert queue.list_queue(db) == []
    assert [q.state for q in queue.list_queue(db, all=True)] == [S.DISMISSED]


def test_id_prefix_and_errors(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(), NOW)
    assert queue.get(db, draft_id[:4]).id == draft_id
    assert queue.get(db, draft_id.upper()).id == draft_id
    with pytest.raises(QueueError, match="queue --all"):
        queue.get(db, "zzzz")
    with pytest.raises(QueueError, match="no draft id"):
        queue.get(db, " ")


def test_ambiguous_prefix(db: Database) -> None:
    ids = [queue.enqueue(db, make_draft(key=f"k{i}"), NOW) for i in range(40)]
    by_first = {}
    for i in ids:
        by_first.setdefault(i[0], []).append(i)
    prefix = next(p for p, group in by_first.items() if len(group) > 1)
    with pytest.raises(QueueError, match="ambiguous") as info:
        queue.get(db, prefix)
    assert isinstance(info.value, UserError)


def test_id_collision_gets_longer_id(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real 32-bit collision is impractical to find; force one by making the digest constant.
    class Same:
        def __init__(self, *_: object) -> None:
            pass

        def hexdigest(self) -> str:
            return "ab" * 32

    monkeypatch.setattr(queue.hashlib, "sha256", Same)
    first = queue.enqueue(db, make_draft(key="a"), NOW)
    second = queue.enqueue(db, make_draft(key="b"), NOW)
    assert first == "abababab" and second == "ababababab"


LEGAL = {
    # (state before, operation) -> state after
    (S.PENDING, "approve"): S.APPROVED,
    (S.PENDING, "dismiss"): S.DISMISSED,
    (S.NEEDS_RECIPIENT, "dismiss"): S.DISMISSED,
    (S.APPROVED, "dismiss"): S.DISMISSED,
    (S.DELIVERING, "dismiss"): S.DISMISSED,
    (S.APPROVED, "mark_delivering"): S.DELIVERING,
    (S.DELIVERING, "mark_delivered"): S.DELIVERED,
    (S.APPROVED, "mark_delivered"): S.DELIVERED,
    (S.DELIVERING, "back_to_approved"): S.APPROVED,
}
OPS = {
    "approve": lambda db, i: queue.approve(db, i, NOW),
    "dismiss": lambda db, i: queue.dismiss(db, i, NOW),
    "mark_delivering": lambda db, i: queue.mark_delivering(db, i, NOW, "test"),
    "mark_delivered": lambda db, i: queue.mark_delivered(db, i, NOW, "test"),
    "back_to_approved": lambda db, i: queue.back_to_approved(db, i, NOW, "test"),
}
PATHS = {
    S.PENDING: [],
    S.NEEDS_RECIPIENT: [],
    S.APPROVED: ["approve"],
    S.DELIVERING: ["approve", "mark_delivering"],
    S.DELIVERED: ["approve", "mark_delivering", "mark_delivered"],
    S.DISMISSED: ["dismiss"],
}


def _in_state(db: Database, state: DraftState) -> str:
    draft_id = queue.enqueue(db, make_draft(needs_recipient=state is S.NEEDS_RECIPIENT), NOW)
    for op in PATHS[state]:
        OPS[op](db, draft_id)
    assert queue.get(db, draft_id).state is state
    return draft_id


@pytest.mark.parametrize("state", list(PATHS))
@pytest.mark.parametrize("op", list(OPS))
def test_transition_table(db: Database, state: DraftState, op: str) -> None:
    draft_id = _in_state(db, state)
    expected = LEGAL.get((state, op))
    if expected is None:
        with pytest.raises(QueueError, match=f"is {state.value}") as info:
            OPS[op](db, draft_id)
        assert (
            "assistant" in str(info.value)
            or "nothing" in str(info.value)
            or "stays" in str(info.value)
        )
        assert queue.get(db, draft_id).state is state
        assert len(queue.audit_log(db, draft_id)) == 1 + len(PATHS[state])
    else:
        assert OPS[op](db, draft_id).state is expected
        assert queue.get(db, draft_id).state is expected
        last = queue.audit_log(db, draft_id)[-1]
        assert (last.from_state, last.to_state) == (state, expected)


def test_needs_recipient_cannot_be_approved_and_says_edit(db: Database) -> None:
    draft_id = _in_state(db, S.NEEDS_RECIPIENT)
    with pytest.raises(QueueError, match=f"assistant edit {draft_id}"):
        queue.approve(db, draft_id, NOW)


def test_withdraw_only_touches_drafts_awaiting_the_user(db: Database) -> None:
    ids = {}
    for state in PATHS:
        draft_id = queue.enqueue(
            db,
            make_draft(
                key=f"event:uid-1|{state.value}", needs_recipient=state is S.NEEDS_RECIPIENT
            ),
            NOW,
        )
        for op in PATHS[state]:
            OPS[op](db, draft_id)
        ids[state] = draft_id
    other = queue.enqueue(db, make_draft(key="event:uid-2|x"), NOW)
    withdrawn = queue.withdraw(db, "event:uid-1|", "the employer cancelled", NOW)
    assert sorted(withdrawn) == sorted([ids[S.PENDING], ids[S.NEEDS_RECIPIENT]])
    for state, draft_id in ids.items():
        expected = S.WITHDRAWN if state in (S.PENDING, S.NEEDS_RECIPIENT) else state
        assert queue.get(db, draft_id).state is expected
    assert queue.get(db, other).state is S.PENDING
    assert queue.audit_log(db, ids[S.PENDING])[-1].cause == "the employer cancelled"
    assert queue.withdraw(db, "event:uid-1|", "again", NOW) == []


def test_withdraw_prefix_is_literal_not_a_pattern(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(key="event:a_b|thank_you"), NOW)
    assert queue.withdraw(db, "event:a%", "x", NOW) == []
    assert queue.withdraw(db, "event:a_", "x", NOW) == [draft_id]


def test_audit_log_records_every_change_with_time_and_cause(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(), NOW)
    queue.approve(db, draft_id, NOW + timedelta(minutes=1))
    queue.mark_delivering(db, draft_id, NOW + timedelta(minutes=2), "to Drafts")
    queue.back_to_approved(db, draft_id, NOW + timedelta(minutes=3), "delivery failed: timeout")
    log = queue.audit_log(db, draft_id)
    assert [(e.from_state, e.to_state) for e in log] == [
        (None, S.PENDING),
        (S.PENDING, S.APPROVED),
        (S.APPROVED, S.DELIVERING),
        (S.DELIVERING, S.APPROVED),
    ]
    assert [e.at for e in log] == [NOW + timedelta(minutes=m) for m in range(4)]
    assert log[-1].cause == "delivery failed: timeout"
    assert queue.get(db, draft_id).updated == NOW + timedelta(minutes=3)


def test_failed_transition_writes_no_audit_row(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(), NOW)
    with pytest.raises(QueueError):
        queue.mark_delivered(db, draft_id, NOW, "x")
    assert len(queue.audit_log(db, draft_id)) == 1


def test_replace_message_needs_fresh_approval(db: Database) -> None:
    draft_id = queue.enqueue(db, make_draft(to=(), needs_recipient=True), NOW)
    edited = make_draft(subject="Re: edited", due=NOW + timedelta(hours=1))
    q = queue.replace_message(db, draft_id, edited, NOW)
    assert q.state is S.PENDING and q.draft == edited
    queue.approve(db, draft_id, NOW)
    assert queue.replace_message(db, draft_id, make_draft(subject="again"), NOW).state is S.PENDING
    with pytest.raises(QueueError, match="trigger key"):
        queue.replace_message(db, draft_id, make_draft(key="other"), NOW)
    queue.approve(db, draft_id, NOW)
    queue.mark_delivering(db, draft_id, NOW, "x")
    with pytest.raises(QueueError, match="delivering"):
        queue.replace_message(db, draft_id, make_draft(), NOW)


def test_list_queue_oldest_due_first_and_filter(db: Database) -> None:
    late = queue.enqueue(db, make_draft(key="late", due=NOW + timedelta(days=1)), NOW)
    early = queue.enqueue(db, make_draft(key="early", due=NOW - timedelta(days=1)), NOW)
    micro = queue.enqueue(db, make_draft(key="micro", due=NOW + timedelta(microseconds=5)), NOW)
    done = queue.enqueue(db, make_draft(key="done", due=NOW - timedelta(days=2)), NOW)
    queue.dismiss(db, done, NOW)
    assert [q.id for q in queue.list_queue(db)] == [early, micro, late]
    assert [q.id for q in queue.list_queue(db, all=True)] == [done, early, micro, late]


def test_non_utc_times_are_normalized(db: Database) -> None:
    from zoneinfo import ZoneInfo

    chicago = NOW.astimezone(ZoneInfo("America/Chicago"))
    draft_id = queue.enqueue(db, make_draft(key="k", due=chicago), chicago)
    q = queue.get(db, draft_id)
    assert q.created == NOW and q.created.utcoffset() == timedelta(0)
    assert queue_json(q)["due"] == "2026-11-20T15:00:00Z"
    with pytest.raises(ValueError, match="timezone-aware"):
        queue.enqueue(db, make_draft(key="naive"), datetime(2026, 1, 1))


def test_keys_for_the_policy(db: Database) -> None:
    a = queue.enqueue(db, make_draft(key="a"), NOW)
    queue.dismiss(db, a, NOW + timedelta(minutes=5))
    queue.enqueue(db, make_draft(key="b", kind=DraftKind.REMINDER), NOW)
    assert queue.keys(db) == {
        "a": (DraftKind.REJECTION_REPLY, S.DISMISSED, NOW, NOW + timedelta(minutes=5)),
        "b": (DraftKind.REMINDER, S.PENDING, NOW, NOW),
    }


def queue_json(q):
    return queue.queue_item_to_json(q)


def test_queue_json_format(db: Database) -> None:
    draft_id = queue.enqueue(
        db,
        make_draft(
            due=datetime(2026, 11, 20, 17, 0, 0, 123456, tzinfo=UTC),
            to=(Address("jane.doe@acme.example", "Jane Doe"), Address("hr@acme.example")),
            language="de",
            interview_uid="uid-1@acme",
        ),
        NOW,
    )
    item = queue_json(queue.get(db, draft_id))
    assert item == {
        "id": draft_id,
        "kind": "rejection_reply",
        "state": "pending",
        "to": ["jane.doe@acme.example", "hr@acme.example"],
        "subject": "Re: Your application",
        "due": "2026-11-20T17:00:00Z",
        "language": "de",
        "opportunity": "acme",
        "company": "Acme",
        "interview_uid": "uid-1@acme",
        "in_reply_to": "abc@example.com",
    }
    json.dumps(item)  # serializable as is


def test_queue_survives_reopening_the_file(tmp_path) -> None:
    path = tmp_path / "q.sqlite"
    first = Database(path)
    draft_id = queue.enqueue(first, make_draft(), NOW)
    queue.approve(first, draft_id, NOW)
    first.close()
    second = Database(path)
    assert queue.get(second, draft_id).state is S.APPROVED
    assert queue.enqueue(second, make_draft(), NOW) is None
