"""Sanity checks for the eighty-seventh labelled corpus (tests/corpus_eightyseventh): the labels
cover every message once, use the shared kinds and languages, and every labelled contact is a
replyable human address that the message itself shows. Reads mail with tests/corpus_common only;
no classifier code."""

from __future__ import annotations

import re
from pathlib import Path

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_eightyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "valentina.ek@example.es"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon", re.I)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|Ltd|plc|S\.A\.S?|S\.L\.|B\.V\.|ASA|AS|SAS|Pvt)\.?$")


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_present() -> None:
    assert {row["kind"] for row in ROWS} == KINDS
    assert {row["language"] for row in ROWS} == LANGUAGES


def test_company_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORM.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_is_a_shown_human_address(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["Subject"] is not None
    assert addresses(message, "From"), "no From address"
    text = visible_text(message)
    assert text.strip()
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact)
        assert contact != CANDIDATE
        assert contact == contact.lower() and "@" in contact
        assert contact in text, f"{contact} does not appear in the message"
    if CANDIDATE in addresses(message, "From"):
        assert row["kind"] == "other", "the candidate's own mail is never job mail"
        assert contact == ""
