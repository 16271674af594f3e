"""Sanity checks for the eightieth labelled corpus (tests/corpus_eightieth/).

The corpus measures the classifier on unseen mail; these tests only guard the corpus itself:
every file labelled once, valid kinds and languages, every message parses and has a body,
contacts are human addresses present in the message, and the language mix is as documented.
Imports only tests.corpus_common and the standard library (no classifier code).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eightieth"
CANDIDATE = "callum.nh@example.com.au"
ROWS = read_labels(ROOT)
_NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-?responder|notification", re.I
)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    languages = Counter(row["language"] for row in ROWS)
    assert languages["en"] / len(ROWS) > 0.6
    assert all(languages[lang] >= 10 for lang in ("fr", "es", "de"))


def test_company_only_on_job_mail() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|Pty|S\.A\.|SAS|AG|LLP)\s*$", row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_human(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"]
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if contact:
        assert "@" in contact and not _NO_REPLY.search(contact), row
        assert contact.lower() != CANDIDATE
        raw = (ROOT / row["file"]).read_bytes().decode("ascii", "replace")
        assert contact.lower() in raw.lower()
    sender = message["From"].addresses[0].addr_spec.lower()
    if sender == CANDIDATE:
        assert row["kind"] == "other" and not contact
