"""Sanity checks on corpus 233 (Priyanka Delacroix-Hughes' blind, hand-written mailbox).

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

ROOT = Path(__file__).parent / "corpus_twohundredthirtythird"
CANDIDATE = "priyanka.dh@example.co.uk"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(^|[._-])(no-?reply|do-?not-?reply|notifications?|alerts?|jobalerts|jobmail|newsletter|"
    r"mailer-daemon|postmaster|bounces?|digest|automated)([._-]|$)"
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(GmbH|AG|SA|SAS|SARL|S\.?L\.?|S\.?A\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|KG|"
    r"Co\. KG)$",
    re.IGNORECASE,
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def is_system_address(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.search(local))


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_kind_and_language_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, f"English share {share_en:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in REQUIRED_HEADERS:
        assert message[name], f"missing {name}"
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
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
