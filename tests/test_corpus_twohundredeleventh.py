"""Sanity checks on corpus 211 (Mireia Castellví-Hoang, primary teacher turning designer).

They guard the hand-written labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredeleventh"
CANDIDATE = "mireia.ch@example.es"
LABELS = read_labels(ROOT)

SEVEN = frozenset(
    {
        "rejection",
        "interview_invitation",
        "interview_reschedule_or_cancel",
        "missed_interview_notice",
        "application_received",
        "offer",
        "other",
    }
)
SYSTEM_LOCAL = re.compile(
    r"(?:no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|notify|alerts?|alertas|"
    r"newsletter|boletin|mailer-daemon|postmaster|bounces?)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com|"
    r"personio\.de|successfactors\.(?:eu|com)|taleo\.net|softgarden\.io|bamboohr\.com|"
    r"workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|AG|KG|UG|e\.\s?V\.|SA|S\.\s?A\.|SAU|S\.L\.U?\.?|SL|SLU|SAS|SARL|"
    r"S\.à\s?r\.l\.|Sàrl|Ltd\.?|Limited|Inc\.?|LLC|plc|p\.l\.c\.|BV|B\.V\.|SE|Coop\.?)\.?$",
)


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def sender(rel: str) -> str:
    found = addresses(message(rel), "From")
    return found[0] if found else ""


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["kind"] in SEVEN, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder differs from kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert SEVEN <= KINDS
    assert set(counts) == SEVEN, f"kinds present: {sorted(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["es"] / len(LABELS)
    assert 0.45 <= share <= 0.65, f"es share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(LABELS)
def test_message_parses_with_headers_and_text(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [
        part.get_content()
        for part in msg.walk()
        if part.get_content_maintype() == "text" and not part.is_attachment()
    ]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    msg = message(row["file"])
    if sender(row["file"]) == CANDIDATE:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact not lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_LOCAL.search(contact.split("@", 1)[0]), "contact is a system address"
    assert not ATS_DOMAIN.search(contact), "contact is an ATS address"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicated = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicated, duplicated
