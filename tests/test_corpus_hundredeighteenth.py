"""Sanity checks for the hundredeighteenth labelled corpus (tests/corpus_hundredeighteenth).

They guard the labels, not the classifier: every file labelled once, kinds and languages valid,
every message parseable, contacts human and present in the message, company only on job mail.
Imports only tests/corpus_common.py (a shared reader) and the standard library.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_hundredeighteenth"
CANDIDATE = "freya.mo@example.ie"
NOT_HUMAN = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|"
                       r"alert|jobagent|newsletter|autoreply|tracking|bills@|avisos@|"
                       r"orders@|digest@|survey|myworkday|greenhouse|lever\.co|ashbyhq|"
                       r"teamtailor|personio|successfactors|taleo|softgarden|bamboohr|"
                       r"workablemail|smartrecruiters|icims", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|Ltd|Limited|Inc|LLC|S\.L\.|LLP|DAC|"
                        r"B\.V\.|N\.V\.|plc|mbB)\.?$")
ROWS = read_labels(ROOT)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(labelled) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.5 <= languages["en"] / len(ROWS) <= 0.7
    assert 0.15 <= languages["de"] / len(ROWS) <= 0.25
    assert all(languages[lang] >= 10 for lang in LANGUAGES)


@for_each(ROWS)
def test_message_parses_with_headers_and_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert parsedate_to_datetime(message["Date"]).year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_type() in
             ("text/plain", "text/html")]
    assert texts and all(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_is_a_human_reply_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower() and contact != CANDIDATE
    assert not NOT_HUMAN.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From"), "contact is Reply-To or sender"
    assert contact in visible_text(message)


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] and row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))


def test_replies_carry_threading_headers() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        subject = str(message["Subject"])
        if re.match(r"(re|aw|antw)\s*:", subject, re.IGNORECASE):
            assert message["In-Reply-To"] and message["References"], row["file"]
