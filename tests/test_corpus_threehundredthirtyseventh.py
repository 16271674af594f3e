"""Sanity checks of corpus 337 (Ainhoa Urrutia Belaustegi): its labels and its messages.

These check the corpus itself, never the classifier.
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

ROOT = Path(__file__).parent / "corpus_threehundredthirtyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "ainhoa.urrutia@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notific|mailer|"
                          r"newsletter|alert|digest|bounce")
LEGAL_FORMS = {"gmbh", "sa", "s.a.", "sl", "s.l.", "slu", "s.l.u.", "sas", "sarl", "ltd",
               "ltd.", "limited", "inc", "inc.", "ag", "plc", "llc", "kg", "se"}


def is_system(address: str) -> bool:
    """An ATS or no-reply sending address, never a person to answer."""
    local, _, domain = address.partition("@")
    return domain.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.search(local))


def is_own(row: dict[str, str]) -> bool:
    """Mail the candidate sent herself."""
    return CANDIDATE in addresses(parse_eml(ROOT, row["file"]), "From")


def test_every_message_labelled_exactly_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


def test_kind_and_language_valid_and_folder_is_kind() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), counts
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert 0.40 <= counts[MAIN_LANGUAGE] / len(ROWS) <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, counts


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    if is_own(row):
        assert contact == "" and row["kind"] == "other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    human_reply_to = [a for a in addresses(message, "Reply-To") if not is_system(a)]
    if human_reply_to:
        assert contact == human_reply_to[0], "a human Reply-To comes first"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    words = {word.lower().strip(",") for word in company.split()}
    assert not words & LEGAL_FORMS, company


def test_job_mail_from_a_person_has_a_contact() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            continue
        message = parse_eml(ROOT, row["file"])
        people = [a for a in addresses(message, "Reply-To", "From") if not is_system(a)]
        assert bool(row["contact"]) == bool(people), row


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
