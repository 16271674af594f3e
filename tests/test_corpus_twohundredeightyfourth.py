"""Sanity checks for corpus 284 (blind): Corentin Abara-Le Goff's labelled job-search mailbox.

They guard the labels and the message files of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredeightyfourth"
CANDIDATE = "corentin.alg@example.fr"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|donotreply|notifications?|alerts?|mailer|"
    r"newsletter|bounce|ne-?pas-?repondre|nepasrepondre|no-?responder|noresponder|"
    r"keine-?antwort|automat\w*)([._+@-])"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|sa|sas|sasu|sarl|eurl|s\.?\s?l\.?u?|s\.\s?a\.?|ltd\.?|limited|inc\.?|"
    r"llc|plc|kg|e\.\s?v\.|se|bv|co\.)$"
)


def _is_system(address: str) -> bool:
    domain = address.rsplit("@", 1)[-1]
    in_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return in_ats or bool(SYSTEM_LOCAL.search(address))


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_counts() -> None:
    assert SEVEN_KINDS <= KINDS
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == SEVEN_KINDS, kinds
    assert kinds["other"] >= 40, kinds
    assert kinds["rejection"] >= 25, kinds
    languages = Counter(row["language"] for row in LABELS)
    assert set(languages) <= LANGUAGES, languages
    share = languages["fr"] / len(LABELS)
    assert 0.40 <= share <= 0.60, share
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages)


@for_each(LABELS)
def test_row_values_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, name = row["file"].split("/")
    assert folder == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_with_the_basic_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026, message["Date"]
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text" and not part.is_attachment()]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not _is_system(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has stray spaces"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not repeated, repeated
