"""Sanity checks of the threehundredthirtyninth corpus: its labels and messages, not the classifier.

The corpus is built by tests/corpus_threehundredthirtyninth/make_threehundredthirtyninth.py.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredthirtyninth"
ROWS = read_labels(ROOT)
CANDIDATE = "franziska.oberhuber@example.at"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|do-?not-?reply|newsletter|notification|mailer-daemon|"
                          r"bounce|^alerts?$")
LEGAL_FORM = re.compile(r"(?i)\b(gmbh|ag|kg|og|e\.\s?v|sa|s\.a|sl|s\.l|s\.l\.u|sas|sarl|sàrl|"
                        r"ltd|limited|inc|llc|plc|se|co\.?\s?kg)\.?$")


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return domain in ATS_DOMAINS or domain.endswith(tuple("." + d for d in ATS_DOMAINS)) \
        or bool(SYSTEM_LOCAL.search(local))


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"])


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
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], f"no {header}"
    date = msg["Date"].datetime
    assert isinstance(date, datetime) and date.year == 2026
    assert date.utcoffset() is not None
    texts = [p.get_content() for p in msg.walk()
             if p.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    senders = addresses(msg, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is an ATS or no-reply address"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)
    reply_to = addresses(msg, "Reply-To")
    human_reply_to = [a for a in reply_to if not is_system(a) and a != CANDIDATE]
    if human_reply_to:
        assert contact == human_reply_to[0], "a human Reply-To comes first"


@for_each(ROWS)
def test_no_contact_from_system_senders(row: dict[str, str]) -> None:
    msg = message(row)
    values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
    everyone = [a.lower() for _, a in getaddresses(values) if a]
    if all(is_system(a) or a == CANDIDATE for a in everyone):
        assert row["contact"] == ""


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert "  " not in company
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_unique_message_ids() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates


def test_threads_resolve() -> None:
    """Every In-Reply-To of a corpus message names a message that is also in the corpus
    or a forwarded/quoted one; at least a few real threads exist."""
    ids = {str(message(row)["Message-ID"]).strip() for row in ROWS}
    replies = [str(message(row)["In-Reply-To"]).strip() for row in ROWS
               if message(row)["In-Reply-To"]]
    assert len(replies) >= 20
    assert all(reply in ids for reply in replies)
