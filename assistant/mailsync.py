"""The wiring between mail sources and the store: sync every account and folder, check accounts.

Imports `config`, `credentials`, `errors`, `records`, the sources (`sources.imap`,
`sources.local`), the store (`store.mail`) and `mailworker`; no later stage. A source that
fails (wrong password, server down, a connection dropped mid-sync, a missing folder) becomes
one line in `MailSyncReport.errors` and the other accounts and folders go on (SPEC invariant
7). Batches are stored as they arrive, each in one transaction with the folder state that
covers it, so an interrupted first sync of a big mailbox resumes where it stopped. A big IMAP
sync is a pipeline: batch k is parsed in a worker process (`mailworker`) while batch k-1 is
stored and batch k+1 fetched, and whenever this process would wait for the worker it parses
queued chunks itself; batches are still stored in order, so the state stays resumable.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from assistant import credentials
from assistant.config import Account, Settings
from assistant.errors import (
    AssistantError,
    ConnectionFailed,
    CredentialError,
    SourceError,
    UserError,
)
from assistant.mailworker import Parser, Pending
from assistant.records import SkippedItem
from assistant.sources import imap
from assistant.sources.local import read_local
from assistant.store import mail as mail_store
from assistant.store.db import Database

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass
class MailSyncReport:
    """What one `sync_mail` read: new messages, skipped items, one line per failed source."""

    messages_read: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class ImapSessions:
    """Logged-in IMAP connections kept open between cycles, one per account.

    The service passes one to every `sync_mail`, so a no-change cycle costs one STATUS per
    folder instead of a TCP + TLS + LOGIN handshake. `close()` logs them all out.
    """

    def __init__(self) -> None:
        self._clients: dict[str, Any] = {}

    def get(self, account: Account) -> tuple[Any, bool]:
        """A client for the account, and whether it was reused (and so may have gone stale)."""
        if account.name in self._clients:
            return self._clients[account.name], True
        password = credentials.get_password(account.name, account.password_command)
        client = imap.connect(account, password)
        self._clients[account.name] = client
        return client, False

    def drop(self, name: str) -> None:
        client = self._clients.pop(name, None)
        if client is not None:
            imap.disconnect(client)

    def close(self) -> None:
        for name in list(self._clients):
            self.drop(name)


class _Counter:
    """Progress across every folder of every account: totals become known folder by folder."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0
        self.total = 0

    def folder_started(self, total: int) -> None:
        self.total += total

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def sync_mail(
    settings: Settings,
    db: Database,
    now: datetime,
    progress: Progress | None = None,
    sessions: ImapSessions | None = None,
) -> MailSyncReport:
    """Read new mail from every account and folder into the store.

    Args:
        progress: called with (done, total) messages after each stored batch.
        sessions: connections to reuse between calls; without one, each call connects and
            logs out.
    """
    report = MailSyncReport()
    counter = _Counter(progress)
    own = sessions is None
    sessions = sessions or ImapSessions()
    parser = Parser()
    try:
        for account in settings.accounts:
            try:
                if account.kind == "imap":
                    _sync_imap(account, db, now, sessions, _Run(parser, counter, report))
                else:
                    _sync_local(account, db, now, counter, report)
            except (UserError, SourceError) as exc:
                sessions.drop(account.name)
                report.errors.append(_line(account, exc))
                if isinstance(exc, ConnectionFailed | CredentialError):
                    credentials.forget_cached()  # a corrected password is picked up next time
    finally:
        parser.close()
        if own:
            sessions.close()
    for line in report.errors:
        logger.warning("mail sync: %s", line)
    return report


def _line(account: Account, exc: AssistantError) -> str:
    text = str(exc)
    return text if text.startswith(f"{account.name}:") else f"{account.name}: {text}"


@dataclass
class _Run:
    """What every folder of one `sync_mail` shares."""

    parser: Parser
    counter: _Counter
    report: MailSyncReport


def _sync_imap(
    account: Account, db: Database, now: datetime, sessions: ImapSessions, run: _Run
) -> None:
    client, reused = sessions.get(account)
    for folder in account.folders:
        try:
            _sync_imap_folder(client, account, folder, db, now, run)
        except imap.ConnectionLost:
            if not reused:
                raise
            # A kept connection went stale between cycles (server idle timeout): once more.
            sessions.drop(account.name)
            client, reused = sessions.get(account)
            _sync_imap_folder(client, account, folder, db, now, run)
        except SourceError as exc:  # this folder only (missing, unreadable): the others go on
            run.report.errors.append(_line(account, exc))
        reused = False


