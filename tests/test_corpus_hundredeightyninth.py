"""Sanity checks on corpus 189 (Wiebke Santangelo-Hoffmann, pharmacy technician to data entry).

These tests guard the hand-written labels and messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredeightyninth"
CANDIDATE = "wiebke.sh@example.de"

ROWS = read_labels(ROOT)
JOB_KINDS = KINDS - {"other"}

SYSTEM_LOCAL = re.compile(
    r"^(?:.*[._-])?(?:no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|notify|mailer"
    r"|mailer-daemon|bounces?|alerts?|newsletter|news|system|automated|benachrichtigungen?)"
    r"(?:[._-].*)?$"
)
ATS_DOMAIN = re.compile(
    r"(?:^|\.)(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com|personio\.de|personio\.com"
    r"|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|softgarden\.de"
    r"|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(?:GmbH|gGmbH|mbH|AG|SE|KG|KGaA|OHG|e\.\s?V\.|e\.\s?K\.|SA|S\.A\.|SL|S\.L\.|SLU|SAS"
    r"|SARL|S\.A\.R\.L\.|Ltd|Limited|Inc|LLC|LLP|plc|B\.V\.|BV|N\.V\.|NV|ApS|A/S|AB|Oy)\b\.?"
)


def is_system_address(address: str) -> bool:
    """A no-reply, notification or applicant-tracking system address (no human reads it)."""
    local, _, domain = address.lower().partition("@")
    return bool(SYSTEM_LOCAL.match(local) or ATS_DOMAIN.search(domain))


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def is_own(msg: EmailMessage) -> bool:
    return CANDIDATE in addresses(msg, "From")


def test_every_file_labelled_once() -> None:
    labelled = sorted(row["file"] for row in ROWS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert set(kinds) <= KINDS
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert set(languages) <= LANGUAGES
    share_de = languages["de"] / len(ROWS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, language


@for_each(ROWS)
def test_folder_is_kind(row: dict[str, str]) -> None:
    assert row["file"].split("/", 1)[0] == row["kind"]


@for_each(ROWS)
def test_message_parses(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], f"missing {header}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    if is_own(msg):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)


@for_each(ROWS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), "job mail names its employer"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
    else:
        assert company == "", "other mail has no company"


def test_message_ids_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
