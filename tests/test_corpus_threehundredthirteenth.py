"""Sanity checks of corpus 313 (Rodrigo Albarracín Peña): its labels and its messages.

These check the corpus itself, not the classifier: every file labelled once, kinds and
languages in range, messages well formed, and the contact and company rules of labels.csv.
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

ROOT = Path(__file__).parent / "corpus_threehundredthirteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "rodrigo.albarracin@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifications?|"
                          r"mailer-daemon|alerts?)\b")
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(GmbH|AG|KG|SA|S\.A\.|SL|S\.L\.|S\.L\.U\.|SLU|SAS|SARL|Ltd\.?|Limited|Inc\.?|"
    r"LLC|plc|Lda\.?|e\.V\.|GmbH & Co\. KG)$"
)


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
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
    assert set(counts) == set(LANGUAGES)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"{MAIN_LANGUAGE} is {share:.0%} of the corpus"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"only {counts[language]} messages in {language}"


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/", 1)[0] == row["kind"], "folder must be the kind"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [d for part in message.walk() for d in part.defects]
    assert not defects, defects
    for field in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[field], f"no {field}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not contact.split("@")[-1].endswith(ATS_DOMAINS), "an ATS address is no contact"
    assert not SYSTEM_LOCAL.match(contact), "a no-reply address is no contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    reply_to = addresses(message, "Reply-To")
    if reply_to and not SYSTEM_LOCAL.match(reply_to[0]):
        assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names the hiring company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
