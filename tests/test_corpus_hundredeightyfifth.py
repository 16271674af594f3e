"""Sanity checks on corpus 185 (Ottilie Brandstätter-Nwosu, 165 hand-written messages).

They guard the labels and the message files, not the classifier: a failure here means the
corpus is wrong, never that the assistant is.
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

ROOT = Path(__file__).parent / "corpus_hundredeightyfifth"
CANDIDATE = "ottilie.bn@example.at"

EXPECTED_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?"
    r"|^alerts?@|^alertas@|^digest@|^newsletter@|^jobagent@|^jobmail@)",
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com",
    "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|gGmbH|AG|SA|S\.A\.|SL|S\.L\.|SLU|Ltd\.?|Inc\.?|SAS|SARL|LLC|KG|OG"
    r"|eGen|e\.U\.|Gen\.m\.b\.H\.|d\.o\.o\.|S\.à r\.l\.|plc|B\.V\.|N\.V\.)$",
)

ROWS = read_labels(ROOT)
FILES = [row["file"] for row in ROWS]


def _row(rel: str) -> dict[str, str]:
    return next(row for row in ROWS if row["file"] == rel)


def _is_system(address: str) -> bool:
    domain = address.rsplit("@", 1)[-1]
    return bool(SYSTEM_ADDRESS.search(address)) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(set(FILES)) == len(FILES)
    assert len(FILES) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["kind"] in EXPECTED_KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == EXPECTED_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["de"] / len(ROWS) <= 0.60
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, language


@for_each(FILES)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(FILES)
def test_contact_rules(rel: str) -> None:
    row = _row(rel)
    message = parse_eml(ROOT, rel)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", rel
        assert row["kind"] == "other", rel
        return
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not _is_system(contact), (rel, contact)
    assert contact in addresses(message, "Reply-To", "From"), (rel, contact)
    assert contact in visible_text(message), (rel, contact)


@for_each(FILES)
def test_company_rules(rel: str) -> None:
    row = _row(rel)
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
        return
    assert company.strip() == company and company, rel
    assert not LEGAL_FORM.search(company), (rel, company)


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(set(ids)) == len(ids)
