"""Sanity checks for the seventy-fourth labelled corpus (tests/corpus_seventyfourth).

They guard the corpus itself, not the classifier: every file labelled once, valid kinds and
languages, every message parseable, and contacts that are real, human, present in the file.
Imports only the shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "jonas.rl@example.at"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|no-?responder|ne-pas-repondre|notification|mailer-daemon", re.I
)


def _visible_text(message: EmailMessage) -> str:
    """The addresses in From, Reply-To, To and Cc plus every decoded text part, lower-cased."""
    names = ("From", "Reply-To", "To", "Cc")
    fields = [str(v) for name in names for v in message.get_all(name, [])]
    parts = [p.get_content() for p in message.walk() if p.get_content_maintype() == "text"]
    return " ".join([addr for _, addr in getaddresses(fields)] + parts).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = {p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml")}
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert set(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    langs = Counter(row["language"] for row in ROWS)
    assert langs["de"] > langs["en"] > langs["es"] > langs["fr"] >= 10


def test_company_only_on_job_mail() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|AG|SE|Ltd|S\.A\.|SAS|AB|KG)\.?$", row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_human_and_present(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"] and message["Subject"]
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact), row
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _visible_text(message), row


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own
    assert all(row["contact"] == "" and row["kind"] == "other" for row in own)
