"""Sanity checks on corpus 216 (Mathis Kowalczyk-Aubry, EV battery test technician roles).

They guard the hand-written labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixteenth"
CANDIDATE = "mathis.ka@example.de"
LABELS = read_labels(ROOT)

FILE_NAME = re.compile(r"^(?P<kind>[a-z_]+)/\d{3}_[a-z0-9_]+\.eml$")
SYSTEM_LOCAL = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|no-?responder"
    r"|notifications?|benachrichtigung(?:en)?|alerts?|newsletter|mailer-daemon|bounces?)"
    r"(?:[._+-]|@)"
)
ATS_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
    r"|teamtailor\.com|personio\.(?:de|com)|successfactors\.(?:eu|com)|taleo\.net"
    r"|softgarden\.(?:io|de)|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|gGmbH|AG|SE|KG|OHG|e\.\s?V\.|SA|SAS|SASU|SARL|S\.\s?A\.?|S\.\s?L\.?"
    r"|SL|SLU|Ltd\.?|Limited|Inc\.?|LLC|plc|AB|B\.?V\.?|N\.?V\.?|Co\.\s?KG)$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def is_system_address(address: str) -> bool:
    """A no-reply, notification or ATS-system sender rather than a person."""
    return bool(SYSTEM_LOCAL.search(address) or ATS_DOMAIN.search(address))


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.match(row["file"])
    assert match, f"file name {row['file']!r}"
    assert match["kind"] == row["kind"], "folder differs from kind"


def test_kind_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in LABELS)
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"{part.get_content_type()}: {part.defects}"
    for name in REQUIRED_HEADERS:
        value = message[name]
        assert value is not None and str(value).strip(), f"no {name}"
        assert not getattr(value, "defects", ()), f"{name}: {value.defects}"
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
        return
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
        assert company == "", "other has no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
