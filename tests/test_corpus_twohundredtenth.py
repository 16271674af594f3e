"""Sanity checks on corpus 210 (Callum Achterberg-Nwosu, plumber to building services estimator).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredtenth"
CANDIDATE = "callum.an@example.co.uk"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com",
    "greenhouse-mail.io",
    "hire.lever.co",
    "smartrecruiters.com",
    "icims.com",
    "ashbyhq.com",
    "teamtailor-mail.com",
    "personio.de",
    "successfactors.eu",
    "taleo.net",
    "softgarden.io",
    "bamboohr.com",
    "workablemail.com",
    "jobs.recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|notifications?"
    r"|noti|mailer-daemon|postmaster|bounces?|alerts?|newsletter)([-+._].*)?$"
)
LEGAL_FORM = re.compile(
    r"(,|\s)(gmbh|ag|kg|eg|ug|sa|sas|sarl|s\.?l\.?u?|s\.?a\.?u?|ltd|limited|plc|llp|inc|llc"
    r"|co\.? kg|as|asa|bv|nv)\.?$",
    re.IGNORECASE,
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def is_system_address(address: str) -> bool:
    """A no-reply, notification or ATS-system address, never a person's."""
    local, _, domain = address.rpartition("@")
    if SYSTEM_LOCAL.match(local):
        return True
    return any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in LABELS]
    on_disk = [path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml")]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == sorted(on_disk)
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    """Kind and language are known values and the folder is the kind."""
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"]


def test_kind_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    """Parses without defects, has the usual headers, a 2026 date and a non-empty text part."""
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (name, value.defects)
    for name in REQUIRED_HEADERS:
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [
        part.get_content() for part in message.walk() if part.get_content_maintype() == "text"
    ]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a person's address the reader can see, reached by Reply-To or From."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", company
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
