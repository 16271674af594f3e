"""Sanity checks for the sixty-fourth labelled corpus (tests/corpus_sixtyfourth/).

They guard the labels, not the classifier: every message is labelled once, labels use the
known kinds and languages, every file parses, and `contact` is a human sender of that message.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtyfourth"
CANDIDATE = "vale.ruiz@example.es"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifica|mailer|alert", re.I
)
ROWS = read_labels(ROOT)


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_corpus_has_the_intended_mix() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 150
    assert kinds["rejection"] >= 28 and kinds["other"] >= 45 and kinds["offer"] >= 8
    assert set(kinds) == KINDS
    assert languages["es"] / len(ROWS) >= 0.45 and languages["fr"] >= 12 and languages["de"] >= 12


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|B\.V\.|AG|Inc)\.?$", row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_a_human_sender(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["Subject"] is not None
    body = message.get_body(("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if not contact:
        return
    assert not NO_REPLY.search(contact) and contact != CANDIDATE
    senders = {addr.lower() for _, addr in getaddresses(
        [str(message.get("Reply-To", "")), str(message.get("From", ""))]) if addr}
    assert contact.lower() in senders, (contact, senders)


def test_candidates_own_mail_has_no_contact() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        if CANDIDATE in str(message["From"]):
            assert row["kind"] == "other" and row["contact"] == "", row
