"""Sanity checks for the nineteenth labelled corpus (tests/corpus_nineteenth/).

The corpus is a measuring stick for the classifier, so these tests guard only the labels and
the messages themselves: every file labelled once, known kinds and languages, every message
readable by Python's email package, and contacts that are human, present in the file and never
the candidate's own address. Imports only the shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_nineteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "amara.okafor@example.org"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|ne-pas-repondre|noresponder"
                      r"|notification|mailer-daemon", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.A\.|SA|AS|plc|Sp\. z o\.o\.)$")


def test_labels_cover_every_file_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_known_and_files_sit_under_their_kind() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_every_kind_and_language_is_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    languages = Counter(row["language"] for row in ROWS)
    assert set(languages) == LANGUAGES
    assert languages["en"] / len(ROWS) < 0.75


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["file"])
def test_message_parses_with_headers_and_a_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message["Subject"] is not None
    assert not message.defects, message.defects
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["file"])
def test_contact_is_human_present_and_not_the_candidate(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() != CANDIDATE
    raw = (ROOT / row["file"]).read_bytes().decode("ascii", "replace").lower()
    assert contact.lower() in raw


def test_company_is_labelled_on_job_mail_only_without_a_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


def test_own_sent_mail_is_other() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert len(own) >= 3
    assert all(row["kind"] == "other" for row in own)
