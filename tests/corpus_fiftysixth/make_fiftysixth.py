"""Writes corpus 56 (<kind>/<nnn>_<scenario>.eml and labels.csv) from the msgs56_* modules.

Run from anywhere: `python tests/corpus_fiftysixth/make_fiftysixth.py`. It only creates and
deletes files inside its own folder. Messages are numbered in a fixed shuffled order, so the
numbers say nothing about the kind. Imports the standard library and its sibling modules only.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs56_acks_offers  # noqa: E402
import msgs56_changes  # noqa: E402
import msgs56_invites  # noqa: E402
import msgs56_other  # noqa: E402
import msgs56_rejections  # noqa: E402
from msgs56_build import build  # noqa: E402

KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


def main() -> None:
    messages = (msgs56_rejections.MESSAGES + msgs56_invites.MESSAGES + msgs56_changes.MESSAGES
                + msgs56_acks_offers.MESSAGES + msgs56_other.MESSAGES)
    slugs = [m.slug for m in messages]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    random.Random(56).shuffle(messages)
    for kind in KIND_DIRS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for number, msg in enumerate(messages, start=1):
        rel = f"{msg.kind}/{number:03d}_{msg.slug}.eml"
        (HERE / rel).write_bytes(build(msg))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
