"""Sanity checks for corpus 184 (Eleanor Wójcik-Adeyemi, dispenser to regulatory affairs).

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

ROOT = Path(__file__).parent / "corpus_hundredeightyfourth"
CANDIDATE = "eleanor.wa@example.co.uk"

SEVEN = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
MACHINE = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|mailer-daemon|bounce|alerts?@"
    r"|@(?:[\w.-]+\.)?(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|SAS|SARL|Ltd\.?|Limited|Inc\.?|LLC|plc|KG"
    r"|SE|BV|NV|DAC|S\.p\.A\.)$",
    re.IGNORECASE,
)

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(FILES) == len(set(FILES)), "a file is labelled twice"
    assert sorted(FILES) == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_valid() -> None:
    assert SEVEN <= KINDS
    for row in ROWS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == SEVEN
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share_en = languages["en"] / len(ROWS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(FILES)
def test_message_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, f"{rel}: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{rel}: no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{rel}: no text"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not MACHINE.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company and company
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert all(ids)
    assert len(ids) == len(set(ids))
