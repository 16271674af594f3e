"""Writes the seventy-fifth corpus: every .eml under tests/corpus_seventyfifth/<kind>/ and labels.csv.

Run from anywhere: `python tests/corpus_seventyfifth/make_seventyfifth.py`. It only creates and
deletes files inside its own folder. The messages themselves live in the msgs75_* modules, one per
group of kinds; msgs75_lib assembles the MIME.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs75_ack  # noqa: E402
import msgs75_interview  # noqa: E402
import msgs75_other  # noqa: E402
import msgs75_rej  # noqa: E402
from msgs75_lib import render  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel", "missed_interview_notice",
         "application_received", "offer", "other"]


def main() -> None:
    messages = msgs75_rej.MESSAGES + msgs75_interview.MESSAGES + msgs75_ack.MESSAGES + msgs75_other.MESSAGES
    slugs = Counter(m.slug for m in messages)
    dupes = [s for s, n in slugs.items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate slugs: {dupes}")
    for kind in KINDS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    numbers: Counter[str] = Counter()
    for m in sorted(messages, key=lambda m: (KINDS.index(m.kind), m.date)):
        if m.kind not in KINDS:
            raise SystemExit(f"{m.slug}: unknown kind {m.kind}")
        numbers[m.kind] += 1
        rel = f"{m.kind}/{numbers[m.kind]:03d}_{m.slug}.eml"
        (ROOT / rel).write_bytes(render(m))
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(len(rows), "messages", dict(numbers), dict(Counter(r[4] for r in rows)))


if __name__ == "__main__":
    main()
