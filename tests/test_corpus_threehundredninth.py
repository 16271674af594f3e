"""Sanity checks of corpus 309 (tests/corpus_threehundredninth): its labels and its messages.

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredninth"
ROWS = read_labels(ROOT)
CANDIDATE = "marina.quiroga@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_MARKS = ("no-reply", "noreply", "donotreply", "do-not-reply", "ne-pas-repondre",
                "notification", "alerts", "mailer-daemon", "newsletter")
LEGAL_FORMS = re.compile(
    r"(?:^|[\s,])(?:GmbH|AG|SA|S\.A\.|SL|S\.L\.|SLU|SAU|SAS|SARL|Ltd|Ltd\.|Inc|Inc\.|LLC|PLC|"
    r"DAC|BV|KG|Sagl)(?:$|[\s,])", re.IGNORECASE)


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return any(mark in local for mark in SYSTEM_MARKS) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_is_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
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
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    senders = addresses(msg, "Reply-To", "From")
    if addresses(msg, "From") == [CANDIDATE]:
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower().strip()
    assert contact != CANDIDATE
    assert not is_system(contact), "contact is an ATS or no-reply address"
    assert contact in senders, f"{contact} not in Reply-To/From {senders}"
    assert contact in visible_text(msg)
    human_reply = [a for a in addresses(msg, "Reply-To") if not is_system(a)]
    if human_reply:
        assert contact == human_reply[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names the hiring company"
    assert company == company.strip()
    assert not LEGAL_FORMS.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
