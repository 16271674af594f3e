"""Sanity checks of the 326th blind corpus: its labels and its messages (not the classifier)."""

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

ROOT = Path(__file__).parent / "corpus_threehundredtwentysixth"
ROWS = read_labels(ROOT)
CANDIDATE = "tobias.ek@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM = re.compile(r"no-?reply|do-?not-?reply|notification|mailer-daemon")
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|SAS|SARL|S\.A\.|S\.L\.|SL|Ltd|Inc|LLC|plc|eG|KG|SE|e\.V\.|S\. Coop\.)"
    r"(?=\W|$)")


def test_every_message_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
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
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if addresses(message, "From") == [CANDIDATE]:
        assert row["kind"] == "other" and not contact, "own mail is other with no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not contact.endswith(ATS_DOMAINS), "contact is an ATS address"
    assert not SYSTEM.search(contact), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    reply_to = addresses(message, "Reply-To")
    if reply_to and not SYSTEM.search(reply_to[0]):
        assert contact == reply_to[0], "a human Reply-To is the contact"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert not company, "company on other"
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
