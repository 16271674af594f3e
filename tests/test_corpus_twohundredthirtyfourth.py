"""Sanity checks on corpus 234 (a haul-truck driver turned fleet maintenance planner, 2026).

They guard the labels and the message files, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_twohundredthirtyfourth"
CANDIDATE = "joaquin.la@example.cl"
LABELS = read_labels(ROOT)
SEVEN = {"rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"}

# Addresses nobody reads: no-reply and notification senders, and the ATS sending domains.
SYSTEM = re.compile(
    r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|nicht-antworten|notifications?@|"
    r"notificaciones@|alert[ea]?s?@|mailer-daemon|bounces?@|newsletter@|boletin@|"
    r"@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|kg|se|eg|sa|sas|sarl|sl|slu|sau|s\.a\.?|s\.l\.?|s\.a\.s\.?|s\.a\.u\.?|"
    r"ltd\.?|limited|inc\.?|llc|plc|lda\.?|bv|nv|pty|co\.? kg)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert SEVEN <= KINDS
    assert set(counts) == SEVEN, counts
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["es"] / len(LABELS)
    assert 0.45 <= share <= 0.65, share
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (name, value.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
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
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in LABELS]
    duplicates = [value for value, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
