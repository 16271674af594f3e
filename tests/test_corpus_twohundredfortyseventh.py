"""Sanity checks on corpus 247 (Ottilie Brandauer-Nkemelu's QA-associate job search).

These tests guard the corpus' labels and the integrity of its messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfortyseventh"
CANDIDATE = "ottilie.bn@example.at"
LABELS = read_labels(ROOT)

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
    r"myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com"
    r"|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com"
)
SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?)[^@]*@"
    rf"|@(?:[\w-]+\.)*(?:{ATS_DOMAINS})$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|GesmbH|Ges\.m\.b\.H\.|AG|KG|OG|e\.U\.|eGen|SE|SA|SAS|SARL|S\.A\.U?"
    r"|S\.L\.U?|SL|SLU|Ltd\.?|Limited|Inc\.?|LLC|plc|d\.o\.o\.|d\.d\.|Co\.)$"
)


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    """Kind and language are known values and the folder is the kind."""
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) >= SEVEN_KINDS, SEVEN_KINDS - set(counts)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share_de = counts["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    """Parses without defects, has the core headers, a 2026 date and a non-empty text part."""
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    text_parts = [part for part in message.walk() if part.get_content_maintype() == "text"]
    texts = [part.get_content() for part in text_parts]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a human address the message offers to reply to, never the candidate."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", company
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
