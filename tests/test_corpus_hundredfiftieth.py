"""Sanity checks on corpus 150 (Nerea Olaizola-Brandt, tour guide moving into event management).

They guard the labels and the well-formedness of the hand-written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftieth"
CANDIDATE = "nerea.ob@example.es"

SEVEN_KINDS = frozenset({
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
})

# addresses nobody answers: no-reply style local parts, notification robots, ATS systems
SYSTEM_ADDRESS = re.compile(
    r"^[^@]*(no-?reply|donotreply|do-not-reply|ne-pas-repondre)[^@]*@"
    r"|^(notifications?|alerts?|mailer-daemon|postmaster|bounces?)@"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)

LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|sa|s\.a\.?|s\.l\.?|sl|slu|s\.l\.u\.?|ltd\.?|limited|inc\.?|sas|sarl"
    r"|llc|plc|kg|og|e\.u\.|dac|lda\.?|bv|nv|se|co\.)$"
)

ROWS = read_labels(ROOT)
FILES = [row["file"] for row in ROWS]


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(FILES) == len(set(FILES)), "a file is labelled twice"
    assert sorted(FILES) == on_disk
    assert len(FILES) >= 140


def test_kinds_and_languages_are_valid() -> None:
    assert SEVEN_KINDS <= KINDS
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share_es = languages["es"] / len(ROWS)
    assert 0.45 <= share_es <= 0.65, share_es
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, (language, languages[language])


@for_each(FILES)
def test_message_is_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (rel, name)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not SYSTEM_ADDRESS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company and company, row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert all(ids)
    assert len(ids) == len(set(ids))
