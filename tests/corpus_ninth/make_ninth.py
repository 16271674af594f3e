"""Writes the ninth corpus (tests/corpus_ninth/<kind>/<nnn>_<scenario>.eml and labels.csv).

The words live in the scenario modules beside this file, one per kind; _spec.py turns each Spec
into MIME. Run `python tests/corpus_ninth/make_ninth.py [--out DIR]`; the output is deterministic,
so the committed files are exactly what this writes. Imports only the standard library and the
modules beside it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _ack
import _invite
import _missed
import _offer
import _other
import _rejection
import _resched
from _spec import Spec, build

MODULES = (_rejection, _invite, _resched, _missed, _ack, _offer, _other)


def all_specs() -> list[Spec]:
    """Every message, ordered by date so numbering reads like an inbox over three months."""
    specs = [spec for module in MODULES for spec in module.SPECS]
    names = [spec.scenario for spec in specs]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise SystemExit(f"duplicate scenario names: {sorted(duplicates)}")
    return sorted(specs, key=lambda s: (s.date, s.scenario))


def write(out: Path) -> int:
    """Writes every message and labels.csv under out; returns how many messages."""
    rows = []
    for n, spec in enumerate(all_specs(), start=1):
        rel = f"{spec.kind}/{n:03d}_{spec.scenario}.eml"
        (out / spec.kind).mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(build(spec))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    print(f"wrote {write(args.out)} messages to {args.out}")


if __name__ == "__main__":
    main()
