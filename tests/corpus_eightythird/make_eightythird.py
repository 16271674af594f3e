"""Writes the eighty-third corpus: every .eml under tests/corpus_eightythird/<kind>/ and labels.csv.

Run `python tests/corpus_eightythird/make_eightythird.py`. The messages themselves are written
out by hand in the msgs83_*.py modules beside this file; this script only numbers them,
renders them (msgs83_build) and writes the label file. It creates and deletes files inside
its own folder only.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs83_ack_offer  # noqa: E402  (imported after the sys.path entry above)
import msgs83_invite  # noqa: E402
import msgs83_other  # noqa: E402
import msgs83_other2  # noqa: E402
import msgs83_rejection  # noqa: E402
import msgs83_resched_missed  # noqa: E402
from msgs83_build import Msg, render  # noqa: E402

KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


def all_messages() -> list[Msg]:
    """Every message, in the order they are numbered."""
    return (msgs83_rejection.MESSAGES + msgs83_invite.MESSAGES + msgs83_resched_missed.MESSAGES
            + msgs83_ack_offer.MESSAGES + msgs83_other.MESSAGES + msgs83_other2.MESSAGES)


def main() -> None:
    """Clear the old outputs in this folder and write them again."""
    for kind in KIND_DIRS:
        for old in (HERE / kind).glob("*.eml"):
            old.unlink()
    rows = []
    slugs = set()
    for n, msg in enumerate(all_messages(), start=1):
        assert msg.kind in KIND_DIRS, msg.slug
        assert msg.slug not in slugs, msg.slug
        slugs.add(msg.slug)
        rel = f"{msg.kind}/{n:03d}_{msg.slug}.eml"
        (HERE / msg.kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(render(msg))
        rows.append([rel, msg.kind, msg.company, msg.contact_address(), msg.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
