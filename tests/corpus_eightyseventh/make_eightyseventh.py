"""Writes the eighty-seventh corpus: one .eml per message spec under <kind>/ and labels.csv.

Run from anywhere: `python tests/corpus_eightyseventh/make_eightyseventh.py`. It only creates and
deletes *.eml files and labels.csv inside this folder. Imports the msgs87_* data modules.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs87_acks_offers  # noqa: E402
import msgs87_changes  # noqa: E402
import msgs87_invitations  # noqa: E402
import msgs87_other_es  # noqa: E402
import msgs87_other_intl  # noqa: E402
import msgs87_rejections  # noqa: E402
import msgs87_threads  # noqa: E402
from msgs87_build import ME, NOREPLY, Msg, build, label_contact  # noqa: E402

MODULES = (msgs87_rejections, msgs87_invitations, msgs87_changes, msgs87_acks_offers,
           msgs87_other_es, msgs87_other_intl, msgs87_threads)


def _inbox_order() -> list[Msg]:
    """All specs as the inbox would show them (by date), so file numbers do not group by kind."""
    specs = [m for module in MODULES for m in module.MESSAGES]
    slugs = [m.slug for m in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    return sorted(specs, key=lambda m: (m.date, m.slug))


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, m in enumerate(_inbox_order(), start=1):
        contact = label_contact(m)
        assert not NOREPLY.search(contact) and contact != ME, (m.slug, contact)
        assert (m.kind == "other") == (not m.company), m.slug
        rel = f"{m.kind}/{number:03d}_{m.slug}.eml"
        (HERE / m.kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(build(m))
        rows.append([rel, m.kind, m.company, contact, m.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
