"""Sanity checks on corpus 267 (Saoirse Nakamura-Boyle, hand-written, blind).

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

ROOT = Path(__file__).parent / "corpus_twohundredsixtyseventh"
CANDIDATE = "saoirse.nb@example.ie"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|jobalerts"
    r"|jobagent|mailer-daemon|postmaster|bounces?)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com"
    r"|personio\.de|successfactors\.(eu|com)|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|workable\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?i)(\s|,)(gmbh|ag|kg|ohg|se|sa|s\.a\.|sas|sarl|s\.l\.|sl|slu|s\.l\.u\.|ltd\.?|limited"
    r"|inc\.?|llc|plc|dac|teo|uc|partg(\s+mbb)?|mbb|bv|nv|srl|e\.\s?v\.|co\.)$"
)


def _on_disk() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))


def test_every_file_is_labelled_exactly_once() -> None:
    files = [row["file"] for row in LABELS]
    duplicates = [name for name, count in Counter(files).items() if count > 1]
    assert not duplicates, f"labelled more than once: {duplicates}"
    assert sorted(files) == _on_disk()
    assert len(files) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) <= KINDS, set(kinds) - KINDS
    assert set(languages) <= LANGUAGES, set(languages) - LANGUAGES
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_folder_is_kind(row: dict[str, str]) -> None:
    folder, name = row["file"].split("/")
    assert folder == row["kind"], (folder, row["kind"])
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
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
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
