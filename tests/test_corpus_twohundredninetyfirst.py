"""Sanity checks for corpus 291 (Callum Nakamura-Reid, PE teacher moving into L&D).

They guard the labels and the written messages, not the classifier: nothing here runs it.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_twohundredninetyfirst"
CANDIDATE = "callum.nr@example.co.uk"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?|notify|alerts?|mailer-daemon|postmaster|"
    r"bounces?|auto-?reply)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"[\s,](GmbH|gGmbH|AG|KG|SE|SA|S\.A\.?|SL|S\.L\.?|SLU|SAS|SARL|Ltd\.?|Limited|plc|PLC|"
    r"Inc\.?|LLC|LLP|AS|ASA|BV|NV)$"
)


def is_system(address: str) -> bool:
    """True for no-reply, notification and applicant-tracking-system sending addresses."""
    local, _, domain = address.lower().partition("@")
    on_ats = any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.search(local))


def message_of(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, name = row["file"].split("/")
    assert folder == row["kind"], f"{folder} != {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share_en = counts["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = message_of(row)
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), (name, value.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = message_of(row)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        if row["kind"] != "other" and CANDIDATE not in addresses(message, "From"):
            senders = addresses(message, "Reply-To", "From")
            humans = [address for address in senders if not is_system(address)]
            assert not humans, f"job mail with a human sender but no contact: {humans}"
        return
    assert contact == contact.lower(), contact
    assert contact != CANDIDATE
    assert not is_system(contact), f"system address as contact: {contact}"
    assert contact in addresses(message, "Reply-To", "From"), contact
    assert contact in visible_text(message), contact


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in company: {company}"


def test_message_ids_unique() -> None:
    ids = [str(message_of(row)["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
