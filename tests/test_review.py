"""show / edit / approve logic: edit validation table, state effects, deliverer selection."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant import review
from assistant.config import settings_from_dict
from assistant.deliver.memory import MemoryDeliverer
from assistant.errors import QueueError, UserError
from assistant.records import DraftState
from assistant.store import Database, queue
from tests.draftfactory import IDENTITY, NOW, THREAD, message_draft, reminder_draft


@pytest.fixture
def db() -> Database:
    return Database(":memory:")


def as_edited(draft, text_change=None) -> bytes:
    """The message as the CLI hands it to $EDITOR (LF line endings), optionally changed."""
    text = draft.message.decode().replace("\r\n", "\n")
    return (text_change(text) if text_change else text).encode()


def test_show_text_has_headers_and_body(db: Database) -> None:
    draft_id = queue.enqueue(db, message_draft(), NOW)
    text = review.show_text(queue.get(db, draft_id))
    assert (
        text.splitlines()[0] == f"Draft {draft_id} · thank_you · pending · due 2026-11-20 15:00 UTC"
    )
    assert "To: Jane Doe <jane.doe@acme.example>" in text
    assert "Subject: Re: Interview for Data Analyst" in text
    assert f"In-Reply-To: <{THREAD}>" in text
    assert text.endswith("I enjoyed our conversation.\n\nAlex Rivera")
    assert "\r" not in text


def test_show_text_decodes_non_ascii_and_reminders(db: Database) -> None:
    draft = message_draft(body="Sehr geehrte Frau Müller,\n\nvielen Dank für das Gespräch.\n")
    draft_id = queue.enqueue(db, draft, NOW)
    assert "Frau Müller" in review.show_text(queue.get(db, draft_id))
    reminder_id = queue.enqueue(db, reminder_draft(), NOW)
    text = review.show_text(queue.get(db, reminder_id))
    assert "Interview with Acme tomorrow at 9:00" in text
    assert text.endswith("tomorrow at 9:00.")


def test_show_text_needs_recipient_says_what_to_do(db: Database) -> None:
    draft_id = queue.enqueue(db, message_draft(to=()), NOW)
    assert f"assistant edit {draft_id}" in review.show_text(queue.get(db, draft_id))


def test_edit_changes_words_and_keeps_identity(db: Database) -> None:
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    edited = as_edited(
        draft,
        lambda t: t.replace(
            "I enjoyed our conversation.", "Ich habe das Gespräch genossen."
        ).replace("Subject: Re: Interview for Data Analyst", "Subject: Re: Interview – thanks"),
    )
    q = review.edit_message(db, draft_id, edited, IDENTITY, NOW + timedelta(minutes=5))
    assert q.state is DraftState.PENDING
    assert q.draft.subject == "Re: Interview – thanks"
    assert "Ich habe das Gespräch genossen." in q.draft.body
    assert q.draft.message_id == draft.message_id and q.draft.key == draft.key
    raw = q.draft.message
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    head, _, text = raw.partition(b"\r\n\r\n")
    assert head.isascii()  # the non-ASCII subject went into an encoded word
    assert b'charset="utf-8"' in head and "Gespräch".encode() in text  # the body as typed
    assert f"<{draft.message_id}>".encode() in raw
    assert "Ich habe das Gespräch genossen." in review.show_text(q)
    assert queue.audit_log(db, draft_id)[-1].cause == "edited by the user"


def test_edit_adds_recipient_to_needs_recipient_draft(db: Database) -> None:
    draft = message_draft(to=())
    draft_id = queue.enqueue(db, draft, NOW)
    with pytest.raises(QueueError, match="edit"):
        queue.approve(db, draft_id, NOW)
    edited = as_edited(
        draft, lambda t: t.replace("Subject:", "To: Sam Lee <sam.lee@acme.example>\nSubject:", 1)
    )
    q = review.edit_message(db, draft_id, edited, IDENTITY, NOW)
    assert q.state is DraftState.PENDING and not q.draft.needs_recipient
    assert [a.email for a in q.draft.to] == ["sam.lee@acme.example"]
    assert queue.approve(db, draft_id, NOW).state is DraftState.APPROVED


def test_edit_of_an_approved_draft_needs_a_new_approval(db: Database) -> None:
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    queue.approve(db, draft_id, NOW)
    edited = as_edited(draft, lambda t: t.replace("Dear Jane", "Hello Jane"))
    assert review.edit_message(db, draft_id, edited, IDENTITY, NOW).state is DraftState.PENDING


def _swap(old: str, new: str):
    return lambda t: t.replace(old, new, 1)


INVALID_EDITS = [
    # (what the user did, the edit, a phrase the problem must contain)
    ("From a stranger", _swap("alex.rivera@example.net", "boss@acme.example"), "From: must be"),
    ("From removed", _swap("From: Alex Rivera <alex.rivera@example.net>\n", ""), "From: must be"),
    ("To removed", _swap("To: Jane Doe <jane.doe@acme.example>\n", ""), "To: is empty"),
    ("To blank", _swap("To: Jane Doe <jane.doe@acme.example>", "To: "), "To: is empty"),
    ("To no domain", _swap("jane.doe@acme.example", "jane.doe"), "To:"),
    ("To no dot", _swap("jane.doe@acme.example", "jane@localhost"), "not a valid email"),
    ("To garbage", _swap("Jane Doe <jane.doe@acme.example>", "<<<@@>>"), "To:"),
    ("To the user", _swap("jane.doe@acme.example", "alex.rivera@example.net"), "your own"),
    ("To an alias", _swap("jane.doe@acme.example", "ALEX@old.example"), "your own"),
    ("Cc invalid", _swap("Subject:", "Cc: not an address\nSubject:"), "Cc:"),
    ("two To lines", _swap("Subject:", "To: sam@acme.example\nSubject:"), "more than once"),
    ("Bcc added", _swap("Subject:", "Bcc: x@acme.example\nSubject:"), "Bcc"),
    ("Subject blank", _swap("Subject: Re: Interview for Data Analyst", "Subject:  "), "Subject"),
    ("Message-ID changed", _swap("Message-ID: <", "Message-ID: <x"), "Message-ID"),
    (
        "Message-ID removed",
        lambda t: "\n".join(line for line in t.split("\n") if not line.startswith("Message-ID")),
        "Message-ID",
    ),
    ("In-Reply-To removed", _swap(f"In-Reply-To: <{THREAD}>\n", ""), "In-Reply-To"),
    ("References changed", _swap(f"References: <{THREAD}>", "References: <x@y>"), "References"),
    (
        "encoded CRLF in Subject",
        _swap(
            "Subject: Re: Interview for Data Analyst",
            "Subject: =?utf-8?q?Hi=0D=0ABcc=3A_x=40evil=2Eexample?=",
        ),
        "line break",
    ),
    ("NUL in a header", _swap("Subject: Re:", "Subject: Re:\0"), "NUL"),
    ("stray CR in headers", _swap("Subject: Re:", "Subject: Re:\rX-Evil: 1"), "carriage return"),
    ("not a header line", _swap("Subject:", "this is not a header\nSubject:"), "not a header"),
    (
        "no blank line",
        lambda t: t.replace("\n\n", "\n").replace("MIME-Version: 1.0\n", ""),
        "empty line",
    ),
    ("empty body", lambda t: t.split("\n\n", 1)[0] + "\n\n   \n", "text of the message is empty"),
    ("HTML instead of text", _swap('text/plain; charset="utf-8"', "text/html"), "plain text"),
]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [(e, x) for _, e, x in INVALID_EDITS],
    ids=[n for n, _, _ in INVALID_EDITS],
)
def test_edit_validation_rejects_and_keeps_the_original(db, edit, expected) -> None:
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    with pytest.raises(UserError) as info:
        review.edit_message(db, draft_id, as_edited(draft, edit), IDENTITY, NOW)
    assert "not saved" in str(info.value)
    assert any(expected in p for p in info.value.problems), info.value.problems
    q = queue.get(db, draft_id)
    assert q.draft == draft and q.state is DraftState.PENDING
    assert len(queue.audit_log(db, draft_id)) == 1


def test_edit_reports_every_problem_at_once(db: Database) -> None:
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)

    def many(t: str) -> str:
        t = t.replace("alex.rivera@example.net", "boss@acme.example")
        t = t.replace("Subject: Re: Interview for Data Analyst", "Subject:")
        return t.split("\n\n", 1)[0] + "\n\n\n"

    with pytest.raises(UserError) as info:
        review.edit_message(db, draft_id, as_edited(draft, many), IDENTITY, NOW)
    text = "\n".join(info.value.problems)
    assert "From:" in text and "Subject" in text and "empty" in text


def test_edit_rejects_non_utf8_and_reminders_and_closed_drafts(db: Database) -> None:
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    with pytest.raises(UserError, match="UTF-8"):
        review.edit_message(db, draft_id, b"Subject: \xff\n\nx", IDENTITY, NOW)
    reminder_id = queue.enqueue(db, reminder_draft(), NOW)
    with pytest.raises(QueueError, match="reminder"):
        review.edit_message(db, reminder_id, b"x", IDENTITY, NOW)
    queue.dismiss(db, draft_id, NOW)
    with pytest.raises(QueueError, match="dismissed"):
        review.edit_message(db, draft_id, as_edited(draft), IDENTITY, NOW)


def test_edit_accepts_crlf_input(db: Database) -> None:
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    edited = draft.message.replace(b"Dear Jane", b"Hi Jane")
    assert review.edit_message(db, draft_id, edited, IDENTITY, NOW).draft.body.startswith("Hi Jane")


def test_approve_reminder_is_acknowledged_without_delivery(db: Database) -> None:
    deliverer = MemoryDeliverer()
    reminder_id = queue.enqueue(db, reminder_draft(), NOW)
    outcome = review.approve(db, deliverer, reminder_id, NOW)
    assert outcome.state is DraftState.DELIVERED and outcome.copies_sent == 0
    assert deliverer.delivered == []
    assert queue.audit_log(db, reminder_id)[-1].cause.startswith("reminder acknowledged")


def test_approve_delivers_once_and_retries_an_approved_draft(db: Database) -> None:
    deliverer = MemoryDeliverer()
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    queue.approve(db, draft_id, NOW)  # approved earlier; its delivery never ran
    outcome = review.approve(db, deliverer, draft_id, NOW)
    assert outcome.copies_sent == 1 and deliverer.messages == [draft.message]
    with pytest.raises(QueueError, match="delivered"):
        review.approve(db, deliverer, draft_id, NOW)
    assert len(deliverer.delivered) == 1


def _settings(**extra):
    data = {"identity": {"name": "Alex", "email": "alex@example.net"}, **extra}
    return settings_from_dict(data)


IMAP = {
    "name": "personal", "kind": "imap", "host": "127.0.0.1", "security": "plain",
    "username": "alex", "password_command": "printf secret",
}  # fmt: skip


def test_make_deliverer_drafts_uses_first_imap_account() -> None:
    maildir = {"name": "local", "kind": "maildir", "path": "~/Mail"}
    d = review.make_deliverer(_settings(accounts=[maildir, IMAP]))
    assert d.description == "the Drafts folder of personal"


def test_make_deliverer_drafts_without_imap_account_is_a_user_error() -> None:
    with pytest.raises(UserError, match="no \\[\\[accounts\\]\\] entry"):
        review.make_deliverer(_settings(accounts=[{"name": "l", "kind": "mbox", "path": "/x"}]))
    with pytest.raises(UserError, match="maildir account"):
        review.make_deliverer(
            _settings(
                accounts=[{"name": "l", "kind": "maildir", "path": "/x"}, IMAP],
                delivery={"account": "l"},
            )
        )


def test_make_deliverer_smtp_with_sent_folder_account() -> None:
    smtp = {"host": "127.0.0.1", "port": 2525, "security": "plain"}
    d = review.make_deliverer(_settings(accounts=[IMAP], delivery={"mode": "smtp", "smtp": smtp}))
    assert d.description == "SMTP server 127.0.0.1"
    assert d._sent_account is not None and d._sent_account[1] == "secret"


def test_make_deliverer_missing_password_is_a_credential_error() -> None:
    from assistant.errors import CredentialError

    account = replace_dict(IMAP, password_command="")
    with pytest.raises(CredentialError, match="keyring"):
        review.make_deliverer(_settings(accounts=[account]))


def replace_dict(d: dict, **changes) -> dict:
    return {**d, **changes}


def test_edited_message_roundtrips_through_show(db: Database) -> None:
    draft = replace(message_draft(), due=NOW)
    draft_id = queue.enqueue(db, draft, NOW)
    q = review.edit_message(db, draft_id, as_edited(draft), IDENTITY, NOW)
    again = review.edit_message(db, draft_id, as_edited(q.draft), IDENTITY, NOW)
    assert again.draft.message == q.draft.message
