"""read_local over real Maildir trees and mbox files built in tmp_path: what is read, what is
skipped, and that the mailbox is byte-for-byte, name-for-name and mtime-for-mtime unchanged."""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.config import Account
from assistant.errors import SourceError
from assistant.sources.local import read_local

DATA = Path(__file__).parent / "data" / "emails"
OLD_MTIME_NS = 1_600_000_000 * 10**9  # any write or rename would move mtimes off this value


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def _deliver(folder: Path, subdir: str, name: str, raw: bytes) -> None:
    (folder / subdir / name).write_bytes(raw)


def _make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    """INBOX (new/ and cur/ with flags), a Maildir++ subfolder and a verbatim nested folder."""
    root = _make_maildir(tmp_path / "Mail")
    _deliver(root, "cur", "1762160000.M1P1.host,U=1:2,S", load("plain_utf8.eml"))
    _deliver(root, "cur", "1762160001.M2P1.host,U=2:2,FRS", load("reply_chain_outlook.eml"))
    _deliver(root, "new", "1762160002.M3P1.host", load("calendar_invite.eml"))
    _deliver(root, "cur", "1762160003.M4P1.host:2,", b"")  # empty: unparseable
    jobs = _make_maildir(root / ".Jobs.Applied")
    _deliver(jobs, "cur", "1762160004.M5P1.host:2,S", load("html_only.eml"))
    archive = _make_maildir(root / "Archive")
    _deliver(archive, "new", "1762160005.M6P1.host", load("no_date.eml"))
    for file in root.rglob("*"):
        os.utime(file, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return root


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (
            p.read_bytes() if p.is_file() else b"<dir>",
            p.stat().st_mtime_ns,
        )
        for p in sorted(root.rglob("*"))
    }


def _account(root: Path, *folders: str, kind: str = "maildir") -> Account:
    return Account(name="local", kind=kind, path=str(root), folders=folders or ("INBOX",))


def test_reads_inbox_and_both_subfolder_layouts(maildir: Path) -> None:
    result = read_local(
        _account(maildir, "INBOX", "Jobs/Applied", "Archive"), (), None, max_text_bytes=262144
    )
    by_id = {e.message_id: e for e in result.emails}
    assert set(by_id) == {
        "CAF00001.plain@acme-robotics.com",
        "outlook-reply@contoso.example",
        "invite-42@acme-robotics.com",
        "html-only-1@mail.globex.example",
        "no-date@nodate.example",
    }
    assert by_id["html-only-1@mail.globex.example"].folder == "Jobs/Applied"
    assert by_id["no-date@nodate.example"].folder == "Archive"
    invite = by_id["invite-42@acme-robotics.com"]
    assert invite.key == "local/INBOX/1762160002.M3P1.host"
    assert (invite.account, invite.folder) == ("local", "INBOX")
    assert result.total == 6
    assert [(s.source, s.item) for s in result.skipped] == [
        ("local", "local/INBOX/1762160003.M4P1.host")
    ]
    assert "empty" in result.skipped[0].reason


def test_flag_suffix_is_not_part_of_the_key(maildir: Path) -> None:
    keys = {e.key for e in read_local(_account(maildir), (), None, 262144).emails}
    assert "local/INBOX/1762160001.M2P1.host,U=2" in keys
    assert not any(":2," in k for k in keys)


def test_seen_keys_are_not_read_again(maildir: Path) -> None:
    account = _account(maildir, "INBOX", "Jobs/Applied")
    first = read_local(account, (), None, 262144)
    seen = {e.key for e in first.emails} | {s.item for s in first.skipped}
    second = read_local(account, seen, None, 262144)
    assert second.emails == []
    assert second.skipped == []
    assert second.total == first.total == 5
    _deliver(maildir, "new", "1762170000.M9P1.host", load("auto_reply.eml"))
    third = read_local(account, seen, None, 262144)
    assert [e.message_id for e in third.emails] == ["auto-1@acme-robotics.com"]


