"""Sanity checks on corpus 192 (Séverine Achour-Lindgren, Geneva hairdresser to team lead).

They guard the hand-written labels and the messages' shape, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetysecond"
CANDIDATE = "severine.al@example.ch"
JOB_KINDS = KINDS - {"other"}

ROWS = read_labels(ROOT)
FILES = [row["file"] for row in ROWS]

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|"
    r"alertes|mailer-daemon|postmaster|bounces?|newsletter|digest|suchabo)([._+-]|@)"
    r"|@([\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(,|\s)(GmbH|AG|SA|S\.A\.|SAS|SARL|Sàrl|S\.à\s?r\.l\.|S\.L\.|SL|S\.r\.l\.|Srl|S\.p\.A\.|"
    r"SpA|Ltd\.?|Limited|Inc\.?|LLC|plc|KG|GmbH\s?&\s?Co\.?\s?KG|BV|NV|Oy|AB)\s*$",
    re.IGNORECASE,
)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _is_own(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["fr"] / len(ROWS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(FILES)
def test_message_parses_and_has_the_basic_headers(rel: str) -> None:
    message = _message(rel)
    problems = [(part.get_content_type(), part.defects) for part in message.walk()
                if part.defects]
    assert not problems
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], name
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(texts)


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if _is_own(message):
        assert contact == ""
        assert row["kind"] == "other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), row
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), company
    else:
        assert company == "", row


def test_message_ids_are_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
