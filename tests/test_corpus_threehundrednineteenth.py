"""Sanity checks of corpus 319 (its labels and messages), not of the classifier.

The corpus is built by tests/corpus_threehundrednineteenth/make_threehundrednineteenth.py.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundrednineteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "f.lammersdorf@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|mailer-daemon|notifications?)\b")
LEGAL_FORM = re.compile(
    r"(?i)(\bgmbh\b|\bag\b|\bs\.?a\.?s?\b|\bs\.l\.?\b|\bltd\b|\binc\b|\bkg\b|\bse\b|\bplc\b|"
    r"\bsàrl\b|\bsarl\b|\bgesmbh\b|\be\.v\.|\bs\.r\.l\.?\b|\bllc\b|\bug\b)"
)


def _is_own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_message_is_labelled_exactly_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


def test_kind_and_language_are_valid_and_folder_is_kind() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), counts
    assert counts["other"] >= 40, counts
    assert counts["rejection"] >= 25, counts


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, counts


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    if _is_own(row):
        assert row["kind"] == "other" and not contact, "own mail is other without contact"
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert contact in addresses(message, "Reply-To", "From")
    assert not contact.split("@")[1].endswith(ATS_DOMAINS), "ATS address as contact"
    assert not SYSTEM_LOCAL.match(contact), "system address as contact"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert not company, "other has no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
