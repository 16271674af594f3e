"""Sanity checks on corpus 197 (Kofi Ballesteros-Hartmann, Linz security guard, 165 messages).

They guard the labels and the form of the hand-written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetyseventh"
CANDIDATE = "kofi.bh@example.at"

SEVEN_KINDS = {
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
}
ATS_DOMAINS = (
    "myworkday.com",
    "greenhouse-mail.io",
    "greenhouse.io",
    "hire.lever.co",
    "lever.co",
    "smartrecruiters.com",
    "icims.com",
    "ashbyhq.com",
    "teamtailor-mail.com",
    "teamtailor.com",
    "personio.de",
    "successfactors.eu",
    "successfactors.com",
    "taleo.net",
    "softgarden.io",
    "bamboohr.com",
    "workablemail.com",
    "workable.com",
    "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|notifications?|benachrichtigung|mailer-daemon|postmaster|bounce"
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|gGmbH|mbH|AG|KG|OG|e\.\s?U\.|SA|S\.\s?A\.|SL|S\.\s?L\.|SLU|SAS|SARL"
    r"|Ltd|Limited|Inc|LLC|plc|Kft|Zrt|Nyrt|BV|NV|Co)\.?$"
)

ROWS = read_labels(ROOT)
IDS = [row["file"] for row in ROWS]


def is_system_address(address: str) -> bool:
    """A no-reply, notification or applicant-tracking-system sender, not a person."""
    local, _, domain = address.partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(IDS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["kind"] in SEVEN_KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == SEVEN_KINDS
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert 0.40 <= counts["de"] / len(ROWS) <= 0.60, counts
    for language in ("en", "de", "fr", "es"):
        assert counts[language] >= 10, counts


@for_each(IDS)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, f"{rel}: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{rel}: no {name}"
    assert message["Date"].datetime.year == 2026, rel
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_maintype() == "text" and not part.is_multipart()
    ]
    assert any(text.strip() for text in texts), f"{rel}: no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not is_system_address(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert all(ids)
    assert len(ids) == len(set(ids))
