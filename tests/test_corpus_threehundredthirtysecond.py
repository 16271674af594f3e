"""Sanity checks of the blind corpus 332 (Solène Marchetti-Baudry, teacher moving into
instructional design): its labels and its messages, not the classifier."""

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

ROOT = Path(__file__).parent / "corpus_threehundredthirtysecond"
ROWS = read_labels(ROOT)
CANDIDATE = "solene.mb@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
NOT_HUMAN = re.compile(r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notification|mailer")
LEGAL_FORM = re.compile(
    r"\b(GmbH|SA|S\.A\.|SAS|SARL|Sàrl|S\.L\.|SL|SLU|Ltd|Inc|AG|LLC|SpA|S\.p\.A\.|Srl|SE|KG|"
    r"plc)(\b|$)"
)


def test_every_message_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]


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
        assert counts[language] >= 10, f"{language}: only {counts[language]} messages"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
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
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    sender = addresses(message, "From")
    if sender == [CANDIDATE]:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not any(contact.endswith(domain) for domain in ATS_DOMAINS), "ATS address"
    assert not NOT_HUMAN.search(contact), "system address"
    assert contact in addresses(message, "Reply-To", "From"), "not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` has no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "legal form in company"


def test_unique_message_ids() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
