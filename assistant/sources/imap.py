"""IMAP: connect safely, find the Drafts folder, and sync one folder incrementally and read-only.

The only module that imports imapclient. It imports `config`, `errors`, `records` and the pure
sibling modules `imapbody` (BODYSTRUCTURE -> what to fetch) and `mailparse` (bytes -> Email);
never the store: `assistant.mailsync` carries `FolderState` between this module and SQLite.

The sync never changes the mailbox (SPEC invariant 2): folders are opened with EXAMINE
(read-only select) and bodies are fetched with BODY.PEEK, so no flag changes, ever.

Algorithm of `iter_sync_folder`, per folder (after RFC 4549, "Synchronization Operations for
Disconnected IMAP4 Clients", simplified for a reader that never writes):
1. With a stored state: STATUS (UIDNEXT UIDVALIDITY [HIGHESTMODSEQ]). Same UIDVALIDITY and
   UIDNEXT: nothing new, done in one round trip on an open connection. (HIGHESTMODSEQ changes
   only for flag changes and expunges, which a reader of new mail can ignore.)
2. UIDVALIDITY changed (the folder was recreated): every stored UID is meaningless: a clean
   resync, reported as `reset` so the caller drops the folder's stored emails first.
3. EXAMINE, then find the new UIDs: UID SEARCH UID last+1:* on an incremental sync (filtered,
   because "n:*" also returns the highest UID when nothing is newer), SEARCH SINCE on a first
   sync (bounded by `initial_sync_days`).
4. Fetch in batches of `fetch_batch` UIDs: RFC822.SIZE + BODYSTRUCTURE first, then per message
   either the whole message (small and attachment-free) or its header and text parts, each capped
   by a partial fetch. Attachments are never downloaded.
"""

from __future__ import annotations

import imaplib
import logging
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from assistant.config import Account, is_loopback
from assistant.errors import ConnectionFailed, ParseError, SourceError, UserError
from assistant.records import Email, FolderState, SkippedItem
from assistant.sources import imapbody
from assistant.sources.mailparse import parse_message

__all__ = [
    "ConnectionLost",
    "FolderState",
    "FolderSyncResult",
    "RawBatch",
    "RawMessage",
    "connect",
    "disconnect",
    "find_drafts_folder",
    "iter_fetch_folder",
    "iter_sync_folder",
    "list_folder_names",
    "parse_raw",
    "sync_folder",
]

logger = logging.getLogger(__name__)

# Leaf names of Drafts folders on servers that do not announce SPECIAL-USE, most likely first.
DRAFTS_NAMES = (
    "drafts", "draft", "entwürfe", "brouillons", "borradores", "bozze", "rascunhos",
    "concepten", "kladder", "utkast", "luonnokset", "szkice", "черновики",
)  # fmt: skip
# Bytes of message data requested per FETCH command at most, so memory stays bounded however
# large the batch of UIDs (500 messages of 200 KiB would otherwise be 100 MB in one response).
MAX_BYTES_PER_FETCH = 16 * 1024 * 1024
# What a dropped or broken connection raises inside imaplib/imapclient.
_CONNECTION_ERRORS = (imaplib.IMAP4.error, OSError, EOFError)


class ConnectionLost(SourceError):
    """The connection broke mid-sync (server restart, idle timeout, network); retry later."""


