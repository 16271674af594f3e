"""The classifier measured on the held-out corpus (tests/corpus_holdout), written without
reading the classifier, in two halves.

- `tune/` may be read while improving the classifier: its floors are asserted here.
- `report/` is for honest figures only: its table is printed without the list of misses, and
  only a collapse is asserted (a no-reply `contact`, or macro-F1 under 0.80). Never debug the
  classifier against its messages.

Run with `pytest -s tests/test_classify_holdout.py` to see both tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.detect import classify_file
from assistant.detect.evaluation import Label, Report, evaluate, format_report, read_labels
from assistant.records import EmailKind

HOLDOUT = Path(__file__).parent / "corpus_holdout"
LABELS = HOLDOUT / "labels.csv"
USER = frozenset({"jordan.lee@example.org"})  # the candidate the corpus is written for


def _half(name: str) -> list[Label]:
    assert LABELS.is_file(), f"{LABELS} is missing: run tests/corpus_holdout/make_holdout.py"
    labels = [label for label in read_labels(LABELS)
              if label.path.relative_to(HOLDOUT).parts[0] == name]
    assert len(labels) >= 70, f"the {name} half must hold at least 70 messages"
    return labels


def _measure(name: str, *, details: bool) -> Report:
    result = evaluate(_half(name), lambda path: classify_file(path, own_addresses=USER)[1])
    print(f"\n{name} half\n" + format_report(result, details=details))
    return result


@pytest.fixture(scope="module")
def tune() -> Report:
    return _measure("tune", details=True)


@pytest.fixture(scope="module")
def held_out() -> Report:
    return _measure("report", details=False)


def test_tune_rejection_floors(tune: Report) -> None:
    assert tune.precision[EmailKind.REJECTION] >= 0.97
    assert tune.recall[EmailKind.REJECTION] >= 0.93


def test_tune_every_kind_floor(tune: Report) -> None:
    low = {k.value: (round(tune.precision[k], 3), round(tune.recall[k], 3)) for k in EmailKind
           if tune.precision[k] < 0.8 or tune.recall[k] < 0.8}
    assert low == {}


def test_tune_macro_f1_floor(tune: Report) -> None:
    assert tune.macro_f1 >= 0.95


def test_tune_company_floor(tune: Report) -> None:
    assert tune.company_accuracy >= 0.90


def test_tune_never_a_no_reply_contact(tune: Report) -> None:
    assert tune.no_reply_contacts == []


def test_report_never_a_no_reply_contact(held_out: Report) -> None:
    assert held_out.no_reply_contacts == []


def test_report_no_collapse(held_out: Report) -> None:
    assert held_out.macro_f1 >= 0.80
