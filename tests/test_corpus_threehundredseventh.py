"""Sanity checks of corpus 307 (Lena Baumgartner, blind): its labels and its messages.

These check the corpus itself, never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "lena.baumgartner@example.ch"
MAIN_LANGUAGE = "de"
SYSTEM = re.compile(
    r"no-?reply|do-?not-?reply|mailer-daemon|notifications?@|"
    r"myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com|"
    r"ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:GmbH|gGmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Sàrl|Ltd\.?|Inc\.?|LLC|KG|"
    r"e\.V\.|plc|Co\.)$"
)


def test_every_message_is_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


def test_kind_and_language_are_valid_and_folder_is_kind() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), counts
    assert counts["other"] >= 40, counts
    assert counts["rejection"] >= 25, counts


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, counts


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [d for part in message.walk() for d in part.defects]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.strip().lower()
    assert contact != CANDIDATE
    assert not SYSTEM.search(contact), "contact is an ATS or no-reply address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "company carries a legal form"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    assert len(ids) == len(set(ids))
