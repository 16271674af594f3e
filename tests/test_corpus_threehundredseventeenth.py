"""Sanity checks of the 317th blind corpus (its labels and messages), not of the classifier.

The corpus is built by tests/corpus_threehundredseventeenth/make_threehundredseventeenth.py.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredseventeenth"
ROWS = read_labels(ROOT)
CANDIDATE = "ines.villanueva@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
NO_REPLY = re.compile(r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notifications?@")
LEGAL_FORMS = {"gmbh", "sa", "s.a.", "sl", "s.l.", "slu", "s.l.u.", "sau", "s.a.u.", "sas",
               "sarl", "ltd", "ltd.", "inc", "inc.", "ag", "llc", "lda", "plc", "bv", "se", "kg"}


def test_every_message_is_labelled_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(ROWS) >= 140
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


@for_each(ROWS)
def test_kind_and_language_are_valid_and_folder_is_kind(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]
    assert (ROOT / row["file"]).is_file()


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
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
        assert not getattr(message[header], "defects", ()), header
    assert message["date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if senders and senders[0] == CANDIDATE:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert contact in addresses(message, "Reply-To", "From")
    domain = contact.partition("@")[2]
    assert not domain.endswith(ATS_DOMAINS), "an ATS address is not a contact"
    assert not NO_REPLY.search(contact), "a no-reply address is not a contact"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    tokens = {token.strip(",").lower() for token in company.split()}
    assert not tokens & LEGAL_FORMS, company


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["message-id"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
