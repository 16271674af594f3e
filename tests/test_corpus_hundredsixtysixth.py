"""Sanity checks on corpus 166 (Florian Achterberg-Sané, carpenter into project coordination).

They guard the hand-written labels and the well-formedness of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtysixth"
CANDIDATE = "florian.as@example.ch"
SEVEN = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|donotreply|notifications?|benachrichtigung|mailer-daemon|bounce)"
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:GmbH|AG|SA|S\.A\.|SL|S\.L\.|Ltd\.?|Inc\.?|SAS|LLC|S\.p\.A\.|SpA|S\.r\.l\.|Srl"
    r"|Sàrl|Sarl|KG|plc|BV)(?=$|[\s,])"
)

ROWS = read_labels(ROOT)
IDS = [row["file"] for row in ROWS]


def is_system_address(addr: str) -> bool:
    """A no-reply, notification or ATS-system sender, never a person to write back to."""
    local, _, domain = addr.partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(IDS) == on_disk
    assert len(set(IDS)) == len(IDS)
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    assert set(SEVEN) <= KINDS
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    present = {row["kind"] for row in ROWS}
    assert set(SEVEN) <= present


def test_kind_and_language_shares() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["de"] / len(ROWS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(IDS)
def test_message_is_well_formed(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name, value in message.items():
        assert not getattr(value, "defects", None), (rel, name)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


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
    else:
        assert company.strip(), row
        assert company == company.strip(), row
        assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert len(set(ids)) == len(ids)
