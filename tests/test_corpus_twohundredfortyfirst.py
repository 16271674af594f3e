"""Sanity checks for corpus 241 (Séverin Mbala-Hofstetter, postman into IT support).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from functools import cache
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

ROOT = Path(__file__).parent / "corpus_twohundredfortyfirst"
CANDIDATE = "severin.mh@example.ch"
LABELS = read_labels(ROOT)

SEVEN = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
NO_REPLY = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifications?|alertes?|"
    r"alerts?|mailer-daemon|postmaster|bounces?)([._+-]|@)"
)
ATS_DOMAINS = re.compile(
    r"@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.(eu|com)|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(gmbh|ag|sa|s\.a\.?|sàrl|sarl|sas|s\.l\.?|slu|ltd\.?|limited|inc\.?|llc|dac|"
    r"plc|kg|co\.)$",
    re.IGNORECASE,
)


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_own(rel: str) -> bool:
    return CANDIDATE in addresses(message(rel), "From")


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["kind"] in SEVEN
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(SEVEN) <= KINDS
    assert set(counts) == set(SEVEN)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["fr"] / len(LABELS)
    assert 0.40 <= share <= 0.60, share
    for language in ("en", "de", "fr", "es"):
        assert counts[language] >= 10, language


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"missing {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    msg = message(row["file"])
    if is_own(row["file"]):
        assert contact == ""
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), contact
    assert not ATS_DOMAINS.search(contact), contact
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip(), "job mail needs a company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not repeated, repeated