@dataclass(frozen=True, slots=True)
class FolderSyncResult:
    """What one folder sync (or one batch of it) produced.

    `state` is what to store once `emails` are stored; `reset` says UIDVALIDITY changed and the
    folder's previously stored emails are stale. `done`/`total` count messages, for progress.
    """

    state: FolderState
    emails: tuple[Email, ...] = ()
    skipped: tuple[SkippedItem, ...] = ()
    reset: bool = False
    done: int = 0
    total: int = 0


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One fetched message, not parsed yet: what `parse_raw` needs, and nothing it must not
    see (no connection, no account object), so a batch of them can go to another process."""

    uid: int
    key: str
    raw: bytes
    cut: bool  # a text part was longer than the cap and arrived cut


@dataclass(frozen=True, slots=True)
class RawBatch:
    """One batch of `iter_fetch_folder`: like `FolderSyncResult`, with the messages unparsed."""

    state: FolderState
    messages: tuple[RawMessage, ...] = ()
    skipped: tuple[SkippedItem, ...] = ()
    reset: bool = False
    done: int = 0
    total: int = 0


# -- connecting --------------------------------------------------------------------------------


def _ssl_context(account: Account) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if account.ca_file:
        context.load_verify_locations(cafile=str(Path(account.ca_file).expanduser()))
    return context


def connect(account: Account, password: str) -> IMAPClient:
    """Open a verified connection to the account's server and log in.

    Raises:
        ConnectionFailed: plaintext refused by policy, server unreachable, TLS not verifiable,
            no STARTTLS offered, or the login refused; the message says what to change.
    """
    where = f"{account.host}:{account.port}"
    if account.security == "plain" and not (is_loopback(account.host) or account.allow_plaintext):
        raise ConnectionFailed(
            account.name,
            f'security = "plain" for {account.host} would send your password unencrypted; '
            'use "tls" or "starttls", or set allow_plaintext = true if you really mean it',
        )
    try:
        context = _ssl_context(account) if account.security != "plain" else None
        client = IMAPClient(
            account.host,
            account.port,
            ssl=account.security == "tls",
            ssl_context=context,
            timeout=account.timeout,
        )
    except ssl.SSLCertVerificationError as exc:
        raise ConnectionFailed(account.name, _tls_advice(where, exc)) from None
    except ssl.SSLError as exc:
        raise ConnectionFailed(
            account.name,
            f"TLS handshake with {where} failed ({exc.reason}). Is {account.port} an IMAPS port? "
            'For port 143 use security = "starttls".',
        ) from None
    except OSError as exc:
        raise ConnectionFailed(
            account.name, f"cannot connect to {where} ({_describe(exc)}); check host and port"
        ) from None
    try:
        if account.security == "starttls":
            _start_tls(client, account, where, context)
        client.login(account.username, password)
    except LoginError as exc:
        _close(client)
        raise ConnectionFailed(
            account.name,
            f"login as {account.username!r} refused by {where} ({_server_text(exc)}); check the "
            "username and the password (password_command or the keyring entry)",
        ) from None
    except ssl.SSLCertVerificationError as exc:
        _close(client)
        raise ConnectionFailed(account.name, _tls_advice(where, exc)) from None
    except _CONNECTION_ERRORS as exc:
        _close(client)
        raise ConnectionFailed(
            account.name, f"connection to {where} failed ({_describe(exc)})"
        ) from None
    logger.debug("%s: logged in to %s (%s)", account.name, where, account.security)
    return client


def _start_tls(
    client: IMAPClient, account: Account, where: str, context: ssl.SSLContext | None
) -> None:
    if not client.has_capability("STARTTLS"):
        raise ConnectionFailed(
            account.name,
            f'{where} does not offer STARTTLS; use security = "tls" (port 993) instead',
        )
    client.starttls(context)


def _tls_advice(where: str, exc: ssl.SSLCertVerificationError) -> str:
    return (
        f"the TLS certificate of {where} could not be verified ({exc.verify_message}). If this "
        'server uses its own (self-signed) certificate, set ca_file = "/path/to/its-ca.pem" for '
        "this account; check the host name otherwise"
    )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    return str(exc) or type(exc).__name__


def _server_text(exc: Exception) -> str:
    text = str(exc)
    return text[2:-1] if text.startswith(("b'", 'b"')) else text


def _close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except _CONNECTION_ERRORS:
        logger.debug("closing a failed connection raised; ignored")


def disconnect(client: IMAPClient) -> None:
    """Log out politely; a connection that is already gone is fine."""
    try:
        client.logout()
    except _CONNECTION_ERRORS:
        _close(client)


# -- folders -----------------------------------------------------------------------------------


def list_folder_names(client: IMAPClient) -> list[str]:
    """Every folder name on the server (decoded from modified UTF-7)."""
    return [str(name) for _flags, _delim, name in client.list_folders()]


def find_drafts_folder(client: IMAPClient, account: Account) -> str:
    """The folder drafts go to: the configured one, else SPECIAL-USE \\Drafts, else a usual name.

    Raises:
        UserError: the configured folder does not exist, or none could be found.
    """
    folders = client.list_folders()
    names = [str(name) for _flags, _delim, name in folders]
    if account.drafts_folder:
        if account.drafts_folder in names:
            return account.drafts_folder
        raise UserError(
            f'{account.name}: drafts_folder "{account.drafts_folder}" does not exist on the '
            f"server; folders there: {', '.join(names)}"
        )
    for flags, _delim, name in folders:
        if b"\\Drafts" in flags:
            return str(name)
    candidates = []
    for _flags, delim, name in folders:
        leaf = str(name).rsplit(delim.decode() if delim else "/", 1)[-1].lower()
        if leaf in DRAFTS_NAMES:
            candidates.append((DRAFTS_NAMES.index(leaf), len(str(name)), str(name)))
    if candidates:
        return min(candidates)[2]
    raise UserError(
        f"{account.name}: no Drafts folder found (none is marked \\Drafts, none has a usual name); "
        f'set drafts_folder = "..." for this account to one of: {", ".join(names)}'
    )


# -- sync --------------------------------------------------------------------------------------


def sync_folder(
    client: IMAPClient,
    account: Account,
    folder: str,
    state: FolderState | None,
    now: datetime,
) -> FolderSyncResult:
    """Sync one folder in one go; see the module docstring. The store is never touched here.

    Raises:
        SourceError: the folder is missing, or the connection broke mid-sync.
    """
    emails: list[Email] = []
    skipped: list[SkippedItem] = []
    last = FolderSyncResult(state=state or FolderState(0, 0, None, 0))
    for last in iter_sync_folder(client, account, folder, state, now):
        emails.extend(last.emails)
        skipped.extend(last.skipped)
    return replace(last, emails=tuple(emails), skipped=tuple(skipped))


def iter_sync_folder(
    client: IMAPClient,
    account: Account,
    folder: str,
    state: FolderState | None,
    now: datetime,
) -> Iterator[FolderSyncResult]:
    """`sync_folder` one batch at a time, so a caller can store as it goes (bounded memory).

    Yields at least one result. Each result's `state` is safe to store once its emails are
    stored: an unfinished sync has `uidnext` 0 and `last_uid` at the last UID handled (UIDs go
    up), so an interrupted sync resumes where it stopped. `reset` is set on every result of a
    resync after a UIDVALIDITY change; the caller drops the folder's old emails on the first.

    Raises:
        SourceError: the folder is missing or unreadable.
        ConnectionLost: the connection broke mid-sync.
    """
    for batch in iter_fetch_folder(client, account, folder, state, now):
        emails, skipped = parse_raw(account.name, folder, account.max_text_bytes, batch.messages)
        yield FolderSyncResult(
            state=batch.state,
            emails=tuple(emails),
            skipped=batch.skipped + tuple(skipped),
            reset=batch.reset,
            done=batch.done,
            total=batch.total,
        )


def iter_fetch_folder(
    client: IMAPClient,
    account: Account,
    folder: str,
    state: FolderState | None,
    now: datetime,
    on_total: Callable[[int], None] | None = None,
) -> Iterator[RawBatch]:
    """`iter_sync_folder` without the parsing: the caller hands each batch's messages to
    `parse_raw`, possibly in another process while the next batch is fetched.

    Args:
        on_total: called with the number of messages to fetch once the SEARCH has found
            them, before the first FETCH (not on a no-change cycle), so the caller can get
            ready (start a parser worker) while the first batch is on its way.

    Raises:
        SourceError: the folder is missing or unreadable.
        ConnectionLost: the connection broke mid-sync.
    """
    try:
        yield from _sync(client, account, folder, state, now, on_total)
    except IMAPClientError as exc:
        if isinstance(exc, imaplib.IMAP4.abort):
            raise ConnectionLost(
                account.name, f"lost the connection while reading {folder} ({exc})"
            ) from None
        raise SourceError(
            account.name,
            f'cannot read folder "{folder}" ({_server_text(exc)}); check `folders` for this '
            "account (`assistant check` lists the folders found)",
        ) from None
    except _CONNECTION_ERRORS as exc:
        raise ConnectionLost(
            account.name, f"lost the connection while reading {folder} ({_describe(exc)})"
        ) from None


def _sync(
    client: IMAPClient,
    account: Account,
    folder: str,
    state: FolderState | None,
    now: datetime,
    on_total: Callable[[int], None] | None,
) -> Iterator[RawBatch]:
    if state is not None:
        status = _status(client, folder)
        if status.uidvalidity == state.uidvalidity and status.uidnext == state.uidnext:
            yield RawBatch(state=replace(state, highestmodseq=status.highestmodseq))
            return
    selected = client.select_folder(folder, readonly=True)  # EXAMINE: the mailbox stays as is
    try:
        opened = FolderState(
            uidvalidity=int(selected[b"UIDVALIDITY"]),
            uidnext=int(selected.get(b"UIDNEXT", 0)),
            highestmodseq=_modseq(selected.get(b"HIGHESTMODSEQ")),
            last_uid=0,
        )
        reset = state is not None and state.uidvalidity != opened.uidvalidity
        if reset:
            logger.info("%s/%s: UIDVALIDITY changed: resyncing the folder", account.name, folder)
        incremental = state is not None and not reset
        if incremental:
            assert state is not None
            base = state.last_uid
            uids = sorted(u for u in client.search(["UID", f"{base + 1}:*"]) if u > base)
        else:
            since = (now - timedelta(days=account.initial_sync_days)).date()
            uids = sorted(client.search(["SINCE", since]))
            base = max(opened.uidnext - 1, 0)
        final = replace(opened, last_uid=max([base, *uids]))
        final = replace(final, uidnext=max(final.uidnext, final.last_uid + 1))
        if on_total is not None:
            on_total(len(uids))
        if not uids:
            yield RawBatch(state=final, reset=reset)
            return
        done = 0
        for start in range(0, len(uids), account.fetch_batch):
            batch = uids[start : start + account.fetch_batch]
            messages, skipped = _fetch_batch(client, account, folder, opened.uidvalidity, batch)
            done += len(batch)
            finished = done == len(uids)
            partial = replace(opened, uidnext=0, last_uid=batch[-1])
            yield RawBatch(
                state=final if finished else partial,
                messages=tuple(messages),
                skipped=tuple(skipped),
                reset=reset,
                done=done,
                total=len(uids),
            )
    finally:
        _unselect(client)


@dataclass(frozen=True, slots=True)
class _Status:
    uidvalidity: int
    uidnext: int
    highestmodseq: int | None


def _status(client: IMAPClient, folder: str) -> _Status:
    what = ["UIDNEXT", "UIDVALIDITY"]
    if client.has_capability("CONDSTORE"):
        what.append("HIGHESTMODSEQ")
    data = client.folder_status(folder, what)
    return _Status(
        uidvalidity=int(data[b"UIDVALIDITY"]),
        uidnext=int(data[b"UIDNEXT"]),
        highestmodseq=_modseq(data.get(b"HIGHESTMODSEQ")),
    )


def _modseq(value: Any) -> int | None:
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _unselect(client: IMAPClient) -> None:
    """Leave the folder, so the next cycle's STATUS is about an unselected mailbox (RFC 3501)."""
    try:
        if client.has_capability("UNSELECT"):
            client.unselect_folder()
        else:
            client.close_folder()  # on an EXAMINEd folder CLOSE expunges nothing
    except _CONNECTION_ERRORS:
        logger.debug("leaving the folder failed; the connection is probably gone")


