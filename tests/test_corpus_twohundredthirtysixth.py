"""Sanity checks on corpus 236 (Oksana Fairweather-Ruiz, care worker to OT assistant).

They guard the hand-written labels and the well-formedness of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredthirtysixth"
CANDIDATE = "oksana.fr@example.co.uk"
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
MACHINE_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?|mailer-daemon"
    r"|bounces?|^alerts?$|^jobletter$|^avisos$)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(gGmbH|GmbH|AG|KG|e\.\s?V\.|SA|S\.A\.|SL|S\.L\.?|SAS|SARL|Ltd\.?|Limited"
    r"|Inc\.?|LLC|LLP|plc)\s*$"
)


def _is_machine(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(MACHINE_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def _defects(message: EmailMessage) -> list[str]:
    found = []
    for part in message.walk():
        found += [type(defect).__name__ for defect in part.defects]
        for name, value in part.items():
            found += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", [])]
    return found


def _is_own(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders() -> None:
    assert set(SEVEN) <= KINDS
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(SEVEN), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    for row in LABELS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, f"English share {share_en:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    """Parses without defects, has the usual headers, a 2026 date and a non-empty text part."""
    message = parse_eml(ROOT, row["file"])
    assert not _defects(message), _defects(message)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a human reply address found in Reply-To/From and in the visible text."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if _is_own(message):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not _is_machine(contact), f"{contact} looks like a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without a legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
    else:
        assert company.strip(), "job mail needs a company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
