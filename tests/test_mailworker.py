"""mailworker: a batch parsed in the worker process gives the very rows an in-process parse gives,
whoever parses which chunk, and a worker that dies mid-sync costs nothing but speed."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

from assistant import mailworker
from assistant.mailworker import Parser, parse_rows
from assistant.sources.imap import RawMessage

DATA = Path(__file__).parent / "data" / "emails"


def batch(copies: int = 1) -> tuple[RawMessage, ...]:
    files = sorted(DATA.glob("*.eml")) * copies
    assert len(files) > 10
    hostile = RawMessage(uid=999, key="k/999", raw=b"", cut=False)  # empty: skipped
    return (*(RawMessage(i, f"k/{i}", f.read_bytes(), i % 5 == 0) for i, f in enumerate(files)),
            hostile)  # fmt: skip


def test_the_worker_returns_what_parsing_here_returns():
    messages = batch(copies=8)  # several chunks per batch
    assert len(messages) > 3 * mailworker.CHUNK
    here = parse_rows("acct", "INBOX", 262144, messages)
    parser = Parser()
    try:
        handles = [parser.submit("acct", "INBOX", 262144, messages, in_worker=True) for _ in "abc"]
        results = [parser.result(h) for h in handles]
    finally:
        parser.close()
    assert parser._worker is None  # closed: the child was waited for
    assert len(here.rows) == len(messages) - 1 and len(here.skipped) == 1
    assert results == [here, here, here]  # in order, equal row for row, skipped items too


def test_chunks_not_sent_yet_are_taken_back_from_the_end_and_the_batch_stays_whole():
    messages = batch(copies=8)
    parser = Parser()
    parser.start()
    os.kill(parser._worker._proc.pid, signal.SIGSTOP)  # a busy worker: it reads nothing more
    try:
        handle = parser.submit("acct", "INBOX", 262144, messages, in_worker=True)
        stolen = list(iter(parser._worker.steal, None))
        for job in stolen:
            job.run_here()
        os.kill(parser._worker._proc.pid, signal.SIGCONT)
        parsed = parser.result(handle)
    finally:
        os.kill(parser._worker._proc.pid, signal.SIGCONT)
        parser.close()
    # At most IN_FLIGHT chunks went to the worker; the rest came back, the last one first.
    assert len(handle.jobs) - mailworker.IN_FLIGHT <= len(stolen) <= len(handle.jobs)
    assert stolen == list(reversed(handle.jobs[-len(stolen) :]))
    assert parsed == parse_rows("acct", "INBOX", 262144, messages)


def test_a_dead_worker_falls_back_to_parsing_here(caplog):
    caplog.set_level(logging.WARNING)
    messages = batch(copies=4)
    parser = Parser()
    try:
        first = parser.submit("acct", "INBOX", 262144, messages, in_worker=True)
        # A real fault: the child is killed (as the OOM killer would) with chunks in flight.
        parser._worker._proc.kill()
        parsed = parser.result(first)
        parser._worker._threads[1].join()  # the reader has seen the pipe close
        later = parser.submit("acct", "INBOX", 262144, messages, in_worker=True)
        assert all(job.future.done() for job in later.jobs)  # parsed in-process from then on
        parsed_later = parser.result(later)
    finally:
        parser.close()
    assert parsed == parsed_later == parse_rows("acct", "INBOX", 262144, messages)
    assert not parser.worth_a_worker(10_000, 500)
    assert "parser worker failed" in caplog.text


def test_a_worker_is_worth_it_only_for_more_than_one_batch():
    parser = Parser()
    assert not parser.worth_a_worker(500, 500)
    assert not parser.worth_a_worker(0, 500)
