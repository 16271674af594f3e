"""The classifier on the corpus nobody tuned on: tests/corpus_thirtieth.

Each was written blind (without reading the classifier or the other corpora) and measured
once before any change could be made for it; the project README quotes those figures. The
word model is not trained on them (bench/train_model.py leaves them out). It
stays a measurement: only a collapse is asserted, and the table is printed
without the list of misses. Never debug the classifier against its messages; write a new
corpus for the next honest measurement.

Run with `pytest -s tests/test_classify_untuned.py` to see the tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from assistant.detect import classify_file
from assistant.detect.evaluation import Report, evaluate, format_report, read_labels
from assistant.records import EmailKind

HERE = Path(__file__).parent
CORPORA = {  # corpus: the candidate it is written for (the eighth and tenth to twenty-ninth
    # were untouched once; studied or trained on since, they have floors in
    # test_classify_tuned_corpora.py)
    "corpus_thirtieth": "sofia.marchetti@example.net",
}


@cache
def measure(corpus: str) -> Report:
    labels = read_labels(HERE / corpus / "labels.csv")
    assert len(labels) >= 150
    own = frozenset({CORPORA[corpus]})
    result = evaluate(labels, lambda path: classify_file(path, own_addresses=own)[1])
    print(f"\n{corpus} (never tuned on)\n" + format_report(result, details=False))
    return result


@pytest.mark.parametrize("corpus", CORPORA)
def test_never_a_no_reply_contact(corpus: str) -> None:
    assert measure(corpus).no_reply_contacts == []


@pytest.mark.parametrize("corpus", CORPORA)
def test_no_collapse(corpus: str) -> None:
    report = measure(corpus)
    # Below the targets on purpose: these guard against a collapse, they do not hide the gap
    # (the README and the session notes give the measured figures: company one file at a
    # time 0.845 on the thirtieth, at commit 82ef3ed and unchanged at b4bd715).
    assert report.macro_f1 >= 0.90
    assert report.precision[EmailKind.REJECTION] >= 0.90
    assert report.recall[EmailKind.REJECTION] >= 0.88
    assert report.company_accuracy >= 0.60
