"""Sanity checks of corpus 306 (Grace Mwangi-Holt): its labels and its messages.

These check the corpus itself, never the classifier.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredsixth"
ROWS = read_labels(ROOT)
CANDIDATE = "grace.mh@example.co.uk"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"no-?reply|do-?not-?reply|notifications?|mailer-daemon|bounce",
                          re.IGNORECASE)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|SAS|SARL|Ltd|Limited|Inc|LLC|plc|KG)\b\.?",
    re.IGNORECASE,
)


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_own(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return ats or bool(SYSTEM_LOCAL.search(local))


def test_every_message_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert len(KINDS) == 7
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _is_own(message):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower() == contact.strip()
    assert contact != CANDIDATE
    assert not _is_system(contact), f"system address as contact: {contact}"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
