"""Sanity checks for the thirty-fifth corpus (tests/corpus_thirtyfifth): its labels are well formed.

These tests check the corpus, not the classifier: every message is labelled exactly once with a
known kind and language, parses as mail, and names a contact that is a human address present in
the message. Imports only the shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtyfifth"
ROWS = read_labels(ROOT)
CANDIDATE = "lucia.fernandez@example.org"
NOT_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|no-contestar|ne-pas-repondre|notifications?@|notificaciones@|mailer-daemon",
    re.I,
)


def test_every_file_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(labelled) == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    assert languages["es"] > languages["en"] > languages["fr"] > languages["de"] > 0


def test_company_only_on_job_mail() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.?|AG|LLP|S\.L\.U?)$", row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_a_human_in_its_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if not contact:
        return
    assert not NOT_HUMAN.search(contact), row
    assert contact.lower() != CANDIDATE
    senders = message.get_all("From", []) + message.get_all("Reply-To", [])
    header_addrs = {addr.lower() for _, addr in getaddresses(senders)}
    assert contact.lower() in header_addrs, row


def test_candidates_own_mail_has_no_contact() -> None:
    for row in ROWS:
        sender = parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec
        if sender.lower() == CANDIDATE:
            assert row["kind"] == "other" and row["contact"] == "", row
