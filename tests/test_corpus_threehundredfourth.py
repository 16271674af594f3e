"""Sanity checks of the threehundredfourth blind corpus: its labels and its messages.

These check the corpus itself (labels, well-formed mail, label rules), never the classifier.
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

ROOT = Path(__file__).parent / "corpus_threehundredfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "oceane.ln@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL_PARTS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
                      "ne-pas-repondre", "mailer-daemon")
LEGAL_FORM = re.compile(r"\b(GmbH|SA|SAS|S\.A|S\.L|SL|Ltd|Inc|AG|SARL|Sàrl|SE|NV|BV|LLP|KG|"
                        r"SCA|plc|LLC|mbH)\b")


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_is_labelled_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert set(counts) <= set(LANGUAGES)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    senders = addresses(msg, "From")
    if senders and senders[0] == CANDIDATE:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not contact.endswith(ATS_DOMAINS), "contact is an ATS address"
    assert not contact.split("@")[0].startswith(SYSTEM_LOCAL_PARTS), "contact is a system one"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
