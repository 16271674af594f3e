"""Sanity checks on corpus 155 (Élodie Vandamme-Reyes, receptionist to office manager).

They guard the hand-written labels and the form of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftyfifth"
CANDIDATE = "elodie.vr@example.be"

NO_REPLY = re.compile(
    r"(no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|no-?responder|notifications?"
    r"|mailer-daemon|postmaster|bounces?|alerts?@|jobagent@|digest@|newsletter@)",
    re.IGNORECASE,
)
ATS_DOMAINS = re.compile(
    r"@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
    r"|teamtailor\.com|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|SA|SAS|SARL|SE|NV|BV|SRL|SPRL|SCRL|KG|OHG|LLC|LLP|Ltd|Inc|Corp|plc|SL|SLU"
    r"|SLP|PartG(?: mbB)?)\.?|\bS\.(A|L|L\.P|A\.S|à r\.l)\.|\bB\.V\.|\bN\.V\.|\bS\.p\.A\.)$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")

ROWS = read_labels(ROOT)
ROW_IDS = [row["file"] for row in ROWS]


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_own(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(ROW_IDS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS) and len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in ROWS)
    assert 0.30 <= languages["fr"] / len(ROWS) <= 0.50
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, (row["file"], part.get_content_type(), part.defects)
    for header in REQUIRED_HEADERS:
        assert message[header], (row["file"], header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _is_own(message):
        assert contact == "" and row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not NO_REPLY.search(contact), row
    assert not ATS_DOMAINS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
    else:
        assert company.strip() == company and company, row
        assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates
