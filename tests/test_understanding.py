"""understanding.understand and status_rows over a :memory: Database holding emails as JSON rows.

The emails are corpus messages parsed by the real parser and classified by the real classifier;
nothing is mocked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.config import settings_from_dict
from assistant.records import Address, Email, Stage
from assistant.sources.mailparse import parse_message
from assistant.store import understanding as store
from assistant.store.codec import dumps
from assistant.store.db import Database
from assistant.understanding import status_rows, understand

CORPUS = Path(__file__).parent / "corpus"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SETTINGS = settings_from_dict(
    {"identity": {"name": "Alex Rivera", "email": "alex.rivera@example.net"}}
)
ACME = [
    "application_received/001_greenhouse_thanks_for_applying.eml",
    "interview_invitation/001_greenhouse_scheduling_link.eml",
    "interview_reschedule_or_cancel/001_interviewer_sick_move.eml",
]
NEWSLETTER = "other/001_career_newsletter_rejection_html.eml"


def load(rel: str, folder: str = "INBOX") -> Email:
    return parse_message((CORPUS / rel).read_bytes(), key=f"test/{folder}/{rel}",
                         account="test", folder=folder)


def insert(db: Database, *emails: Email) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO emails (key, account, folder, message_id, date, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(e.key, e.account, e.folder, e.message_id, e.date.isoformat(), dumps(e))
             for e in emails],
        )


@pytest.fixture
def db() -> Database:
    return Database(":memory:")


def test_understand_twice_classifies_nothing_new(db: Database) -> None:
    insert(db, *(load(rel) for rel in ACME), load(NEWSLETTER))
    first = understand(SETTINGS, db, NOW)
    assert first.classified == 4
    assert sum(first.by_kind.values()) == 4
    assert first.by_kind.get("other") == 1
    assert first.opportunities_changed == 1
    second = understand(SETTINGS, db, NOW)
    assert (second.classified, second.by_kind, second.opportunities_changed) == (0, {}, 0)
    assert db.conn.execute("SELECT COUNT(*) FROM emails WHERE understood = 0").fetchone()[0] == 0


def test_acme_thread_becomes_one_interviewing_opportunity(db: Database) -> None:
    insert(db, *(load(rel) for rel in ACME))
    understand(SETTINGS, db, NOW)
    [opp] = store.load_opportunities(db)
    assert opp.id == "acme-robotics"
    assert opp.stage is Stage.INTERVIEWING
    assert len(opp.history) == 3
    assert "ben.carter@acmerobotics.test" in [c.email for c in opp.contacts]
    assert store.known_contacts(db) == {opp.company: opp.contacts[0].email}
    rows = db.conn.execute("SELECT opportunity FROM classifications").fetchall()
    assert {r["opportunity"] for r in rows} == {"acme-robotics"}


def test_duplicate_copies_are_classified_once(db: Database) -> None:
    inbox = load(ACME[1])
    all_mail = replace(inbox, key="test/All Mail/1", folder="All Mail")
    insert(db, inbox, all_mail)
    report = understand(SETTINGS, db, NOW)
    assert report.classified == 1
    assert db.conn.execute("SELECT COUNT(*) FROM classifications").fetchone()[0] == 1
    later_copy = replace(inbox, key="test/Archive/1", folder="Archive")
    insert(db, later_copy)  # a third copy turns up in a later sync
    assert understand(SETTINGS, db, NOW).classified == 0
    assert len(store.load_job_mail(db)) == 1  # one copy of each message


def test_job_mail_holds_job_kinds_and_linked_replies_not_newsletters(db: Database) -> None:
    invitation = load(ACME[1])
    reply = replace(
        load(ACME[2]), key="test/Sent/r1", folder="Sent", message_id="reply-1@example.net",
        sender=Address("alex.rivera@example.net", "Alex Rivera"),  # the user's own reply
        in_reply_to=invitation.message_id, references=(invitation.message_id,),
        date=invitation.date.replace(hour=23),
    )
    insert(db, invitation, reply, load(NEWSLETTER))
    understand(SETTINGS, db, NOW)
    mail = store.load_job_mail(db)
    ids = [e.message_id for e, _, _ in mail]
    assert ids == [invitation.message_id, "reply-1@example.net"]
    assert all(opp == "acme-robotics" for _, _, opp in mail)
    [opp] = store.load_opportunities(db)
    assert [e.kind for e in opp.history] == ["interview_invitation", "sent"]


def test_status_rows(db: Database) -> None:
    assert status_rows(db) == []
    insert(db, *(load(rel) for rel in ACME))
    understand(SETTINGS, db, NOW)
    [row] = status_rows(db)
    assert row["id"] == "acme-robotics"
    assert row["company"] == "Acme Robotics"
    assert row["stage"] == "interviewing"
    assert row["history"] == 3
    assert row["last_activity"].endswith("Z")
    assert row["last_activity"] == "2026-02-11T23:05:00Z"  # the reschedule, the latest mail
    assert "ben.carter@acmerobotics.test" in row["contacts"]
    assert set(row) == {"id", "company", "role", "stage", "last_activity", "contacts", "history"}
