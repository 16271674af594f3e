"""Measure the classifier against a labelled corpus: per-kind precision/recall, macro-F1,
company accuracy on job mail, contact checks. Used by the corpus test and bench/classify.py.

Imports `records`, `detect.ats` and `detect.company` (for `company_key`); reads the labels
file and the messages through `classify_file` given by the caller, so this module itself
stays free of parsing. The labels file is CSV with the columns file, kind, company, contact,
language; `file` is relative to the labels file.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.detect.ats import is_no_reply
from assistant.detect.names import company_key
from assistant.records import Classification, EmailKind

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Label:
    path: Path
    kind: EmailKind
    company: str
    contact: str
    language: str


@dataclass(frozen=True, slots=True)
class Outcome:
    label: Label
    result: Classification


@dataclass(slots=True)
class Report:
    """Scores of one run over a corpus."""

    outcomes: list[Outcome]
    precision: dict[EmailKind, float] = field(default_factory=dict)
    recall: dict[EmailKind, float] = field(default_factory=dict)
    support: dict[EmailKind, int] = field(default_factory=dict)
    macro_f1: float = 0.0
    company_accuracy: float = 0.0
    contact_accuracy: float = 0.0
    language_accuracy: float = 0.0
    no_reply_contacts: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.result.kind is not o.label.kind]

    @property
    def company_errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if _job(o) and not _same_company(o)]


def read_labels(labels_csv: Path) -> list[Label]:
    """The labelled messages listed in a labels.csv file."""
    base = labels_csv.parent
    with labels_csv.open(newline="", encoding="utf-8") as handle:
        return [
            Label(
                path=base / row["file"],
                kind=EmailKind(row["kind"].strip()),
                company=(row.get("company") or "").strip(),
                contact=(row.get("contact") or "").strip().lower(),
                language=(row.get("language") or "").strip(),
            )
            for row in csv.DictReader(handle)
        ]


def _job(outcome: Outcome) -> bool:
    return outcome.label.kind is not EmailKind.OTHER and bool(outcome.label.company)


def _same_company(outcome: Outcome) -> bool:
    got = outcome.result.company
    return got is not None and company_key(got) == company_key(outcome.label.company)


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def evaluate(labels: Iterable[Label], run: Callable[[Path], Classification]) -> Report:
    """Classify every labelled message with `run` and score the results."""
    report = Report([Outcome(label, run(label.path)) for label in labels])
    f1s = []
    for kind in EmailKind:
        truth = [o for o in report.outcomes if o.label.kind is kind]
        said = [o for o in report.outcomes if o.result.kind is kind]
        hits = sum(1 for o in truth if o.result.kind is kind)
        precision, recall = _ratio(hits, len(said)), _ratio(hits, len(truth))
        report.precision[kind], report.recall[kind], report.support[kind] = (
            precision, recall, len(truth))
        if truth or said:
            f1s.append(2 * precision * recall / (precision + recall) if hits else 0.0)
    report.macro_f1 = sum(f1s) / len(f1s) if f1s else 0.0
    job = [o for o in report.outcomes if _job(o)]
    report.company_accuracy = _ratio(sum(_same_company(o) for o in job), len(job))
    with_contact = [o for o in job if o.label.contact]
    report.contact_accuracy = _ratio(
        sum(o.result.contact == o.label.contact for o in with_contact), len(with_contact))
    with_language = [o for o in report.outcomes if o.label.language]
    report.language_accuracy = _ratio(
        sum(o.result.language == o.label.language for o in with_language), len(with_language))
    contacts = (o.result.contact for o in report.outcomes if o.result.contact)
    report.no_reply_contacts = [c for c in contacts if is_no_reply(c)]
    return report


def format_report(report: Report, *, details: bool = True) -> str:
    """The per-kind table and the summary figures, as printed by the test and the bench.

    Args:
        details: also list every miss and wrong company, with its evidence. A held-out half
            is printed without them, so nobody tunes the classifier to its messages.
    """
    lines = [f"{'kind':<32} {'n':>4} {'precision':>9} {'recall':>7}"]
    for kind in EmailKind:
        lines.append(
            f"{kind.value:<32} {report.support[kind]:>4} {report.precision[kind]:>9.3f} "
            f"{report.recall[kind]:>7.3f}"
        )
    lines += [
        f"macro-F1 {report.macro_f1:.3f}   company {report.company_accuracy:.3f}   "
        f"contact {report.contact_accuracy:.3f}   language {report.language_accuracy:.3f}   "
        f"no-reply contacts {len(report.no_reply_contacts)}",
    ]
    if not details:
        return "\n".join(lines)
    for outcome in report.errors:
        lines.append(
            f"  miss {outcome.label.path.name}: {outcome.label.kind.value} -> "
            f"{outcome.result.kind.value} {list(outcome.result.evidence)[:3]}"
        )
    for outcome in report.company_errors:
        lines.append(
            f"  company {outcome.label.path.name}: {outcome.label.company!r} -> "
            f"{outcome.result.company!r}"
        )
    return "\n".join(lines)