def _sync_imap_folder(
    client: Any, account: Account, folder: str, db: Database, now: datetime, run: _Run
) -> None:
    """Fetch, parse and store one folder, batch by batch, in order.

    With a worker, one batch is parsed while the next is fetched. Batches fetched before a
    failure are still parsed and stored (in the `finally`), so a dropped connection loses
    nothing that was read and the next sync resumes after the last stored batch.
    """
    state = mail_store.get_folder_state(db, account.name, folder)
    cap = account.max_text_bytes
    pending: deque[tuple[imap.RawBatch, Pending]] = deque()
    in_worker = False
    stored_any = False

    def found(total: int) -> None:
        nonlocal in_worker
        run.counter.folder_started(total)
        in_worker = run.parser.worth_a_worker(total, account.fetch_batch)
        if in_worker:
            run.parser.start()  # its start-up overlaps the first FETCH

    def store_oldest() -> None:
        nonlocal stored_any
        batch, handle = pending.popleft()
        parsed = run.parser.result(handle)
        mail_store.save_batch(
            db,
            account=account.name,
            folder=folder,
            rows=parsed.rows,
            skipped=batch.skipped + parsed.skipped,
            state=batch.state,
            now=now,
            drop_folder_first=batch.reset and not stored_any,
        )
        stored_any = True
        run.report.messages_read += len(parsed.rows)
        run.report.skipped.extend(batch.skipped + parsed.skipped)
        if batch.total:
            run.counter.advance(len(parsed.rows) + len(batch.skipped) + len(parsed.skipped))

    try:
        for batch in imap.iter_fetch_folder(client, account, folder, state, now, found):
            handle = run.parser.submit(account.name, folder, cap, batch.messages, in_worker)
            pending.append((batch, handle))
            while len(pending) > (1 if in_worker else 0):
                store_oldest()
    finally:
        while pending:
            store_oldest()


def _sync_local(
    account: Account, db: Database, now: datetime, counter: _Counter, report: MailSyncReport
) -> None:
    since = now - timedelta(days=account.initial_sync_days)
    seen = mail_store.seen_keys(db, account.name, since)
    result = read_local(account, seen, since, account.max_text_bytes)
    counter.folder_started(len(result.emails) + len(result.skipped))
    mail_store.save_batch(
        db,
        account=account.name,
        folder=account.path,
        emails=result.emails,
        skipped=result.skipped,
        state=None,
        now=now,
        older=result.older,
    )
    report.messages_read += len(result.emails)
    report.skipped.extend(result.skipped)
    counter.advance(len(result.emails) + len(result.skipped))


# -- assistant check ---------------------------------------------------------------------------


def check_accounts(settings: Settings) -> list[str]:
    """Human lines for `assistant check`; each problem starts with "problem: "."""
    lines: list[str] = []
    for account in settings.accounts:
        try:
            lines.extend(_check_imap(account) if account.kind == "imap" else _check_local(account))
        except (UserError, SourceError) as exc:
            lines.append(f"problem: {_line(account, exc)}")
    return lines


def _check_imap(account: Account) -> list[str]:
    password = credentials.get_password(account.name, account.password_command)
    client = imap.connect(account, password)
    try:
        lines = [f"{account.name}: logged in to {account.host}:{account.port} ({account.security})"]
        names = imap.list_folder_names(client)
        for folder in account.folders:
            if folder in names:
                lines.append(f"{account.name}: will read {folder}")
            else:
                lines.append(
                    f'problem: {account.name}: folder "{folder}" does not exist on the server; '
                    f"folders there: {', '.join(names)}"
                )
        try:
            lines.append(
                f"{account.name}: Drafts folder: {imap.find_drafts_folder(client, account)}"
            )
        except UserError as exc:
            lines.append(f"problem: {exc}")
        return lines
    finally:
        imap.disconnect(client)


def _check_local(account: Account) -> list[str]:
    path = Path(account.path).expanduser()
    if account.kind == "maildir" and not path.is_dir():
        return [
            f"problem: {account.name}: Maildir {path} does not exist; point path at the folder "
            "your mail program (mbsync, offlineimap) syncs into"
        ]
    if account.kind == "mbox" and not path.is_file():
        return [f"problem: {account.name}: mbox file {path} does not exist; check path"]
    return [f"{account.name}: will read {account.kind} {path}"]
