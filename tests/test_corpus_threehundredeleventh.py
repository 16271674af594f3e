"""Sanity checks of corpus 311 (Johanna Freitag): its labels and its messages, not the classifier.

The corpus is built by tests/corpus_threehundredeleventh/make_threehundredeleventh.py.
"""

from __future__ import annotations

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredeleventh"
ROWS: list[dict[str, str]] = read_labels(ROOT)
CANDIDATE = "johanna.freitag@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_MARKERS = ("noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon",
                  "notifications@", "newsletter@", "alerts@")
LEGAL_FORMS = frozenset({"gmbh", "ag", "se", "kg", "sa", "s.a.", "s.l.", "sl", "sas", "sarl",
                         "ltd", "ltd.", "inc", "inc.", "llc", "plc", "e.v.", "s.a.u.", "eg",
                         "gmbh & co. kg", "co.", "kgaa"})


def test_every_message_is_labelled_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS) and len(KINDS) == 7
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
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (name, value.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    own = addresses(message, "From") == [CANDIDATE]
    if own:
        assert not contact, "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not contact.endswith(ATS_DOMAINS), "an ATS address is no contact"
    assert not any(marker in contact for marker in SYSTEM_MARKERS), "a system address"
    replies = addresses(message, "Reply-To")
    senders = addresses(message, "From")
    assert contact in replies + senders
    if replies and contact not in replies:
        assert all(r.endswith(ATS_DOMAINS) or any(m in r for m in SYSTEM_MARKERS)
                   for r in replies), "a human Reply-To wins over From"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert not company, "other mail has no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    words = company.lower().replace(",", " ").split()
    assert not LEGAL_FORMS.intersection(words), f"legal form in {company!r}"
    assert company.lower() not in LEGAL_FORMS


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    assert len(ids) == len(set(ids))
