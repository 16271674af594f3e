"""Writes the sixty-fourth corpus: every .eml under <kind>/ and labels.csv.

Run `python tests/corpus_sixtyfourth/make_sixtyfourth.py`. It only creates and deletes files
inside tests/corpus_sixtyfourth/; the messages live in msgs64_*.py, the MIME assembly in
msgs64_build.py. Output order is interleaved (not grouped by kind) so that numbering and dates
do not reveal the label.
"""

from __future__ import annotations

import csv
import dataclasses
import logging
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs64_ack  # noqa: E402
import msgs64_inv  # noqa: E402
import msgs64_other  # noqa: E402
import msgs64_rej  # noqa: E402
import msgs64_resch  # noqa: E402
from msgs64_build import KIND_NAMES, Spec, render  # noqa: E402
from msgs64_days import DAYS  # noqa: E402

logger = logging.getLogger(__name__)


def all_specs() -> list[Spec]:
    """Round-robin over the kind lists, so an inbox-like mix comes out."""
    groups = [msgs64_other.MESSAGES, msgs64_rej.MESSAGES, msgs64_inv.MESSAGES, msgs64_ack.MESSAGES,
              msgs64_resch.MESSAGES, msgs64_resch.MISSED, msgs64_ack.OFFERS]
    out: list[Spec] = []
    longest = max(len(g) for g in groups)
    for i in range(longest):
        for group in groups:
            if i < len(group):
                out.append(dataclasses.replace(group[i], day=DAYS.get(group[i].slug)))
    return out


def main() -> None:
    """Delete the old outputs and write them again from the specs."""
    for kind in KIND_NAMES.values():
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for index, spec in enumerate(all_specs(), start=1):
        rel = f"{spec.kind}/{index:03d}_{spec.slug}.eml"
        (HERE / rel).write_bytes(render(spec, index))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
