"""Sanity checks for corpus 198 (Paloma Whitfield-Ccori, Cusco stall vendor to inventory analyst).

These tests guard the hand-written labels and the message files, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetyeighth"
CANDIDATE = "paloma.wc@example.pe"

SEVEN_KINDS = frozenset(
    {
        "rejection",
        "interview_invitation",
        "interview_reschedule_or_cancel",
        "missed_interview_notice",
        "application_received",
        "offer",
        "other",
    }
)
SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|no-?responder|notifications?@|mailer-daemon|postmaster"
    r"|bounce|alerts?@|newsletter@|digest@"
    r"|myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com"
    r"|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:\b(?:GmbH|AG|KG|SE|S\.?A\.?C?\.?|S\.?L\.?|S\.?A\.?S\.?|S\.?R\.?L\.?|E\.?I\.?R\.?L\.?"
    r"|Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Co\.|plc|inc\.|ltée)|e\.V\.)\s*$",
)

ROWS: list[dict[str, str]] = read_labels(ROOT)
IDS: list[str] = [row["file"] for row in ROWS]


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_own(message: EmailMessage) -> bool:
    return CANDIDATE in addresses(message, "From")


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = sorted(IDS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    assert SEVEN_KINDS <= KINDS
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.45 <= languages["es"] / len(ROWS) <= 0.65
    for lang in ("en", "de", "fr", "es"):
        assert languages[lang] >= 10, lang


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], name
        assert not getattr(message[name], "defects", ()), name
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _is_own(message):
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
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip() == company != ""
        assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
