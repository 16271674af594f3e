"""Writes the seventieth corpus: one .eml per hand-written message, plus labels.csv.

Run `python tests/corpus_seventieth/make_seventieth.py`; it only creates and deletes files
inside tests/corpus_seventieth/. The wording lives in the msgs70_* modules next to it.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from msgs70_build import build  # noqa: E402
from msgs70_inbox import ALL  # noqa: E402


def main() -> None:
    """Rewrite every kind folder from scratch so a removed message leaves no stale file."""
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for serial, msg in enumerate(ALL, start=1):
        folder = ROOT / msg.kind
        folder.mkdir(exist_ok=True)
        rel = f"{msg.kind}/{serial:03d}_{msg.slug}.eml"
        (ROOT / rel).write_bytes(build(msg, serial))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
