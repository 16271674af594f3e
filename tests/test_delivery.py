"""Delivery against real servers: Dovecot (Drafts folder) and aiosmtpd (SMTP), exactly once.

Covers invariant 1 (nothing delivered without a recorded approval), 3 (a crash at any delivery
step, then recovery: one copy, never two) and 5 (SMTP TLS verified; plaintext only on loopback).
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from assistant import review
from assistant.config import Account, SmtpSettings
from assistant.deliver import CannotConfirm, deliver_approved, recover
from assistant.deliver.imap_drafts import ImapDraftsDeliverer
from assistant.deliver.smtp import SmtpDeliverer
from assistant.errors import DeliveryError, QueueError
from assistant.records import Address, DraftState, QueuedDraft
from assistant.store import Database, queue
from tests.crash_child import CRASH_EXIT
from tests.draftfactory import IDENTITY, NOW, message_draft, reminder_draft
from tests.servers.smtp import PASSWORD, USERNAME

pytestmark = pytest.mark.servers
REPO = Path(__file__).resolve().parents[1]


def drafts_in(user, folder: str = "Drafts") -> list[tuple[bytes, tuple[bytes, ...]]]:
    """(message, flags) of every message in a folder, read without changing anything."""
    client = user.client()
    try:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        data = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    finally:
        client.logout()
    return [(d[b"BODY[]"], tuple(d[b"FLAGS"])) for _, d in sorted(data.items())]


def copies_of(user, message_id: str, folder: str = "Drafts") -> int:
    return sum(f"<{message_id}>".encode() in m for m, _ in drafts_in(user, folder))


@pytest.fixture
def account(dovecot, imap_user) -> Account:
    return dovecot.account(imap_user)


@pytest.fixture
def drafts(account, imap_user) -> ImapDraftsDeliverer:
    return ImapDraftsDeliverer(account, imap_user.password)


def approved(db: Database, draft=None) -> str:
    draft_id = queue.enqueue(db, draft or message_draft(), NOW)
    queue.approve(db, draft_id, NOW)
    return draft_id


# -- Drafts folder ---------------------------------------------------------------------------


def test_approve_puts_exactly_one_message_in_drafts(imap_user, drafts) -> None:
    db = Database(":memory:")
    draft = message_draft()
    draft_id = queue.enqueue(db, draft, NOW)
    outcome = review.approve(db, drafts, draft_id, NOW)
    assert (outcome.state, outcome.copies_sent) == (DraftState.DELIVERED, 1)
    assert "Drafts folder" in outcome.message
    [(raw, flags)] = drafts_in(imap_user)
    assert raw == draft.message
    assert b"\\Draft" in flags and b"\\Seen" in flags
    assert drafts_in(imap_user, "INBOX") == [] and drafts_in(imap_user, "Sent") == []
    log = queue.audit_log(db, draft_id)
    assert [e.to_state for e in log] == [
        DraftState.PENDING, DraftState.APPROVED, DraftState.DELIVERING, DraftState.DELIVERED,
    ]  # fmt: skip
    # approving again neither re-delivers nor changes the state
    with pytest.raises(QueueError, match="delivered"):
        review.approve(db, drafts, draft_id, NOW)
    assert copies_of(imap_user, draft.message_id) == 1


def test_confirm_is_read_only(imap_user, drafts) -> None:
    db = Database(":memory:")
    draft_id = approved(db)
    deliver_approved(db, drafts, draft_id, NOW)
    before = imap_user.flags_snapshot("Drafts")
    assert drafts.confirm(queue.get(db, draft_id)) is True
    assert imap_user.flags_snapshot("Drafts") == before
    other = QueuedDraft("x", message_draft(key="other"), DraftState.APPROVED, NOW, NOW)
    assert drafts.confirm(other) is False


def test_configured_drafts_folder_and_a_missing_one(dovecot, imap_user) -> None:
    db = Database(":memory:")
    client = imap_user.client()
    client.create_folder("Entwürfe")
    client.logout()
    custom = ImapDraftsDeliverer(
        dovecot.account(imap_user, drafts_folder="Entwürfe"), imap_user.password
    )
    deliver_approved(db, custom, approved(db), NOW)
    assert len(drafts_in(imap_user, "Entwürfe")) == 1 and drafts_in(imap_user) == []
    missing = ImapDraftsDeliverer(
        dovecot.account(imap_user, drafts_folder="Nope"), imap_user.password
    )
    draft_id = approved(db, message_draft(key="second"))
    with pytest.raises(DeliveryError, match="Nope"):
        deliver_approved(db, missing, draft_id, NOW)
    assert queue.get(db, draft_id).state is DraftState.APPROVED


def test_nothing_is_delivered_without_an_approval(dovecot, imap_user, drafts, smtp_sink) -> None:
    """Invariant 1: every queue operation except approve leaves the Drafts folder and the SMTP
    sink empty."""
    db = Database(":memory:")
    smtp = SmtpDeliverer(SmtpSettings(host=smtp_sink.host, port=smtp_sink.port, security="plain"))
    later = NOW + timedelta(hours=1)
    kept = queue.enqueue(db, message_draft(key="kept"), NOW)
    dismissed = queue.enqueue(db, message_draft(key="dismissed"), NOW)
    withdrawn = queue.enqueue(db, message_draft(key="event:x|withdrawn"), NOW)
    needs = queue.enqueue(db, message_draft(key="needs", to=()), NOW)
    reminder = queue.enqueue(db, reminder_draft(), NOW)
    queue.dismiss(db, dismissed, later)
    queue.withdraw(db, "event:x|", "the employer cancelled", later)
    edited = (
        message_draft(key="needs", to=())
        .message.decode()
        .replace("Subject:", "To: sam@acme.example\r\nSubject:", 1)
    )
    review.edit_message(db, needs, edited.encode(), IDENTITY, later)
    queue.list_queue(db, all=True)
    queue.keys(db)
    for draft_id in (kept, dismissed, withdrawn, needs, reminder):
        review.show_text(queue.get(db, draft_id))
        for deliverer in (drafts, smtp):
            with pytest.raises(QueueError):
                deliver_approved(db, deliverer, draft_id, later)
    for deliverer in (drafts, smtp):
        assert recover(db, deliverer, later) == []
    assert drafts_in(imap_user) == [] and smtp_sink.messages == []
    assert {q.state for q in queue.list_queue(db, all=True)} == {
        DraftState.PENDING, DraftState.DISMISSED, DraftState.WITHDRAWN,
    }  # fmt: skip


def test_reminder_approval_delivers_nothing(imap_user, drafts) -> None:
    db = Database(":memory:")
    reminder = queue.enqueue(db, reminder_draft(), NOW)
    assert review.approve(db, drafts, reminder, NOW).state is DraftState.DELIVERED
    assert drafts_in(imap_user) == []


def test_login_failure_keeps_the_draft_approved_and_retry_delivers_once(
    dovecot, imap_user, drafts
) -> None:
    db = Database(":memory:")
    draft_id = approved(db)
    wrong = ImapDraftsDeliverer(dovecot.account(imap_user), "wrong password")
    with pytest.raises(DeliveryError, match="cannot reach the mailbox"):
        deliver_approved(db, wrong, draft_id, NOW)
    assert queue.get(db, draft_id).state is DraftState.APPROVED
    assert queue.audit_log(db, draft_id)[-1].cause.startswith("delivery failed")
    assert drafts_in(imap_user) == []
    assert recover(db, drafts, NOW) == [draft_id]
    assert len(drafts_in(imap_user)) == 1


class BrokenAfterAppend(ImapDraftsDeliverer):
    """The connection drops after the server stored the message: the outcome looks unknown.

    (A real server cannot be made to drop exactly there, so the fault is raised here.)"""

    def deliver(self, draft: QueuedDraft) -> None:
        super().deliver(draft)
        raise ConnectionResetError("connection reset by peer")


class BrokenBeforeAppend(ImapDraftsDeliverer):
    def deliver(self, draft: QueuedDraft) -> None:
        raise ConnectionResetError("connection reset by peer")


def test_unknown_outcome_is_confirmed_not_guessed(dovecot, imap_user) -> None:
    db = Database(":memory:")
    account = dovecot.account(imap_user)
    first = approved(db, message_draft(key="a"))
    outcome = deliver_approved(db, BrokenAfterAppend(account, imap_user.password), first, NOW)
    assert outcome.state is DraftState.DELIVERED
    second = approved(db, message_draft(key="b"))
    with pytest.raises(DeliveryError, match="stays approved"):
        deliver_approved(db, BrokenBeforeAppend(account, imap_user.password), second, NOW)
    assert queue.get(db, second).state is DraftState.APPROVED
    assert [m for m, _ in drafts_in(imap_user)] == [message_draft(key="a").message]


def _crash(db_path: Path, step: str, account: Account, password: str, draft_id: str) -> None:
    account_json = json.dumps({**dataclasses.asdict(account), "password": password})
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash_child", str(db_path), step, account_json, draft_id],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == CRASH_EXIT, result.stderr


@pytest.mark.parametrize(
    ("step", "state_after_crash"),
    [
        ("before_append", DraftState.DELIVERING),
        ("after_append", DraftState.DELIVERING),
        ("after_commit", DraftState.DELIVERED),
    ],
)
def test_crash_at_each_step_then_recover_delivers_exactly_once(
    tmp_path, account, imap_user, drafts, step, state_after_crash
) -> None:
    db_path = tmp_path / "assistant.sqlite"
    db = Database(db_path)
    draft = message_draft()
    draft_id = approved(db, draft)
    db.close()
    _crash(db_path, step, account, imap_user.password, draft_id)
    fresh = Database(db_path)  # the restarted process
    assert queue.get(fresh, draft_id).state is state_after_crash
    delivered = recover(fresh, drafts, NOW + timedelta(minutes=1))
    assert delivered == ([] if step == "after_commit" else [draft_id])
    assert queue.get(fresh, draft_id).state is DraftState.DELIVERED
    assert copies_of(imap_user, draft.message_id) == 1
    assert recover(fresh, drafts, NOW + timedelta(minutes=2)) == []  # a second restart: nothing
    assert copies_of(imap_user, draft.message_id) == 1
    causes = [e.cause for e in queue.audit_log(fresh, draft_id)]
    if step == "after_append":
        assert any("on recovery" in c for c in causes)


def test_crash_before_the_intent_is_recorded_leaves_it_approved(
    tmp_path, imap_user, drafts
) -> None:
    """A crash after `approve` committed but before `delivering`: recover delivers it."""
    db = Database(tmp_path / "a.sqlite")
    draft_id = approved(db)
    db.close()
    fresh = Database(tmp_path / "a.sqlite")
    assert recover(fresh, drafts, NOW) == [draft_id]
    assert len(drafts_in(imap_user)) == 1


# -- SMTP ------------------------------------------------------------------------------------


def smtp_settings(sink, **changes) -> SmtpSettings:
    base = SmtpSettings(host=sink.host, port=sink.port, security="plain", timeout=10)
    return replace(base, **changes)


def test_smtp_sends_to_to_and_cc_exactly_as_approved(smtp_sink) -> None:
    db = Database(":memory:")
    draft = message_draft(to=(Address("jane.doe@acme.example", "Jane Doe"),))
    cc_message = draft.message.replace(b"Subject:", b"Cc: hr@acme.example\r\nSubject:", 1)
    draft = replace(draft, message=cc_message)
    draft_id = queue.enqueue(db, draft, NOW)
    outcome = review.approve(db, SmtpDeliverer(smtp_settings(smtp_sink)), draft_id, NOW)
    assert outcome.state is DraftState.DELIVERED
    [received] = smtp_sink.messages
    assert received.mail_from == IDENTITY.email
    assert received.rcpt_tos == ("jane.doe@acme.example", "hr@acme.example")
    assert received.data == cc_message


def test_smtp_starttls_verified_against_the_sink_ca(smtp_tls_sink) -> None:
    db = Database(":memory:")
    settings = smtp_settings(
        smtp_tls_sink, host="localhost", security="starttls", username=USERNAME,
        ca_file=str(smtp_tls_sink.ca_file),
    )  # fmt: skip
    draft_id = approved(db)
    deliver_approved(db, SmtpDeliverer(settings, PASSWORD), draft_id, NOW)
    [received] = smtp_tls_sink.messages
    assert received.login == USERNAME
    assert queue.get(db, draft_id).state is DraftState.DELIVERED


def test_smtp_starttls_refused_without_the_ca(smtp_tls_sink) -> None:
    db = Database(":memory:")
    settings = smtp_settings(smtp_tls_sink, security="starttls", username=USERNAME)
    draft_id = approved(db)
    with pytest.raises(DeliveryError, match="CERTIFICATE_VERIFY_FAILED"):
        deliver_approved(db, SmtpDeliverer(settings, PASSWORD), draft_id, NOW)
    assert smtp_tls_sink.messages == []
    assert queue.get(db, draft_id).state is DraftState.APPROVED


def test_smtp_starttls_not_offered_is_refused_not_downgraded(smtp_sink) -> None:
    db = Database(":memory:")
    draft_id = approved(db)
    with pytest.raises(DeliveryError, match="STARTTLS"):
        deliver_approved(
            db, SmtpDeliverer(smtp_settings(smtp_sink, security="starttls")), draft_id, NOW
        )
    assert smtp_sink.messages == []


# aiosmtpd counts only STARTTLS as TLS when it warns about AUTH; this socket is TLS throughout.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_implicit_tls(smtp_cert) -> None:
    from tests.servers.smtp import SmtpSink

    sink = SmtpSink(tls="implicit", cert=smtp_cert, auth=True).start()
    try:
        settings = smtp_settings(sink, security="tls", username=USERNAME, ca_file=str(sink.ca_file))
        db = Database(":memory:")
        deliver_approved(db, SmtpDeliverer(settings, PASSWORD), approved(db), NOW)
        assert len(sink.messages) == 1 and sink.messages[0].login == USERNAME
    finally:
        sink.stop()


def test_smtp_plaintext_refused_off_loopback() -> None:
    db = Database(":memory:")
    draft_id = approved(db)
    settings = SmtpSettings(host="smtp.example.net", port=25, security="plain")
    with pytest.raises(DeliveryError, match="refusing plaintext"):
        deliver_approved(db, SmtpDeliverer(settings), draft_id, NOW)
    assert queue.get(db, draft_id).state is DraftState.APPROVED


def test_smtp_wrong_password_delivers_nothing(smtp_tls_sink) -> None:
    db = Database(":memory:")
    settings = smtp_settings(
        smtp_tls_sink, host="localhost", security="starttls", username=USERNAME,
        ca_file=str(smtp_tls_sink.ca_file),
    )  # fmt: skip
    draft_id = approved(db)
    with pytest.raises(DeliveryError):
        deliver_approved(db, SmtpDeliverer(settings, "wrong"), draft_id, NOW)
    assert smtp_tls_sink.messages == [] and queue.get(db, draft_id).state is DraftState.APPROVED


def _leave_delivering(db: Database) -> str:
    """The state a crash between the SMTP send and the commit leaves behind."""
    draft_id = approved(db)
    queue.mark_delivering(db, draft_id, NOW, "delivering to SMTP")
    return draft_id


def test_smtp_after_crash_without_imap_is_never_resent_automatically(smtp_sink, caplog) -> None:
    db = Database(":memory:")
    draft_id = _leave_delivering(db)
    deliverer = SmtpDeliverer(smtp_settings(smtp_sink))  # a fresh process: nothing remembered
    assert recover(db, deliverer, NOW) == []
    assert f"assistant approve {draft_id} --resend" in caplog.text
    assert queue.get(db, draft_id).state is DraftState.DELIVERING
    with pytest.raises(CannotConfirm, match="Sent folder"):
        review.approve(db, deliverer, draft_id, NOW)
    assert smtp_sink.messages == []
    # the user checked their Sent folder and asks for it to be sent
    outcome = review.approve(db, deliverer, draft_id, NOW, resend=True)
    assert outcome.state is DraftState.DELIVERED and len(smtp_sink.messages) == 1


def test_smtp_after_crash_found_in_sent_folder(smtp_sink, account, imap_user) -> None:
    db = Database(":memory:")
    draft_id = _leave_delivering(db)
    imap_user.append("Sent", queue.get(db, draft_id).draft.message, flags=[r"\Seen"])
    deliverer = SmtpDeliverer(smtp_settings(smtp_sink), sent_account=(account, imap_user.password))
    assert recover(db, deliverer, NOW) == [draft_id]
    assert smtp_sink.messages == []


def test_smtp_after_crash_not_in_sent_folder_still_asks_the_user(
    smtp_sink, account, imap_user
) -> None:
    db = Database(":memory:")
    draft_id = _leave_delivering(db)
    deliverer = SmtpDeliverer(smtp_settings(smtp_sink), sent_account=(account, imap_user.password))
    with pytest.raises(CannotConfirm, match="proves nothing"):
        review.approve(db, deliverer, draft_id, NOW)
    assert smtp_sink.messages == [] and queue.get(db, draft_id).state is DraftState.DELIVERING


def test_make_deliverer_drafts_end_to_end(dovecot, imap_user) -> None:
    from assistant.config import settings_from_dict

    account = dovecot.account(imap_user)
    settings = settings_from_dict({
        "identity": {"name": "Alex Rivera", "email": IDENTITY.email},
        "accounts": [{
            "name": account.name, "kind": "imap", "host": account.host, "port": account.port,
            "security": "plain", "username": account.username,
            "password_command": account.password_command,
        }],
    })  # fmt: skip
    db = Database(":memory:")
    review.approve(
        db, review.make_deliverer(settings), queue.enqueue(db, message_draft(), NOW), NOW
    )
    assert len(drafts_in(imap_user)) == 1


# -- the Deliverer contract, for every deliverer ---------------------------------------------


@pytest.fixture(params=["memory", "imap_drafts", "smtp"])
def any_deliverer(request):
    from assistant.deliver.memory import MemoryDeliverer

    if request.param == "memory":
        return MemoryDeliverer()
    if request.param == "imap_drafts":
        return request.getfixturevalue("drafts")
    sink = request.getfixturevalue("smtp_sink")
    return SmtpDeliverer(smtp_settings(sink))


def test_deliverer_contract(any_deliverer) -> None:
    """deliver() then confirm() is True; a draft never delivered is not confirmed (or, for
    SMTP in a fresh process, cannot be)."""
    db = Database(":memory:")
    draft_id = approved(db)
    assert isinstance(any_deliverer.description, str) and any_deliverer.description
    outcome = deliver_approved(db, any_deliverer, draft_id, NOW)
    assert outcome.copies_sent == 1
    assert any_deliverer.confirm(queue.get(db, draft_id)) is True
    never = QueuedDraft("n", message_draft(key="never"), DraftState.APPROVED, NOW, NOW)
    if isinstance(any_deliverer, SmtpDeliverer):
        with pytest.raises(CannotConfirm):
            any_deliverer.confirm(never)
    else:
        assert any_deliverer.confirm(never) is False
