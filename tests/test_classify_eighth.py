"""The classifier on tests/corpus_eighth: the latest corpus nobody tuned on.

Written blind (without reading the classifier or the other corpora) and measured once before
any change could be made for it; the README quotes those figures. It stays a measurement:
only a collapse is asserted, and the table is printed without the list of misses. Never debug
the classifier against its messages; write a new corpus for the next honest measurement.

Run with `pytest -s tests/test_classify_eighth.py` to see the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.detect import classify_file
from assistant.detect.evaluation import Report, evaluate, format_report, read_labels
from assistant.records import EmailKind

CORPUS = Path(__file__).parent / "corpus_eighth"
USER = frozenset({"tomas.silva@example.org"})


@pytest.fixture(scope="module")
def eighth() -> Report:
    labels = read_labels(CORPUS / "labels.csv")
    assert len(labels) >= 150
    result = evaluate(labels, lambda path: classify_file(path, own_addresses=USER)[1])
    print("\ncorpus_eighth (never tuned on)\n" + format_report(result, details=False))
    return result


def test_eighth_never_a_no_reply_contact(eighth: Report) -> None:
    assert eighth.no_reply_contacts == []


def test_eighth_no_collapse(eighth: Report) -> None:
    assert eighth.macro_f1 >= 0.85
    assert eighth.precision[EmailKind.REJECTION] >= 0.93
    assert eighth.recall[EmailKind.REJECTION] >= 0.88
