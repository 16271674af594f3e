"""Sanity checks for corpus 176 (Rodrigo Achterberg-Quispe, blind and hand-written).

They guard the labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredseventysixth"
CANDIDATE = "rodrigo.aq@example.pe"
ROWS = read_labels(ROOT)
NON_HUMAN = re.compile(
    r"(^(no-?reply|noreply|do-?not-?reply|no-responder|notifications?|alerts?|alertas|jobs?|"
    r"careers|talent|recruiting|reclutamiento|mailer|digest|newsletter|boletin)[-.@+]|"
    r"-noreply@|@(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"([a-z0-9-]+\.)?icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"jobs\.recruitee\.com)$)"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.?|S\.A\.C\.?|SAC|S\.L\.?|SL|S\.R\.L\.?|SRL|Ltd\.?|Inc\.?|SAS|LLC|"
    r"KG|Co\. KG|plc|Sàrl|SARL|e\.V\.)$"
)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    langs = Counter(row["language"] for row in ROWS)
    assert 0.45 <= langs["es"] / len(ROWS) <= 0.65
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = _message(row["file"])
    defects = [d for part in message.walk() for d in part.defects]
    assert not defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], name
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == ""
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not NON_HUMAN.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip()
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(_message(row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
