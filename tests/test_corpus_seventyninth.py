"""Sanity checks for the 79th labelled corpus (tests/corpus_seventyninth): labels and files agree.

These check the corpus itself, not the classifier: every file is labelled once, labels use the
known kinds and languages, each message parses, and a labelled contact is a real, human address
that the message actually shows.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventyninth"
ROWS = read_labels(ROOT)
CANDIDATE = "maelle.kb@example.be"
UNATTENDED = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|notification|mailer", re.I
)


def _visible_text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader could find an address."""
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml")}
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert set(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_corpus_has_the_intended_mix() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 45 and kinds["rejection"] >= 25
    assert languages["fr"] > languages["en"] > languages["de"] > 0 and languages["es"] > 0


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|SA|AS|asbl|e\.V\.)$", row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_a_shown_human_address(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"]
    assert message["Subject"] is not None
    assert message.get_body(preferencelist=("plain", "html")) is not None
    contact = row["contact"]
    if contact:
        assert "@" in contact and contact != CANDIDATE
        assert not UNATTENDED.search(contact), contact
        assert contact.lower() in _visible_text(message).lower()


def test_candidates_own_mail_is_other() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus should hold some of the candidate's sent mail"
    assert all(row["kind"] == "other" for row in own)