def test_since_leaves_out_older_mail_but_keeps_undated(maildir: Path) -> None:
    since = datetime(2026, 11, 10, tzinfo=UTC)
    result = read_local(_account(maildir, "INBOX", "Archive"), (), since, 262144)
    ids = {e.message_id for e in result.emails}
    assert ids == {"outlook-reply@contoso.example", "invite-42@acme-robotics.com",
                   "no-date@nodate.example"}  # fmt: skip
    assert [key for key, _ in result.older] == ["local/INBOX/1762160000.M1P1.host,U=1"]
    assert all(date < since for _, date in result.older)


def test_text_cap_is_applied(maildir: Path) -> None:
    emails = read_local(_account(maildir), (), None, max_text_bytes=40).emails
    plain = next(e for e in emails if e.message_id == "CAF00001.plain@acme-robotics.com")
    assert plain.truncated and len(plain.text.encode()) <= 40


def test_maildir_files_names_flags_and_mtimes_unchanged(maildir: Path) -> None:
    before = _snapshot(maildir)
    read_local(_account(maildir, "INBOX", "Jobs/Applied", "Archive"), (), None, 262144)
    assert _snapshot(maildir) == before
    # the message in new/ was not moved to cur/ nor given flags
    assert (maildir / "new" / "1762160002.M3P1.host").exists()


def test_missing_folder_is_skipped_and_the_rest_is_read(maildir: Path) -> None:
    result = read_local(_account(maildir, "Nope", "INBOX"), (), None, 262144)
    assert len(result.emails) == 3
    assert result.skipped[0].item == "Nope"
    assert "no Maildir folder" in result.skipped[0].reason


@pytest.mark.parametrize(
    ("kind", "relative", "message"),
    [
        ("maildir", "does-not-exist", "not found"),
        ("mbox", "does-not-exist.mbox", "not found"),
        ("imap", "", "not a local mailbox"),
    ],
)
def test_unusable_account_raises_source_error(
    tmp_path: Path, kind: str, relative: str, message: str
) -> None:
    with pytest.raises(SourceError) as info:
        read_local(_account(tmp_path / relative, kind=kind), (), None, 262144)
    assert info.value.source == "local"
    assert message in str(info.value)


def test_missing_path_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="no path"):
        read_local(Account(name="local", kind="mbox"), (), None, 262144)


@pytest.fixture
def mbox_file(tmp_path: Path) -> Path:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path, create=True)
    for name in ("plain_utf8.eml", "reply_chain_gmail_de.eml", "list_newsletter.eml"):
        box.add(load(name))
    box.flush()
    box.close()
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return path


def test_mbox_is_read_and_left_unchanged(mbox_file: Path) -> None:
    before = (mbox_file.read_bytes(), mbox_file.stat().st_mtime_ns)
    result = read_local(_account(mbox_file, kind="mbox"), (), None, 262144)
    assert [e.message_id for e in result.emails] == [
        "CAF00001.plain@acme-robotics.com",
        "gmail-de@firma.example",
        "newsletter-1@jobboard.example",
    ]
    assert all(e.key.startswith("local/INBOX/sha256:") for e in result.emails)
    assert result.total == 3
    assert (mbox_file.read_bytes(), mbox_file.stat().st_mtime_ns) == before


def test_mbox_keys_survive_deleting_an_earlier_message(mbox_file: Path) -> None:
    account = _account(mbox_file, kind="mbox")
    first = read_local(account, (), None, 262144)
    seen = {e.key for e in first.emails}
    box = mailbox.mbox(mbox_file)  # another program expunges the first message, adds one
    box.remove(next(iter(box.keys())))
    box.add(load("auto_reply.eml"))
    box.flush()
    box.close()
    second = read_local(account, seen, None, 262144)
    assert [e.message_id for e in second.emails] == ["auto-1@acme-robotics.com"]
    assert second.total == 3
