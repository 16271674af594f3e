"""Sanity checks for corpus 255 (Rosalind Mbatha-Eriksen, vet nurse to clinical research).

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

ROOT = Path(__file__).parent / "corpus_twohundredfiftyfifth"
CANDIDATE = "rosalind.me@example.co.uk"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
})
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?)"
    r"([._+-]|$)|^(alerts?|newsletter|news|updates)$",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|KG|SE|SA|S\.A\.|SL|S\.L\.|SAS|SARL|S\.p\.A\.|Srl|Ltd|Limited|Inc|LLC|LLP|plc"
    r"|BV|B\.V\.|NV|N\.V\.)\.?\s*$",
    re.IGNORECASE,
)


def is_system_address(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.search(local))


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_languages_and_folders() -> None:
    assert SEVEN_KINDS <= KINDS
    for row in LABELS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/")[0] == row["kind"], row["file"]
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in LABELS)
    assert 0.50 <= languages["en"] / len(LABELS) <= 0.70
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, language


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    """No defects, the usual headers, a 2026 date and at least one non-empty text part."""
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"{part.get_content_type()}: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a human address the message shows; the candidate's own mail has none."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without a legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip(), "job mail needs a company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not repeated
