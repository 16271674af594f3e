"""The classifier measured on the team's labelled corpus (tests/corpus/labels.csv).

Floors from issue 3: rejection precision >= 0.97 and recall >= 0.95, macro-F1 over the seven
kinds >= 0.90, the right company on >= 90% of job mail, never a no-reply `contact`.
Run with `pytest -s` to see the table and every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.detect import classify_file
from assistant.detect.evaluation import Report, evaluate, format_report, read_labels
from assistant.records import EmailKind

LABELS = Path(__file__).parent / "corpus" / "labels.csv"
USER = frozenset({"alex.rivera@example.net"})


@pytest.fixture(scope="module")
def report() -> Report:
    assert LABELS.is_file(), f"{LABELS} is missing: run tests/corpus/make_corpus.py"
    labels = read_labels(LABELS)
    assert len(labels) >= 200, "the corpus must hold at least 200 messages"
    result = evaluate(labels, lambda path: classify_file(path, own_addresses=USER)[1])
    print("\n" + format_report(result))
    return result


def test_rejection_floors(report: Report) -> None:
    assert report.precision[EmailKind.REJECTION] >= 0.97
    assert report.recall[EmailKind.REJECTION] >= 0.95


def test_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.90


def test_company_floor(report: Report) -> None:
    assert report.company_accuracy >= 0.90


def test_never_a_no_reply_contact(report: Report) -> None:
    assert report.no_reply_contacts == []
