"""Sanity checks of the 327th blind corpus (labels and messages), not of the classifier."""

from __future__ import annotations

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

ROOT = Path(__file__).parent / "corpus_threehundredtwentyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "priyanka.r@example.co.uk"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = frozenset({
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
})
SYSTEM_WORDS = ("noreply", "no-reply", "donotreply", "do-not-reply", "ne-pas-repondre",
                "no-responder", "notifications", "mailer-daemon")
LEGAL_FORMS = frozenset({"gmbh", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "ag", "sa", "s.a.",
                         "sl", "s.l.", "sas", "sarl", "bv", "b.v.", "kg", "co.", "se"})


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
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
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, share
    assert all(counts[lang] >= 10 for lang in LANGUAGES), counts


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "" and row["kind"] == "other", "own mail"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, _, domain = contact.partition("@")
    assert domain not in ATS_DOMAINS, "ATS address as contact"
    assert not any(word in local for word in SYSTEM_WORDS), "system address as contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    words = company.lower().replace(",", " ").split()
    assert not LEGAL_FORMS.intersection(words), "legal form in company"


def test_unique_message_ids() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
