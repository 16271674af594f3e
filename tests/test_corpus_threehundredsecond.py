"""Sanity checks of the threehundredsecond corpus: its labels and its messages, not the classifier.

The corpus (tests/corpus_threehundredsecond/) was written blind; these checks only make sure the
labels follow the label rules and every message is a well-formed mail.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredsecond"
ROWS = read_labels(ROOT)
CANDIDATE = "ros.achterberg@example.nl"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|notifications?|mailer|bounce")
LEGAL_FORMS = frozenset({
    "gmbh", "ggmbh", "ag", "sa", "s.a.", "sl", "s.l.", "s.l.u.", "sas", "sarl", "ltd", "ltd.",
    "inc", "inc.", "llc", "plc", "bv", "b.v.", "nv", "n.v.", "kg", "e.v.", "se",
})


def message_of(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, share
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = message_of(row)
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = message_of(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is a system address"
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
    words = {word.lower().strip(",") for word in company.split()}
    assert not words & LEGAL_FORMS, f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message_of(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
