"""Sanity checks on corpus 182 (Camila Fitzgerald-Huamán, teller to UX writer, Medellín).

These tests guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredeightysecond"
CANDIDATE = "camila.fh@example.com.co"

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer"
    r"|mailer-daemon|postmaster|bounces?|newsletter|automated|system)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
    r"|personio\.de|successfactors\.(eu|com)|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,]+(gmbh|ag|sa|s\.a\.?|s\.l\.?|slu|sas|s\.a\.s\.?|ltd\.?|limited|inc\.?|llc|llp"
    r"|corp\.?|sarl|se|kg|ug|bv|ltda\.?|plc|s\.a\. de c\.v\.|sa de cv|s\. de r\.l\.)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    langs = Counter(row["language"] for row in ROWS)
    share_es = langs["es"] / len(ROWS)
    assert 0.40 <= share_es <= 0.60, langs
    for lang in LANGUAGES:
        assert langs[lang] >= 10, langs


@for_each(FILES)
def test_message_is_well_formed(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert message["Date"].datetime.year == 2026, rel
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_maintype() == "text" and part.get_content_subtype() != "calendar"
    ]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
        return
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
    assert company.strip() == company and company, row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
