"""sync_mail and check_accounts: several accounts and folders into SQLite, against real Dovecot.

Failures are real too: a wrong password is a wrong password, and a connection dropped mid-sync
is Dovecot kicking the session (`doveadm kick`) while the sync runs.
"""

from __future__ import annotations

import logging
import mailbox
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import keyring
import pytest

from assistant import mailsync
from assistant.config import Account, Identity, Settings
from assistant.credentials import store_password
from assistant.sources.local import read_local
from assistant.store import Database
from assistant.store import mail as store

pytestmark = pytest.mark.servers

IDENTITY = Identity(name="Alex Rivera", email="alex@example.net")


def message(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana <dana@acme.example>"
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{subject.replace(' ', '.')}@acme.example>"
    msg["Date"] = "Fri, 20 Nov 2026 10:00:00 +0000"
    msg.set_content(f"About {subject}.\n")
    return bytes(msg)


def now() -> datetime:
    return datetime.now(UTC)  # Dovecot dates APPENDed mail with the real clock


def subjects(db: Database, account: str | None = None) -> list[str]:
    return sorted(e.subject for e in store.iter_emails(db) if account in (None, e.account))


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "assistant.sqlite3")
    yield database
    database.close()


def test_two_accounts_two_folders_then_nothing_new(dovecot, db):
    alice, bob = dovecot.new_user(), dovecot.new_user()
    for i in range(3):
        alice.append("INBOX", message(f"alice inbox {i}"))
    alice.append("Jobs", message("alice jobs"))
    bob.append("INBOX", message("bob inbox"))
    settings = Settings(
        identity=IDENTITY,
        accounts=(
            dovecot.account(alice, name="personal", folders=("INBOX", "Jobs")),
            dovecot.account(bob, name="work"),
        ),
    )

    report = mailsync.sync_mail(settings, db, now())

    assert report.errors == []
    assert report.messages_read == 5
    assert subjects(db, "personal") == [
        "alice inbox 0", "alice inbox 1", "alice inbox 2", "alice jobs",
    ]  # fmt: skip
    assert subjects(db, "work") == ["bob inbox"]
    again = mailsync.sync_mail(settings, db, now())
    assert (again.messages_read, again.errors) == (0, [])
    assert store.count_emails(db) == 5


def test_uidvalidity_change_leaves_no_duplicates(dovecot, imap_user, db):
    imap_user.append("Jobs", message("first copy"))
    imap_user.append("Jobs", message("second copy"))
    settings = Settings(
        identity=IDENTITY, accounts=(dovecot.account(imap_user, folders=("Jobs",)),)
    )
    mailsync.sync_mail(settings, db, now())
    client = imap_user.client()
    client.delete_folder("Jobs")
    client.create_folder("Jobs")
    client.logout()
    imap_user.append("Jobs", message("first copy"))

    report = mailsync.sync_mail(settings, db, now())

    assert report.messages_read == 1
    assert subjects(db) == ["first copy"]


def test_a_wrong_password_is_one_error_line_and_the_other_account_syncs(dovecot, db):
    good, bad = dovecot.new_user(), dovecot.new_user()
    good.append("INBOX", message("good news"))
    bad.append("INBOX", message("never read"))
    settings = Settings(
        identity=IDENTITY,
        accounts=(
            dovecot.account(bad, name="broken", password_command="printf %s wrong-password"),
            dovecot.account(good, name="fine"),
        ),
    )

    report = mailsync.sync_mail(settings, db, now())

    assert len(report.errors) == 1
    assert report.errors[0].startswith("broken: login")
    assert "wrong-password" not in report.errors[0]
    assert subjects(db) == ["good news"]


def test_a_connection_dropped_mid_sync_is_an_error_and_the_next_run_resumes(dovecot, db):
    victim, other = dovecot.new_user(), dovecot.new_user()
    victim.append_many("INBOX", [message(f"msg {i:02d}") for i in range(6)])
    other.append("INBOX", message("unaffected"))
    settings = Settings(
        identity=IDENTITY,
        accounts=(
            dovecot.account(victim, name="victim", fetch_batch=2),
            dovecot.account(other, name="other"),
        ),
    )
    kicked = []

    def kick_after_first_batch(done: int, total: int) -> None:
        if not kicked:
            kicked.append(done)
            dovecot.kick(victim)

    report = mailsync.sync_mail(settings, db, now(), progress=kick_after_first_batch)

    assert len(report.errors) == 1
    assert report.errors[0].startswith("victim: lost the connection")
    # What was fetched before the drop is kept: the first batch, and with a parser worker also
    # the second, fetched while the first was parsed.
    kept = store.count_emails(db, "victim")
    assert 2 <= kept < 6 and kept == report.messages_read - 1
    assert subjects(db, "other") == ["unaffected"]
    resumed = mailsync.sync_mail(settings, db, now())
    assert (resumed.messages_read, resumed.errors) == (6 - kept, [])
    assert subjects(db, "victim") == [f"msg {i:02d}" for i in range(6)]


