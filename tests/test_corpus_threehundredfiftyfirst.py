"""Sanity checks of corpus_threehundredfiftyfirst: its labels and messages (not the classifier).

The corpus is written blind and built by
tests/corpus_threehundredfiftyfirst/make_threehundredfiftyfirst.py; see its README.md.
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

ROOT = Path(__file__).parent / "corpus_threehundredfiftyfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "henrike.vasquez@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = frozenset({
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
})
SYSTEM_LOCAL = re.compile(r"(no-?reply|donotreply|do-not-reply|notifications?|mailer-daemon|"
                          r"alerts?|newsletter)", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SE|KG|OHG|e\.K\.|SA|SAS|SARL|S\.L\.|S\.A\.|SL|Ltd|Inc|LLC|"
                        r"s\.r\.o\.|mbH|Co\.)(?=\W|$)")


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"kinds present: {sorted(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert set(counts) <= LANGUAGES
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must equal kind"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if addresses(message, "From") == [CANDIDATE]:
        assert contact == "", "own mail has no contact"
        assert row["kind"] == "other", "own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, domain = contact.split("@")
    assert domain not in ATS_DOMAINS, "contact is an ATS address"
    assert not SYSTEM_LOCAL.search(local), "contact is a no-reply/system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    reply_to = addresses(message, "Reply-To")
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To is the contact"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "company without legal form"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
