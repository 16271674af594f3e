"""Writes the 72nd corpus: <kind>/<nnn>_<scenario>.eml and labels.csv, from the msgs72_* specs.

Run from anywhere: `python tests/corpus_seventysecond/make_seventysecond.py`. It only creates and
deletes files inside its own folder. Imports the standard library and its sibling msgs72_* modules.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs72_apps  # noqa: E402,F401  (each data module registers its messages on import)
import msgs72_extra  # noqa: E402,F401
import msgs72_interviews  # noqa: E402,F401
import msgs72_other  # noqa: E402,F401
import msgs72_rejections  # noqa: E402,F401
from msgs72_build import ALL, contact_of, render  # noqa: E402


def main() -> None:
    """Regenerate every .eml and labels.csv from scratch."""
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, spec in enumerate(sorted(ALL, key=lambda s: s.date), start=1):
        rel = f"{spec.kind}/{number:03d}_{spec.scenario}.eml"
        (HERE / spec.kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(render(spec))
        company = spec.company if spec.kind != "other" else ""
        rows.append([rel, spec.kind, company, contact_of(spec), spec.lang])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")


if __name__ == "__main__":
    main()
