"""Sanity checks of corpus 342 (labels and messages), not of the classifier.

The corpus is written blind by make_threehundredfortysecond.py from hand-written specs.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
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

ROOT = Path(__file__).parent / "corpus_threehundredfortysecond"
ROWS = read_labels(ROOT)
CANDIDATE = "siobhan.rautenberg@example.ie"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|ne-pas-repondre|notifications?|donotreply|alerts?)")
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|plc|DAC|KG|UG|SE)\.?$", re.I
)


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
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
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    date = message["Date"].datetime
    assert isinstance(date, datetime) and date.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert row["kind"] == "other" and not contact, "own mail is other, without contact"
    if not contact:
        return
    assert contact == contact.lower() and contact == contact.strip()
    assert contact != CANDIDATE
    local, _, domain = contact.partition("@")
    assert not SYSTEM_LOCAL.match(local), "contact is a system address"
    assert not domain.endswith(ATS_DOMAINS), "contact is an ATS address"
    reply_to = addresses(message, "Reply-To")
    assert contact in reply_to + addresses(message, "From")
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To is the contact"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company, "job mail names its company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), "no legal form"


def test_unique_message_ids() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
