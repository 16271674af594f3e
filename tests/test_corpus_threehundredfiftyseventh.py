"""Sanity checks of the threehundredfiftyseventh blind corpus: its labels and its messages.

These check the corpus itself (labels, structure, label rules), never the classifier.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredfiftyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "gonzalo.urquiza@example.es"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_WORDS = ("noreply", "no-reply", "donotreply", "do-not-reply", "notifications@")
LEGAL_FORMS = frozenset({"gmbh", "sa", "s.a.", "s.l.", "sl", "slu", "s.l.u.", "sas", "ltd",
                         "ltd.", "limited", "inc", "inc.", "ag", "sarl", "s.a.u.", "plc", "llp",
                         "e.u.", "kg", "og"})


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def is_own(msg: EmailMessage) -> bool:
    return addresses(msg, "From") == [CANDIDATE]


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
    assert row["file"].split("/", 1)[0] == row["kind"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert 0.40 <= counts["es"] / len(ROWS) <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, counts


@for_each(ROWS)
def test_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header] is not None, f"no {header}"
        assert not msg[header].defects, f"{header}: {msg[header].defects}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in msg.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    if is_own(msg):
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not any(domain in contact for domain in ATS_DOMAINS), "ATS address as contact"
    assert not any(word in contact for word in SYSTEM_WORDS), "system address as contact"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg)
    reply_to = addresses(msg, "Reply-To")
    if reply_to and not any(d in reply_to[0] for d in ATS_DOMAINS):
        assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company, "job mail names the hiring company"
    assert company == company.strip()
    assert not set(re.split(r"[\s,]+", company.lower())) & LEGAL_FORMS, "legal form in company"


def test_message_ids_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
