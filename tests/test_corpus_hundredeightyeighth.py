"""Sanity checks on corpus 188 (Baptiste Keller-Ouattara, shelf stacker to catalogue assistant).

They guard the labels and the form of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredeightyeighth"
CANDIDATE = "baptiste.ko@example.fr"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com",
    "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|notify|alerts?|"
    r"mailer-daemon|postmaster|bounces?|automated|system)($|[._+-])"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,]+(gmbh|gmbh\s*&\s*co\.?\s*kg|ag|kg|ug|e\.\s?k\.|sa|s\.a\.?|sas|sasu|sarl|srl|"
    r"sprl|bv|b\.v\.?|nv|n\.v\.?|ltd\.?|limited|inc\.?|llc|plc|sl|s\.l\.?|slu|s\.l\.u\.?|"
    r"spa|s\.p\.a\.?)$"
)

ROWS = read_labels(ROOT)


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.search(local))


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["fr"] / len(ROWS) <= 0.60, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, languages


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for field in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[field], (row["file"], field)
    assert message["Date"].datetime.year == 2026, row["file"]
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
        return
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not _is_system(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company != "", row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
