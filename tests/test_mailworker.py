"""mailworker: a batch parsed in the worker process gives the very rows an in-process parse gives,
and a worker that dies mid-sync costs nothing but speed."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.mailworker import Parser, parse_rows
from assistant.sources.imap import RawMessage

DATA = Path(__file__).parent / "data" / "emails"


def batch() -> tuple[RawMessage, ...]:
    files = sorted(DATA.glob("*.eml"))
    assert len(files) > 10
    hostile = RawMessage(uid=999, key="k/999", raw=b"", cut=False)  # empty: skipped
    return (*(RawMessage(i, f"k/{i}", f.read_bytes(), i % 5 == 0) for i, f in enumerate(files)),
            hostile)  # fmt: skip


def test_the_worker_returns_what_parsing_here_returns():
    messages = batch()
    here = parse_rows("acct", "INBOX", 262144, messages)
    parser = Parser()
    try:
        futures = [parser.submit("acct", "INBOX", 262144, messages, in_worker=True) for _ in "ab"]
        results = [parser.result(f, "acct", "INBOX", 262144, messages) for f in futures]
    finally:
        parser.close()
    assert parser._worker is None  # closed: the child was waited for
    assert len(here.rows) == len(messages) - 1 and len(here.skipped) == 1
    assert results == [here, here]  # in order, equal row for row, skipped items too


def test_a_dead_worker_falls_back_to_parsing_here(caplog):
    caplog.set_level(logging.WARNING)
    messages = batch()
    parser = Parser()
    try:
        first = parser.submit("acct", "INBOX", 262144, messages, in_worker=True)
        assert parser.result(first, "acct", "INBOX", 262144, messages).rows
        # A real fault: the child is killed (as the OOM killer would) between two batches.
        parser._worker._proc.kill()
        parser._worker._proc.wait()
        second = parser.submit("acct", "INBOX", 262144, messages, in_worker=True)
        parsed = parser.result(second, "acct", "INBOX", 262144, messages)
        later = parser.submit("acct", "INBOX", 262144, messages, in_worker=True)
    finally:
        parser.close()
    assert parsed == parse_rows("acct", "INBOX", 262144, messages)
    assert later.done()  # parsed in-process from then on
    assert not parser.worth_a_worker(10_000, 500)
    assert "parser worker failed" in caplog.text


def test_a_worker_is_worth_it_only_for_more_than_one_batch():
    parser = Parser()
    assert not parser.worth_a_worker(500, 500)
    assert not parser.worth_a_worker(0, 500)
