"""Sanity checks on corpus 193 (Leocadia Fenwick-Obuya, tour guide to travel operations).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetythird"
CANDIDATE = "leocadia.fo@example.es"

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|notify|alerts?|"
    r"mailer-daemon|postmaster|bounces?)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com|"
    r"workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"[\s,]+(GmbH|AG|SA|S\.A\.?|SL|S\.L\.?|SLU|S\.L\.U\.?|Ltd\.?|Limited|Inc\.?|SAS|SARL|"
    r"LLC|plc|KG|Lda\.?|e\.U\.|Co\.?\s?KG)$",
    re.IGNORECASE,
)

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(FILES) == len(set(FILES)), "a file is labelled twice"
    assert sorted(FILES) == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) >= SEVEN_KINDS, f"missing kinds: {SEVEN_KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share = languages["es"] / len(ROWS)
    assert 0.45 <= share <= 0.65, share
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, (language, languages[language])


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (row["file"], header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not SYSTEM_ADDRESS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
