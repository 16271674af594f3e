"""Parse fetched mail beside the fetching: a worker process for big syncs, in-process otherwise.

Imports `sources.imap` (its pure `parse_raw` and the `RawMessage` record) and `store.mail`
(its pure `email_row`); it opens no connection and no database, so the worker process does
neither. `mailsync` owns the pipeline that uses it.

Why a process: a first sync spends its time in three places of similar size: imapclient's
response parser (fetching), our MIME parser, and the JSON encoding plus SQLite inserts. Python
runs one of them at a time per process. With a second core, parsing and encoding batch k in a
worker while the main process stores batch k-1 and fetches batch k+1 takes about half the
wall time. Only rows (tuples of text) come back, which pickle cheaply. A small sync (one batch)
is parsed in-process: starting a worker costs about 0.1 s, more than it would save.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from assistant.records import SkippedItem
from assistant.sources.imap import RawMessage, parse_raw
from assistant.store.mail import EmailRow, email_row

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ParsedBatch:
    """A batch's messages as `emails` rows ready to insert, and the ones that failed."""

    rows: tuple[EmailRow, ...]
    skipped: tuple[SkippedItem, ...]


def parse_rows(
    account: str, folder: str, max_text_bytes: int, messages: Sequence[RawMessage]
) -> ParsedBatch:
    """Parse messages and encode them as rows; runs in the worker (so: module level)."""
    emails, skipped = parse_raw(account, folder, max_text_bytes, messages)
    return ParsedBatch(rows=tuple(map(email_row, emails)), skipped=tuple(skipped))


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Parser:
    """Hands batches to `parse_rows`, in one worker process once a sync is big enough.

    `submit` returns a future either way, so the caller's pipeline is the same code for both.
    The worker is started on first use and stopped by `close()`. If it dies (killed for
    memory, say), the batch is parsed in-process and so is every later one.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    def worth_a_worker(self, total: int, batch: int) -> bool:
        """More than one batch to read and a second core to read it with."""
        return not self._broken and total > batch and _usable_cpus() > 1

    def submit(
        self,
        account: str,
        folder: str,
        max_text_bytes: int,
        messages: Sequence[RawMessage],
        in_worker: bool,
    ) -> Future[ParsedBatch]:
        args = (account, folder, max_text_bytes, tuple(messages))
        if in_worker and not self._broken:
            try:
                return self._worker().submit(parse_rows, *args)
            except (BrokenProcessPool, OSError) as exc:
                self._give_up(exc)
        done: Future[ParsedBatch] = Future()
        done.set_result(parse_rows(*args))
        return done

    def result(
        self,
        future: Future[ParsedBatch],
        account: str,
        folder: str,
        max_text_bytes: int,
        messages: Sequence[RawMessage],
    ) -> ParsedBatch:
        """The future's batch; parsed here instead when the worker died on it."""
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self._give_up(exc)
            return parse_rows(account, folder, max_text_bytes, messages)

    def _worker(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the service calls this from a scheduler thread, and forking a
            # process with threads can copy a lock held by another thread.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return self._pool

    def _give_up(self, exc: BaseException) -> None:
        logger.warning("mail parser worker failed (%s); parsing in-process", type(exc).__name__)
        self._broken = True
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