def _fetch_batch(
    client: IMAPClient, account: Account, folder: str, uidvalidity: int, uids: Sequence[int]
) -> tuple[list[RawMessage], list[SkippedItem]]:
    """Fetch one batch: structure first, then only what the parser needs, in UID order."""
    cap = account.max_text_bytes
    messages: list[RawMessage] = []
    skipped: list[SkippedItem] = []
    meta = client.fetch(uids, ["RFC822.SIZE", "BODYSTRUCTURE"])
    groups: dict[tuple[str, ...] | None, list[tuple[int, int, imapbody.Part]]] = {}
    for uid in uids:
        if uid not in meta:
            continue  # expunged since the SEARCH: nothing to read
        key = _key(account, folder, uidvalidity, uid)
        try:
            root = imapbody.parse_structure(meta[uid][b"BODYSTRUCTURE"])
            size = int(meta[uid][b"RFC822.SIZE"])
        except (KeyError, ValueError) as exc:
            skipped.append(SkippedItem(account.name, key, f"unusable BODYSTRUCTURE ({exc})"))
            continue
        plan = None if imapbody.fetch_whole(root, size, cap) else imapbody.text_sections(root)
        estimate = size if plan is None else min(size, cap * max(len(plan), 1))
        groups.setdefault(plan, []).append((uid, estimate, root))
    for plan, members in groups.items():
        items = ["BODY.PEEK[]"] if plan is None else [
            "BODY.PEEK[HEADER]", *(f"BODY.PEEK[{s}]<0.{cap}>" for s in plan)
        ]  # fmt: skip
        for chunk in _by_size(members, MAX_BYTES_PER_FETCH):
            data = client.fetch([uid for uid, _, _ in chunk], items)
            for uid, _, root in chunk:
                if uid not in data:
                    continue
                raw, cut = imapbody.assemble(root, plan, data[uid], cap)
                key = _key(account, folder, uidvalidity, uid)
                messages.append(RawMessage(uid, key, raw, cut))
    messages.sort(key=lambda m: m.uid)
    return messages, skipped


