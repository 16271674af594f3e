"""Sanity checks on corpus 248 (Declan Ferreira-Osei, bar manager to facilities coordinator).

They guard the labels and the shape of the hand-written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfortyeighth"
CANDIDATE = "declan.fo@example.ie"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
SYSTEM_LOCAL = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|notification|"
    r"mailer-daemon|postmaster|bounce|alert|newsletter",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com",
    "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:g?GmbH|AG|KG|SA|S\.A\.|SL|S\.L\.|SLU|SAS|SARL|Ltd\.?|Limited|LTD|Inc\.?|"
    r"LLC|LLP|plc|PLC|DAC|CLG|UC|e\.V\.)$"
)
HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def _is_system_address(address: str) -> bool:
    local, _, domain = address.partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder must equal kind"


def test_kind_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share = languages["en"] / len(LABELS)
    assert 0.50 <= share <= 0.70, share
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), (name, value.defects)
    for name in HEADERS:
        assert message[name], f"no {name}"
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
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not _is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail names its employer"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
