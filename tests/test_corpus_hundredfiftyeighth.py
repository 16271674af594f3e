"""Sanity checks for corpus 158 (Théo Lacombe-Mendes, cellar worker turned planner).

These tests guard the hand-written labels and the messages' structure, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftyeighth"
CANDIDATE = "theo.lm@example.fr"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?@|mailer-daemon|postmaster"
    r"|alertes?@|newsletter@|digest@"
    r"|@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:\s|,)(?:GmbH|AG|SA|S\.A\.|SAS|SASU|SARL|SL|S\.L\.|SLU|Ltd\.?|Limited|Inc\.?|LLC|BV|B\.V\."
    r"|NV|N\.V\.|SpA|Lda|eG|KG|plc|SCA|SCOP)$"
)
LABELS = read_labels(ROOT)


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(LABELS)
def test_message_parses(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], name
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text" and part.get_content_subtype() != "calendar"]
    assert any(text.strip() for text in texts)


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
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


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip() == company != ""
        assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in LABELS]
    assert len(ids) == len(set(ids))
