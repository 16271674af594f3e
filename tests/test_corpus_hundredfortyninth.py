"""Sanity checks on corpus 149 (Luca Baumgartner-Rossi, sous-chef moving into food safety).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfortyninth"
CANDIDATE = "luca.br@example.ch"

ROWS: list[dict[str, str]] = read_labels(ROOT)
IDS: list[str] = [row["file"] for row in ROWS]

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?[@.-]|mailer-daemon|bounce|"
    r"@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(\b(?:GmbH|AG|Ltd|Limited|Inc|LLC|plc|SAS|SARL|Sàrl|Sarl|KG|BV|NV|SpA|Genossenschaft)\.?"
    r"|\bS\.\s?[AL]\.?|\bS\.r\.l\.|\s(?:SA|SL))$"
)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _is_own(message: EmailMessage) -> bool:
    return CANDIDATE in addresses(message, "From")


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = sorted(IDS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    langs = Counter(row["language"] for row in ROWS)
    assert set(kinds) <= KINDS
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert set(langs) <= LANGUAGES
    for row in ROWS:
        assert row["file"].split("/")[0] == row["kind"], row["file"]
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.35 <= langs["de"] / len(ROWS) <= 0.55
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(IDS)
def test_message_is_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, f"{rel}: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{rel}: no {name}"
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{rel}: no text"


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if _is_own(message):
        assert contact == "", f"{row['file']}: the candidate's own mail has no contact"
        assert row["kind"] == "other", row["file"]
    if not contact:
        return
    assert contact == contact.lower(), row["file"]
    assert contact != CANDIDATE, row["file"]
    assert not SYSTEM_ADDRESS.search(contact), f"{row['file']}: {contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), row["file"]
    assert contact in visible_text(message), row["file"]


@for_each(ROWS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row["file"]
    else:
        assert company.strip(), row["file"]
        assert company == company.strip(), row["file"]
        assert not LEGAL_FORM.search(company), f"{row['file']}: legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in IDS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates
