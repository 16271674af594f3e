"""Local mail kept by mbsync/offlineimap/getmail: Maildir folders and mbox files, read-only.

Reads through the standard `mailbox` module and hands each message's bytes to
`mailparse.parse_message`; imports `config`, `errors`, `records` and `sources.mailparse`.

Read-only is a promise to the user (SPEC invariant 2): a Maildir message is read with
`get_bytes`, which opens the file for reading, and nothing here calls the methods that rename
files (flags, subdir moves) or rewrite an mbox (`flush`, `lock`, `add`, `remove`). Mailboxes
are opened with `create=False`, so a wrong path is an error instead of a new empty mailbox.

Keys: a Maildir message is `account/folder/<unique name>`, stable while the file keeps its
name apart from the ":2,FLAGS" suffix (which mailbox strips). An mbox has no stable per-message
name (its keys are positions, which shift when a message above is deleted), so an mbox message
is keyed by a digest of its bytes: `account/folder/sha256:<24 hex>`.
"""

from __future__ import annotations

import hashlib
import logging
import mailbox
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from assistant.config import Account
from assistant.errors import ParseError, SourceError
from assistant.records import Email, SkippedItem
from assistant.sources.mailparse import parse_message

logger = logging.getLogger(__name__)

INBOX = "INBOX"


@dataclass
class LocalReadResult:
    """One read of a local account: the new messages, the ones skipped, and how many exist."""

    emails: list[Email] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    total: int = 0  # messages present in the folders read, seen or not
    # (key, date) of unseen messages left out because they are dated before `since`. A caller
    # that records them as seen spares the next read from parsing them again.
    older: list[tuple[str, datetime]] = field(default_factory=list)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _maildir_folder(root: Path, folder: str) -> Path | None:
    """The directory of a configured folder: the root for INBOX, else Maildir++ (".A.B") or
    verbatim ("A/B") subfolders, the two layouts mbsync and offlineimap write."""
    candidates: list[Path] = []
    if folder.upper() == INBOX:
        candidates += [root, root / INBOX, root / "Inbox", root / "inbox"]
    else:
        candidates += [root / ("." + folder.replace("/", ".")), root / folder]
    return next((c for c in candidates if _is_maildir(c)), None)


def _maildir_messages(path: Path) -> Iterator[tuple[str, bytes | None]]:
    """(key, bytes) per message, in name order (delivery order for standard names).

    Bytes are None for a message that vanished between listing and reading (mbsync moved it).
    """
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in sorted(box.keys()):
        try:
            yield key, box.get_bytes(key)
        except (KeyError, OSError):
            yield key, None


def _mbox_messages(path: Path) -> Iterator[tuple[str, bytes | None]]:
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for position in box.iterkeys():
            raw = box.get_bytes(position)
            yield f"sha256:{hashlib.sha256(raw).hexdigest()[:24]}", raw
    finally:
        box.close()  # nothing is pending, so this only closes the file


class _Reader:
    """Collects one account's results; one bad message never stops the rest."""

    def __init__(
        self, account: Account, seen: Collection[str], since: datetime | None, cap: int
    ) -> None:
        self.account, self.seen, self.since, self.cap = account, seen, since, cap
        self.result = LocalReadResult()

    def skip(self, item: str, reason: str) -> None:
        logger.info("%s: skipped %s: %s", self.account.name, item, reason)
        self.result.skipped.append(SkippedItem(self.account.name, item, reason))

    def read(self, folder: str, messages: Iterator[tuple[str, bytes | None]]) -> None:
        for local_key, raw in messages:
            self.result.total += 1
            key = f"{self.account.name}/{folder}/{local_key}"
            if key in self.seen:
                continue
            if raw is None:
                self.skip(key, "message vanished while reading (moved by another program?)")
                continue
            try:
                email = parse_message(
                    raw, key=key, account=self.account.name, folder=folder, max_text_bytes=self.cap
                )
            except ParseError as error:
                self.skip(key, error.reason)
                continue
            if self.since is None or email.date_unknown or email.date >= self.since:
                self.result.emails.append(email)
            else:
                self.result.older.append((key, email.date))


def read_local(
    account: Account,
    seen_keys: Collection[str],
    since: datetime | None,
    max_text_bytes: int,
) -> LocalReadResult:
    """Read the messages of a Maildir or mbox account whose keys are not in `seen_keys`.

    Messages dated before `since` are left out (those with no usable date are kept). A folder
    that does not exist or cannot be read is reported in `skipped` (with what was read of it
    kept) and the other folders are still read.

    Raises:
        SourceError: the account's path does not exist or cannot be read, or its kind is
            neither "maildir" nor "mbox".
    """
    if not account.path:
        raise SourceError(account.name, f"no path configured for this {account.kind} account")
    root = Path(account.path).expanduser()
    reader = _Reader(account, seen_keys, since, max_text_bytes)
    try:
        if account.kind == "mbox":
            if not root.is_file():
                raise SourceError(account.name, f"mbox file {root} not found; check `path`")
            folder = account.folders[0] if account.folders else INBOX
            reader.read(folder, _mbox_messages(root))
        elif account.kind == "maildir":
            if not root.is_dir():
                raise SourceError(account.name, f"Maildir {root} not found; check `path`")
            for folder in account.folders or (INBOX,):
                path = _maildir_folder(root, folder)
                if path is None:
                    reader.skip(folder, f"no Maildir folder {folder!r} under {root}")
                    continue
                try:
                    reader.read(folder, _maildir_messages(path))
                except (OSError, mailbox.Error) as error:
                    reader.skip(folder, f"cannot read {path}: {error}")
        else:
            raise SourceError(account.name, f"kind {account.kind!r} is not a local mailbox")
    except (OSError, mailbox.Error) as error:
        raise SourceError(account.name, f"cannot read {root}: {error}") from error
    result = reader.result
    logger.info(
        "%s: read %d new of %d messages, skipped %d",
        account.name,
        len(result.emails),
        result.total,
        len(result.skipped),
    )
    return result
