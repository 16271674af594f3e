"""Corpus 201 (blind, hand-written, Odile Brennan-Achterberg): sanity checks on its labels.

They guard the labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfirst"
CANDIDATE = "odile.ba@example.fr"
LABELS = read_labels(ROOT)

SEVEN = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com"
)
SYSTEM_ADDRESS = re.compile(
    r"^(?:[^@]*[._+-])?(?:no-?reply|noreply|do-?not-?reply|ne-pas-repondre|no-responder"
    r"|notifications?|mailer-daemon|autoreply|bounces?)(?:[._+-][^@]*)?@"
    rf"|@(?:[a-z0-9-]+\.)*(?:{ATS_DOMAINS})$"
)
LEGAL_FORM = re.compile(
    r"\s(?:GmbH|AG|SA|S\.A\.?|SL|S\.L\.?|SAS|SARL|Ltd\.?|Inc\.?|LLC|BV|NV|plc|PLC|KG|SE"
    r"|S\.p\.A\.?|SA/NV)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["kind"] in SEVEN, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_all_seven_kinds_present_in_useful_numbers() -> None:
    assert SEVEN <= KINDS
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == SEVEN, kinds
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share = languages["fr"] / len(LABELS)
    assert 0.40 <= share <= 0.60, share
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` has no company"
    else:
        assert company.strip(), "job mail names its company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    assert all(ids)
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
