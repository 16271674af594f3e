"""Sanity checks of corpus 292 (blind; Mélusine Okafor-Blanc, florist turned event coordinator).

They guard the labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredninetysecond"
CANDIDATE = "melusine.ob@example.be"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifications?|benachrichtigungen?"
    r"|mailer-daemon|postmaster|bounces?|alerts?|alertes|jobagent|digest|newsletter)\b"
    r"|noreply|no-reply"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|SPRL|SRL|BV|B\.V\.|NV|N\.V\.|S\.L\.|SL|Ltd|Inc|LLC|e\.V\.|eG"
    r"|asbl|ASBL|plc|KG|UG)\.?$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def is_system_address(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["kind"] in SEVEN_KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == SEVEN_KINDS, f"kinds present: {sorted(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.40 <= counts["fr"] / len(LABELS) <= 0.60, counts
    for language in sorted(LANGUAGES):
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in REQUIRED_HEADERS:
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026, str(message["Date"])
    texts = []
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if senders and senders[0] == CANDIDATE:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


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
    ids = Counter(str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS)
    duplicates = [mid for mid, n in ids.items() if n > 1]
    assert not duplicates, duplicates
