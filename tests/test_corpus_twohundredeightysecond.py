"""Sanity checks for corpus 282 (Magnus Achterberg-Nwosu, forklift driver to warehouse supervisor).

They guard the hand-written labels and the form of the messages, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_twohundredeightysecond"
CANDIDATE = "magnus.an@example.de"
LABELS = read_labels(ROOT)

SEVEN = {
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
}
ATS_DOMAINS = (
    "myworkday.com",
    "greenhouse-mail.io",
    "greenhouse.io",
    "hire.lever.co",
    "lever.co",
    "smartrecruiters.com",
    "icims.com",
    "ashbyhq.com",
    "teamtailor-mail.com",
    "personio.de",
    "successfactors.eu",
    "successfactors.com",
    "taleo.net",
    "softgarden.io",
    "bamboohr.com",
    "workablemail.com",
    "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|notifications?|notify|mailer-daemon|mailer|"
    r"bounces?|alerts?|newsletter|jobagent|postmaster)([._+-]|$)"
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|KG|KGaA|SE|UG|OHG|Ltd|Inc|LLC|LLP|plc|SAS|SARL|SA|S\.A\.|SL|S\.L\.|SLU|"
    r"S\.L\.U\.|BV|B\.V\.|NV|N\.V\.|e\.V\.|PartG)\.?$)|&\s*Co\b"
)


def is_system_address(address: str) -> bool:
    local, _, domain = address.partition("@")
    in_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return in_ats or bool(SYSTEM_LOCAL.search(local))


def own_mail(message: EmailMessage) -> bool:
    return CANDIDATE in addresses(message, "From")


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) <= KINDS
    assert set(languages) <= LANGUAGES
    assert SEVEN.issubset(kinds)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.45 <= languages["de"] / len(LABELS) <= 0.65
    for language in ("de", "en", "fr", "es"):
        assert languages[language] >= 10, language


@for_each(LABELS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    """Kind and language are valid, and the folder names the kind."""
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses(row: dict[str, str]) -> None:
    """No defects, the main headers, a 2026 date and at least one non-empty text part."""
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"header {name}: {value.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    """The contact is a human's lower-cased Reply-To/From address, never the candidate's."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if own_mail(message):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"system address {contact}"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    """Job mail names the employer without legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip(), "company missing"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