def test_kept_sessions_survive_a_server_side_disconnect(dovecot, imap_user, db):
    settings = Settings(identity=IDENTITY, accounts=(dovecot.account(imap_user),))
    sessions = mailsync.ImapSessions()
    try:
        mailsync.sync_mail(settings, db, now(), sessions=sessions)
        dovecot.kick(imap_user)  # as an idle timeout would, between two cycles
        imap_user.append("INBOX", message("after the kick"))
        report = mailsync.sync_mail(settings, db, now(), sessions=sessions)
    finally:
        sessions.close()
    assert (report.messages_read, report.errors) == (1, [])


def test_progress_counts_up_to_the_total(dovecot, imap_user, db):
    imap_user.append_many("INBOX", [message(f"m {i}") for i in range(5)])
    settings = Settings(identity=IDENTITY, accounts=(dovecot.account(imap_user, fetch_batch=2),))
    calls: list[tuple[int, int]] = []

    mailsync.sync_mail(settings, db, now(), progress=lambda d, t: calls.append((d, t)))

    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_a_local_maildir_account_is_read_once(tmp_path, db):
    box = mailbox.Maildir(tmp_path / "Mail", create=True)
    box.add(message("local one"))
    box.add(message("local two"))
    account = Account(name="local", kind="maildir", path=str(tmp_path / "Mail"))
    settings = Settings(identity=IDENTITY, accounts=(account,))

    first = mailsync.sync_mail(settings, db, now())
    second = mailsync.sync_mail(settings, db, now())

    assert (first.messages_read, second.messages_read) == (2, 0)
    assert subjects(db) == ["local one", "local two"]


def test_local_mail_older_than_the_bound_is_remembered_and_not_read_again(tmp_path, db):
    box = mailbox.Maildir(tmp_path / "Mail", create=True)
    box.add(message("recent"))
    old = mailbox.MaildirMessage(message("from 2020"))
    old.replace_header("Date", "Mon, 03 Feb 2020 09:00:00 +0000")
    box.add(old)
    account = Account(name="local", kind="maildir", path=str(tmp_path / "Mail"))
    settings = Settings(identity=IDENTITY, accounts=(account,))
    at = datetime(2026, 11, 21, tzinfo=UTC)
    since = at - timedelta(days=account.initial_sync_days)

    first = mailsync.sync_mail(settings, db, at)

    assert (first.messages_read, subjects(db)) == (1, ["recent"])
    seen = store.seen_keys(db, "local", since)
    assert len(seen) == 2  # the old message is remembered, though not stored
    # So the next read skips it before parsing: it is neither read nor left out again.
    again = read_local(account, seen, since, account.max_text_bytes)
    assert (again.emails, again.older, again.total) == ([], [], 2)
    # A bound moved back past its date reads it after all.
    wider = Settings(identity=IDENTITY, accounts=(replace(account, initial_sync_days=3650),))
    assert mailsync.sync_mail(settings, db, at).messages_read == 0
    assert mailsync.sync_mail(wider, db, at).messages_read == 1
    assert subjects(db) == ["from 2020", "recent"]


def test_secrets_reach_neither_the_database_nor_the_logs(dovecot, imap_user, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    store_password("keyringed", imap_user.password)  # the keyring path: no password_command
    assert keyring.get_password("assistant", "keyringed") == imap_user.password
    imap_user.append("INBOX", message("secret test"))
    account = dovecot.account(imap_user, name="keyringed", password_command="")
    settings = Settings(identity=IDENTITY, accounts=(account,))
    path = tmp_path / "secrets.sqlite3"
    database = Database(path)
    try:
        report = mailsync.sync_mail(settings, database, now())
        assert mailsync.check_accounts(settings)
    finally:
        database.close()

    assert report.messages_read == 1
    secret = imap_user.password.encode()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("secrets.sqlite3*"))
    assert b"secret test" in stored  # the mail is there: the search below is meaningful
    assert secret not in stored
    assert "LOGIN" in caplog.text  # the wire log was captured, with LOGIN redacted
    assert imap_user.password not in caplog.text


def test_check_accounts_lists_folders_drafts_and_problems(dovecot, imap_user, tmp_path):
    settings = Settings(
        identity=IDENTITY,
        accounts=(
            dovecot.account(imap_user, name="personal", folders=("INBOX", "Archive")),
            dovecot.account(imap_user, name="badpw", password_command="printf %s nope"),
            Account(name="offline", kind="maildir", path=str(tmp_path / "missing")),
        ),
    )

    lines = mailsync.check_accounts(settings)

    assert "personal: will read INBOX" in lines
    assert "personal: Drafts folder: Drafts" in lines
    problems = [line for line in lines if line.startswith("problem: ")]
    assert len(problems) == 3
    assert any('"Archive" does not exist' in p for p in problems)
    assert any(p.startswith("problem: badpw: login") for p in problems)
    assert any(p.startswith("problem: offline: Maildir") for p in problems)


def test_a_missing_folder_does_not_stop_the_other_folders(dovecot, imap_user, db):
    imap_user.append("INBOX", message("still read"))
    settings = Settings(
        identity=IDENTITY, accounts=(dovecot.account(imap_user, folders=("Gone", "INBOX")),)
    )

    report = mailsync.sync_mail(settings, db, now())

    assert len(report.errors) == 1
    assert '"Gone"' in report.errors[0]
    assert subjects(db) == ["still read"]
