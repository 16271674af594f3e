"""Sanity checks on corpus 266 (Xabier Ondarra-Lindgren, fishmonger turning QC technician).

They guard the labels and the messages' well-formedness, not the classifier.
"""

from __future__ import annotations

import functools
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtysixth"
CANDIDATE = "xabier.ol@example.es"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|no-?responder|notifications?|notificaciones|"
    r"alerts?|alertas|alertes|newsletter|boletin|digest|updates|mailer-daemon)\b"
    r"|[-_.](?:notifications?|noreply|no-reply)$",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "workable.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh|ag|eg|kg|se|sa|s\.a\.?|sl|s\.l\.?|slu|s\.l\.u\.?|sau|s\.a\.u\.?|"
    r"ltd\.?|limited|plc|llc|inc\.?|corp\.?|sas|s\.a\.s\.?|sarl|bv|nv|ab|oy)$",
    re.IGNORECASE,
)


@functools.cache
def message(rel: str) -> EmailMessage:
    """Each message parsed once per session."""
    return parse_eml(ROOT, rel)


def is_system_address(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def is_own_mail(msg: EmailMessage) -> bool:
    return addresses(msg, "From") == [CANDIDATE]


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_all_kinds_present_with_enough_other_and_rejection() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"kinds present: {sorted(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert set(counts) <= LANGUAGES
    assert 0.45 <= counts["es"] / len(LABELS) <= 0.65, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


def test_message_ids_are_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicated, duplicated


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, name = row["file"].split("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], f"missing {header}"
    assert msg["Date"].datetime.year == 2026, str(msg["Date"])
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row["file"])
    contact = row["contact"]
    if is_own_mail(msg):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(msg), f"{contact} not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has stray spaces"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