def _by_size(
    members: list[tuple[int, int, imapbody.Part]], limit: int
) -> Iterator[list[tuple[int, int, imapbody.Part]]]:
    chunk: list[tuple[int, int, imapbody.Part]] = []
    total = 0
    for member in members:
        if chunk and total + member[1] > limit:
            yield chunk
            chunk, total = [], 0
        chunk.append(member)
        total += member[1]
    if chunk:
        yield chunk


def parse_raw(
    account: str, folder: str, max_text_bytes: int, messages: Sequence[RawMessage]
) -> tuple[list[Email], list[SkippedItem]]:
    """Parse fetched messages; one that fails becomes a `SkippedItem` and the rest go on.

    Pure (no connection, no store), and its arguments pickle, so a caller may run it in a
    worker process.
    """
    emails: list[Email] = []
    skipped: list[SkippedItem] = []
    for message in messages:
        result = _parse_one(account, folder, max_text_bytes, message)
        if isinstance(result, Email):
            emails.append(result)
        else:
            skipped.append(result)
    return emails, skipped


def _parse_one(account: str, folder: str, cap: int, message: RawMessage) -> Email | SkippedItem:
    key = message.key
    try:
        email = parse_message(
            message.raw,
            key=key,
            account=account,
            folder=folder,
            uid=message.uid,
            max_text_bytes=cap,
        )
    except ParseError as exc:
        return SkippedItem(account, key, exc.reason)
    except Exception as exc:  # a parser bug on hostile input must not stop the sync
        logger.warning("%s: parser failed on %s (%s)", account, key, type(exc).__name__)
        logger.debug("parser failure", exc_info=True)
        return SkippedItem(account, key, f"parser failed ({type(exc).__name__})")
    return replace(email, truncated=True) if message.cut and not email.truncated else email


def _key(account: Account, folder: str, uidvalidity: int, uid: int) -> str:
    return f"imap:{account.name}/{folder}/{uidvalidity}/{uid}"
