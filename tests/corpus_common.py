"""What every labelled corpus under tests/corpus*/ shares: its label file and its messages.

Each corpus keeps its own sanity checks (label rules differ a little between corpora); only
the reading is common.
"""

from __future__ import annotations

import csv
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from assistant.records import EmailKind

KINDS = frozenset(k.value for k in EmailKind)
LANGUAGES = frozenset({"en", "de", "fr", "es"})
HEADER = ["file", "kind", "company", "contact", "language"]


def read_labels(root: Path) -> list[dict[str, str]]:
    """The rows of root/labels.csv (header `file,kind,company,contact,language`)."""
    with (root / "labels.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == HEADER, f"{root}/labels.csv: header must be {HEADER}"
        return list(reader)


def parse_eml(root: Path, rel: str) -> EmailMessage:
    """One corpus message, parsed as a mail program would (the default policy)."""
    message = email.message_from_bytes((root / rel).read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message
