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
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


class WorkerDied(Exception):
    """The worker process ended before answering (killed for memory, say)."""


class _Worker:
    """One `python -m assistant.mailworker` child, fed pickled batches on stdin.

    Not `multiprocessing`: its spawn start method re-imports the parent's `__main__` in the
    child, and `python -m assistant` (or any unguarded script) would run its command again
    there. A plain child runs only this module. Results come back in order on stdout; a reader
    thread drains them, so the parent never blocks writing while the child blocks writing.
    Pickle is safe here: both ends are this module, talking over a private pipe.
    """

    def __init__(self) -> None:
        package_root = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.mailworker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": path},
        )
        self._waiting: queue.SimpleQueue[Future[ParsedBatch] | None] = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read, name="mailworker-reader", daemon=True)
        self._reader.start()

    def submit(self, args: tuple[Any, ...]) -> Future[ParsedBatch]:
        future: Future[ParsedBatch] = Future()
        assert self._proc.stdin is not None
        self._waiting.put(future)
        try:
            pickle.dump(args, self._proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._proc.stdin.flush()
        except OSError as exc:  # the child is gone: the reader fails the future
            logger.debug("writing to the parser worker failed (%s)", exc)
        return future

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while (future := self._waiting.get()) is not None:
            try:
                future.set_result(pickle.load(self._proc.stdout))  # noqa: S301 - our own child
            except Exception as exc:  # any failure must reach the caller waiting on it
                future.set_exception(WorkerDied(f"parser worker ended ({type(exc).__name__})"))

    def close(self) -> None:
        self._waiting.put(None)
        if self._proc.stdin is not None:
            try:
                self._proc.stdin.close()  # EOF: the child's loop ends
            except OSError:
                logger.debug("parser worker already gone")
        self._reader.join()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


class Parser:
    """Hands batches to `parse_rows`, in one worker process once a sync is big enough.

    `submit` returns a future either way, so the caller's pipeline is the same code for both.
    The worker is started on first use and stopped by `close()`. If it dies (killed for
    memory, say), the batch is parsed in-process and so is every later one.
    """

    def __init__(self) -> None:
        self._worker: _Worker | None = None
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
                if self._worker is None:
                    self._worker = _Worker()
                return self._worker.submit(args)
            except OSError as exc:  # could not start it
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
        except WorkerDied as exc:
            self._give_up(exc)
            return parse_rows(account, folder, max_text_bytes, messages)

    def _give_up(self, exc: BaseException) -> None:
        if not self._broken:
            logger.warning("mail parser worker failed (%s); parsing in-process", exc)
        self._broken = True

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None


def _serve() -> None:
    """The worker's loop: a pickled batch in, a pickled `ParsedBatch` out, until EOF."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            args = pickle.load(source)  # noqa: S301 - from our own parent
        except EOFError:
            return
        pickle.dump(parse_rows(*args), sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


if __name__ == "__main__":
    # Run the copy imported under the package name, so what it pickles names
    # `assistant.mailworker.ParsedBatch`, not `__main__.ParsedBatch`.
    from assistant.mailworker import _serve as serve

    serve()
