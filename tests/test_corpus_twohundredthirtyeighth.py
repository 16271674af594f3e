"""Sanity checks for corpus 238 (Greta Oyelowo-Brandstätter's blind, hand-written mailbox).

They guard the labels and the message files, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredthirtyeighth"
CANDIDATE = "greta.ob@example.at"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "workable.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(?:[^@]*[._+-])?(?:no-?reply|do-?not-?reply|notifications?|notify|alerts?|alertes|"
    r"alertas|newsletter|mailer-daemon|postmaster|bounces?|jobagent)(?:[._+-][^@]*)?@",
)
SYSTEM_DOMAIN = re.compile(
    r"@(?:[^@]+\.)?(?:" + "|".join(re.escape(d) for d in ATS_DOMAINS) + r")$",
)
LEGAL_FORM = re.compile(
    r"(?i)(?:^|[\s,])(?:gmbh|ag|kg|og|e\.\s?u\.|gesmbh|sa|s\.a\.?|sas|sarl|s\.à\s?r\.l\.?|sàrl|"
    r"s\.l\.?|s\.l\.u\.?|sl|slu|s\.p\.a\.?|spa|s\.r\.l\.?|srl|ltd\.?|limited|inc\.?|llc|plc|"
    r"bv|nv|se|co\.?\s?kg)$",
)
FILE_NAME = re.compile(r"^(?P<kind>[a-z_]+)/\d{3}_[a-z0-9_]+\.eml$")


def is_system_address(addr: str) -> bool:
    """An address no person reads: no-reply, notification, alert or ATS-system senders."""
    return bool(SYSTEM_LOCAL.search(addr) or SYSTEM_DOMAIN.search(addr))


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_coverage() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert SEVEN_KINDS <= KINDS
    assert set(kinds) == SEVEN_KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    share_de = languages["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, f"German share {share_de:.2f}"
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, f"only {languages[language]} messages in {language}"


@for_each(LABELS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.match(row["file"])
    assert match, f"bad file name {row['file']}"
    assert match["kind"] == row["kind"], "folder and kind differ"


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026, str(message["Date"])
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_label(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_label(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has stray spaces"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
    assert not re.search(r"(?i)\bgmbh\b", company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
