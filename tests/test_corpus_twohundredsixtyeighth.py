"""Sanity checks for corpus 268 (Mathilde Okeke-Zürcher, counter clerk to customer success).

These tests guard the labels and the messages of the hand-written corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtyeighth"
CANDIDATE = "mathilde.oz@example.ch"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|mailer-daemon|bounces?"
    r"|newsletter|news|postmaster|auto(mated)?|system)([-._+].*)?$"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?i)(?:^|[\s,])(gmbh|ag|sa|s\.a\.|sas|sàrl|sarl|s\.l\.|sl|s\.l\.u\.|ltd\.?|limited|inc\.?"
    r"|llc|plc|kg|bv|s\.p\.a\.|corp\.?)$"
)


def is_system_address(addr: str) -> bool:
    """True for no-reply, notification and applicant-tracking-system sending addresses."""
    local, _, domain = addr.lower().partition("@")
    if "noreply" in local or SYSTEM_LOCAL.match(local):
        return True
    return any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages_cover_the_corpus() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert set(languages) <= LANGUAGES
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, f"{language}: {languages[language]}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates


@for_each(LABELS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), "file name"


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{name}: {value.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text" and not part.is_attachment()]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_follows_the_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_follows_the_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
