"""Sanity checks for corpus 173 (Grainne Okonkwo-Baptiste, dental nurse into medtech sales support).

They guard the labels and the messages' well-formedness, not the classifier's answers.
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

ROOT = Path(__file__).parent / "corpus_hundredseventythird"
CANDIDATE = "grainne.ob@example.ie"
SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|mailer|"
    r"bounce)([._+-]|@)|@(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(gmbh|ag|sa|sas|sarl|s\.?l\.?|s\.?a\.?|ltd|limited|inc|llc|plc|bv|b\.v\.|kg|ug|dac)\.?$",
    re.IGNORECASE,
)
ROWS = read_labels(ROOT)


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in ROWS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    langs = Counter(row["language"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert set(langs) <= LANGUAGES
    assert 0.50 <= langs["en"] / len(ROWS) <= 0.70
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang
    for row in ROWS:
        assert row["kind"] in KINDS
        assert row["language"] in LANGUAGES
        assert row["file"].split("/")[0] == row["kind"]


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], name
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts)


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if addresses(message, "From") == [CANDIDATE]:
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
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company != ""
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(set(ids)) == len(ids)
