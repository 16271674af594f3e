"""Sanity checks on corpus 165 (Oksana Duarte-Brennan): files, labels, headers and contacts.

They guard the labels and the message files of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtyfifth"
CANDIDATE = "oksana.db@example.ie"
SEVEN_KINDS = frozenset(
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
    r"no-?reply|do-?not-?reply|no-?responder|notification|mailer-daemon|postmaster|bounce",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com"
    r"|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|S\.L\.?|S\.L\.U\.?|SL|SLU|SAS|SARL|SRL|Ltd\.?|Limited|Inc\.?|LLC"
    r"|plc|PLC|DAC|CLG|UC|B\.V\.|BV|N\.V\.|NV|KG|e\.V\.|UG|Co\.)$"
)

ROWS = read_labels(ROOT)
BY_FILE = {row["file"]: row for row in ROWS}


def _is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], f"{row['file']}: folder != kind"
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == SEVEN_KINDS
    assert SEVEN_KINDS <= KINDS
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share_en = counts["en"] / len(ROWS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(sorted(BY_FILE))
def test_message_parses_cleanly(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{rel}: no {name}"
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{rel}: no non-empty text part"


@for_each(sorted(BY_FILE))
def test_contact_rules(rel: str) -> None:
    row = BY_FILE[rel]
    message = _message(rel)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", f"{rel}: the candidate's own mail has no contact"
        assert row["kind"] == "other", f"{rel}: the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not _is_system(contact), f"{rel}: {contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


@for_each(sorted(BY_FILE))
def test_company_rules(rel: str) -> None:
    row = BY_FILE[rel]
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", f"{rel}: other mail names no company"
        return
    assert company.strip(), f"{rel}: job mail names its company"
    assert company == company.strip(), rel
    assert not LEGAL_FORM.search(company), f"{rel}: legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(_message(row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
