"""Sanity checks of corpus 301 (tests/corpus_threehundredfirst): its labels and its messages.

These check the corpus itself (labels consistent with the messages, messages well formed),
never the classifier.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "lucia.benitez@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"(no-?reply|noreply|donotreply|do-not-reply|no-responder|mailer-daemon)")
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SAS|SARL|S\.A\.U?\.?|SA|SAU|S\.L\.U?\.?|SL|SLU|Ltd|Inc|LLC|plc|DAC|KG|UG|e\.V\.)"
    r"(?=\s|$|[.,])"
)


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS
    )


def test_every_message_labelled_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(ROWS) >= 140
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/", 1)[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"{MAIN_LANGUAGE} share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: {counts[language]}"


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
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    sender = addresses(message, "From")
    if CANDIDATE in sender:
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "no contact on the candidate's own mail"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is an ATS / no-reply address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    replies = [a for a in addresses(message, "Reply-To") if not is_system(a)]
    if replies:
        assert contact == replies[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "no company on other"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


@for_each(ROWS)
def test_job_mail_without_contact_is_from_a_system(row: dict[str, str]) -> None:
    if row["kind"] == "other" or row["contact"]:
        return
    message = parse_eml(ROOT, row["file"])
    senders = addresses(message, "Reply-To", "From")
    assert senders and all(is_system(address) for address in senders), senders


def test_message_ids_unique() -> None:
    seen: dict[str, str] = {}
    for row in ROWS:
        message_id = str(parse_eml(ROOT, row["file"])["Message-ID"]).strip()
        assert message_id not in seen, f"{row['file']} repeats {seen.get(message_id)}"
        seen[message_id] = row["file"]
