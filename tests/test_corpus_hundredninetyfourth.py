"""Sanity checks for corpus 194 (Maximilian Oduya-Perrin, carpenter moving into CAD drafting).

They guard the labels and the messages of tests/corpus_hundredninetyfourth, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
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

ROOT = Path(__file__).parent / "corpus_hundredninetyfourth"
CANDIDATE = "maximilian.op@example.de"

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notification|benachrichtigung"
    r"|mailer-daemon|alerts?@|newsletter"
    r"|@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"[\s,](gmbh|ag|kg|ohg|ug|se|e\.v\.|sa|s\.a\.|sas|sarl|s\.l\.|sl|slu|ltd|limited|inc"
    r"|llc|plc|dac|bv|zt|partgmbb|gesmbh|co\.? kg)\.?$",
    re.IGNORECASE,
)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["de"] / len(ROWS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(FILES)
def test_message_is_well_formed(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, f"{rel}: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{rel}: no {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == ""
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip() == company and company
        assert not LEGAL_FORM.search(company), company


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
