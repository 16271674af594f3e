"""Sanity checks for the forty-sixth labelled corpus (tests/corpus_fortysixth).

The corpus measures how the classifier generalizes; these tests only guard the labels and the
files themselves (no classifier code is imported here). Imports: tests.corpus_common.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortysixth"
CANDIDATE = "amadou.diallo@example.fr"
NO_REPLY = re.compile(
    r"no-?reply|ne-?pas-?repondre|do-?not-?reply|notification|mailer-daemon|alert", re.I
)
ROWS = read_labels(ROOT)


def _visible_text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader could find an address."""
    chunks = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_size_and_mix_are_as_described_in_the_readme() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 150
    assert set(kinds) == KINDS
    assert kinds["rejection"] >= 25 and kinds["other"] >= 40
    assert languages["fr"] / len(ROWS) >= 0.45
    assert all(languages[lang] >= 10 for lang in ("en", "es", "de"))


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_a_human_in_the_file(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Message-ID"] and message["Date"] is not None
    assert message["Date"].datetime.year == 2026
    assert message.get_body(preferencelist=("plain", "html")) is not None
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact.split("@")[0]), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _visible_text(message)


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not re.search(r"\b(GmbH|Ltd|S\.?A\.?S?|SARL|Inc)\.?$", row["company"]), row


def test_the_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)
