"""Sanity checks on corpus 159 (Rhiannon Pryce-Okoro, bus driver to transport planner).

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

ROOT = Path(__file__).parent / "corpus_hundredfiftyninth"
CANDIDATE = "rhiannon.po@example.co.uk"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|no-responder|notification|notificaciones"
    r"|benachrichtigung|alerts?@|newsletter|mailer-daemon|calendar-)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Limited|Inc|LLC|PLC|B\.V\.|BV|KG|e\.V\.)\.?$",
    re.IGNORECASE,
)

ROWS = read_labels(ROOT)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _text_parts(message: EmailMessage) -> list[str]:
    return [str(part.get_content()) for part in message.walk()
            if part.get_content_maintype() == "text"]


def test_every_file_labelled_once() -> None:
    labelled = sorted(row["file"] for row in ROWS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == {
        "rejection", "interview_invitation", "interview_reschedule_or_cancel",
        "missed_interview_notice", "application_received", "offer", "other",
    }
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.50 <= languages["en"] / len(ROWS) <= 0.70
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, language


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = _message(row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], name
    assert message["Date"].datetime.year == 2026
    assert any(text.strip() for text in _text_parts(message))


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
    ids = [str(_message(row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
