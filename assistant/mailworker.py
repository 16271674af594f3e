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

Batches go to the worker in chunks of `CHUNK` messages, at most two at a time; the rest wait
in a queue. Whenever the main process would wait for a result, it takes chunks from the back
of that queue and parses them itself, so neither process idles while the other has work: the
split of the work follows the real speed of each side (the worker's start-up, a slow fetch,
a batch of long texts) instead of a guess.
"""

from __future__ import annotations

import logging
import os
import pickle
import socket
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
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


# Messages per unit of work: small enough that the last batch of a sync splits evenly between
# the two processes, large enough that pickling and pipe round trips stay negligible.
CHUNK = 50
# Chunks handed to the worker ahead of its results: one it parses, one it reads meanwhile.
IN_FLIGHT = 2


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


@dataclass(eq=False)
class _Job:
    """One chunk: the `parse_rows` arguments and the future of its result."""

    args: tuple[str, str, int, tuple[RawMessage, ...]]
    future: Future[ParsedBatch] = field(default_factory=Future)

    def run_here(self) -> None:
        self.future.set_result(parse_rows(*self.args))


@dataclass(frozen=True, slots=True)
class Pending:
    """A submitted batch: its chunks, in order. Pass it to `Parser.result`."""

    jobs: tuple[_Job, ...]


class _Worker:
    """One `python -m assistant.mailworker` child, fed pickled chunks over a socket pair
    (its stdin and stdout).

    Not `multiprocessing`: its spawn start method re-imports the parent's `__main__` in the
    child, and `python -m assistant` (or any unguarded script) would run its command again
    there. A plain child runs only this module. A writer thread sends queued chunks (so
    `submit` never blocks) and a reader thread takes the results, which come back in order,
    so neither end ever blocks writing while the other blocks writing.

    Frames, not a pickle stream: a thread that reads a pickle from a pipe makes one system
    call per 64 KiB, and after each it waits for the GIL, which the main thread (parsing,
    fetching) holds for up to 5 ms at a time: a 1 MB chunk then takes 80 ms to arrive. A
    length-prefixed frame is sent with one call and received with one `MSG_WAITALL` call.
    Pickle is safe here: both ends are this module, talking over a private socket pair.
    """

    def __init__(self) -> None:
        package_root = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
        self._sock, theirs = socket.socketpair()
        with theirs:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "assistant.mailworker"],
                stdin=theirs.fileno(),
                stdout=theirs.fileno(),
                env={**os.environ, "PYTHONPATH": path},
            )
        self._cond = threading.Condition()
        self._queued: deque[_Job] = deque()
        self._sent: deque[_Job] = deque()
        self._closing = False
        self._dead = False
        self._threads = [
            threading.Thread(target=self._write, name="mailworker-writer", daemon=True),
            threading.Thread(target=self._read, name="mailworker-reader", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, job: _Job) -> None:
        with self._cond:
            if self._dead:
                job.future.set_exception(WorkerDied("parser worker ended"))
                return
            self._queued.append(job)
            self._cond.notify_all()

    @property
    def dead(self) -> bool:
        with self._cond:
            return self._dead

    def steal(self) -> _Job | None:
        """The last queued chunk, taken back to be parsed by the caller; None when none."""
        with self._cond:
            return self._queued.pop() if self._queued else None

    def _write(self) -> None:
        while True:
            with self._cond:
                while not self._stopped() and not (self._queued and len(self._sent) < IN_FLIGHT):
                    self._cond.wait()
                if self._stopped():
                    return
                job = self._queued.popleft()
                self._sent.append(job)
            try:
                _send(self._sock, job.args)
            except OSError as exc:  # the child is gone: the reader fails what was sent
                logger.debug("writing to the parser worker failed (%s)", exc)
                return

    def _read(self) -> None:
        while True:
            try:
                parsed = _receive(self._sock)
            except Exception as exc:  # EOF or worse: every caller waiting must hear of it
                self._fail_all(type(exc).__name__)
                return
            with self._cond:
                job = self._sent.popleft()
                self._cond.notify_all()
            job.future.set_result(parsed)

    def _stopped(self) -> bool:
        return self._closing or self._dead

    def _fail_all(self, reason: str) -> None:
        with self._cond:
            self._dead = True
            jobs = [*self._sent, *self._queued]
            self._sent.clear()
            self._queued.clear()
            self._cond.notify_all()
        for job in jobs:
            job.future.set_exception(WorkerDied(f"parser worker ended ({reason})"))

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._queued.clear()  # nobody waits for these any more
            self._cond.notify_all()
        self._threads[0].join()
        try:
            self._sock.shutdown(socket.SHUT_WR)  # EOF: the child's loop ends
        except OSError:
            logger.debug("parser worker already gone")
        self._threads[1].join()
        self._sock.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


class Parser:
    """Hands batches to `parse_rows`, in one worker process once a sync is big enough.

    `submit` returns a `Pending` either way, so the caller's pipeline is the same code for
    both. The worker is started by `start()` (as soon as a sync knows it is big, so the
    child's start-up overlaps the first FETCH) or on first use, and stopped by `close()`. If
    it dies (killed for memory, say), its chunks are parsed in-process and so is every later
    batch.
    """

    def __init__(self) -> None:
        self._worker: _Worker | None = None
        self._broken = False

    def worth_a_worker(self, total: int, batch: int) -> bool:
        """More than one batch to read and a second core to read it with."""
        return not self._broken and total > batch and _usable_cpus() > 1

    def start(self) -> None:
        """Start the worker now, if it is not running (it imports for about 0.1 s)."""
        if self._worker is None and not self._broken:
            try:
                self._worker = _Worker()
            except OSError as exc:  # could not start it
                self._give_up(exc)

    def submit(
        self,
        account: str,
        folder: str,
        max_text_bytes: int,
        messages: Sequence[RawMessage],
        in_worker: bool,
    ) -> Pending:
        """Queue a batch for the worker when `in_worker`, else parse it now."""
        if in_worker:
            self.start()
        if self._worker is not None and self._worker.dead:
            self._give_up(WorkerDied("parser worker ended"))
        if not in_worker or self._broken or self._worker is None:
            job = _Job((account, folder, max_text_bytes, tuple(messages)))
            job.run_here()
            return Pending((job,))
        jobs = tuple(
            _Job((account, folder, max_text_bytes, tuple(messages[i : i + CHUNK])))
            for i in range(0, len(messages), CHUNK)
        )
        for job in jobs:
            self._worker.submit(job)
        return Pending(jobs)

    def result(self, pending: Pending) -> ParsedBatch:
        """The batch's rows, in order. While a chunk is not back yet, chunks still queued
        for the worker are parsed here; a chunk the worker died on is parsed here too."""
        rows: list[EmailRow] = []
        skipped: list[SkippedItem] = []
        for job in pending.jobs:
            while not job.future.done() and self._worker is not None:
                stolen = self._worker.steal()
                if stolen is None:
                    break
                stolen.run_here()
            try:
                parsed = job.future.result()
            except WorkerDied as exc:
                self._give_up(exc)
                parsed = parse_rows(*job.args)
            rows.extend(parsed.rows)
            skipped.extend(parsed.skipped)
        return ParsedBatch(rows=tuple(rows), skipped=tuple(skipped))

    def _give_up(self, exc: BaseException) -> None:
        if not self._broken:
            logger.warning("mail parser worker failed (%s); parsing in-process", exc)
        self._broken = True

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None


def _send(sock: socket.socket, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(len(data).to_bytes(8, "big") + data)


def _receive(sock: socket.socket) -> Any:
    """The next frame's value. Raises EOFError when the other end has closed."""
    size = int.from_bytes(_exactly(sock, 8), "big")
    return pickle.loads(_exactly(sock, size))  # noqa: S301 - from our own parent or child


def _exactly(sock: socket.socket, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = sock.recv_into(view[got:], size - got, socket.MSG_WAITALL)
        if count == 0:
            raise EOFError("the other end closed the socket")
        got += count
    return buffer


def _serve() -> None:
    """The worker's loop: a chunk in, its `ParsedBatch` out, until EOF."""
    sock = socket.socket(fileno=sys.stdin.fileno())
    while True:
        try:
            args = _receive(sock)
        except EOFError:
            return
        _send(sock, parse_rows(*args))


if __name__ == "__main__":
    # Run the copy imported under the package name, so what it pickles names
    # `assistant.mailworker.ParsedBatch`, not `__main__.ParsedBatch`.
    from assistant.mailworker import _serve as serve

    serve()
    os._exit(0)  # nothing to clean up: skip the interpreter's teardown (tens of ms)
