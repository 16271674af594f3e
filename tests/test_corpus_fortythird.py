"""Sanity checks for the forty-third labelled corpus (tests/corpus_fortythird/).

The corpus measures how the classifier generalizes, so these tests check only that the labels
are well formed and agree with the messages: every file labelled once, kinds and languages
valid, each message parses, and each contact is a human address present in that message.
They import the shared reader only, never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortythird"
ROWS = read_labels(ROOT)
CANDIDATE = "mateo.salazar@example.net"
# Role and system mailboxes that must never be offered as somebody to reply to.
NOT_HUMAN = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|no[-_.]contestar|noresponder|"
    r"notification|mailer-daemon|alert|jobagent|calendar-)", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(S\.?A\.?|S\.?L\.?|GmbH|AG|Ltd\.?|LLP|LLC|Inc\.?|SA|S\.C\.|Pvt\.?)$")


def _text(rel: str) -> str:
    """Headers and every decoded text part, as a reader of the mail would see them."""
    message = parse_eml(ROOT, rel)
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert sorted(labelled) == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages_are_valid_and_files_sit_in_their_kind_folder() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_mix_is_an_inbox_not_a_test_of_one_kind() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert languages["es"] > languages["en"] > languages["fr"] > 0 and languages["de"] > 0


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_labels_agree_with_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']} lacks {header}"
    assert message.get_body(("plain", "html")) is not None
    assert message["Date"].datetime.year == 2026
    contact = row["contact"]
    if contact:
        assert not NOT_HUMAN.search(contact), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _text(row["file"]).lower()
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    else:
        assert row["company"], "job mail names its employer"
        assert not LEGAL_FORM.search(row["company"]), row["company"]


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus includes the candidate's own sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)
