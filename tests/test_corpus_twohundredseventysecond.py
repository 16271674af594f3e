"""Sanity checks on corpus 272 (Rocío Bianchi-Mendoza, cashier moving into HR administration).

They guard the labels and the message files of the corpus, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from functools import cache
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

ROOT = Path(__file__).parent / "corpus_twohundredseventysecond"
CANDIDATE = "rocio.bm@example.es"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?[-@.]|mailer-daemon|bounces?[-@+]|^alerts?@)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.(?:eu|com)|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"[\s,](?:gmbh|ag|kg|se|sa|s\.a\.?|sl|s\.l\.?|slu|s\.l\.u\.?|sas|sarl|s\.a\.r\.l\.?"
    r"|ltd\.?|limited|inc\.?|llc|plc|e\.v\.|s\.?\s?coop\.?)$",
    re.IGNORECASE,
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_every_kind_is_present_in_useful_numbers() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.45 <= counts["es"] / len(LABELS) <= 0.65
    for language in LANGUAGES:
        assert counts[language] >= 10, language


def test_message_ids_are_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in LABELS]
    assert len(ids) == len(set(ids))


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for name in REQUIRED_HEADERS:
        assert msg[name] is not None and str(msg[name]).strip(), f"missing {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(msg, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert not ATS_DOMAIN.search(contact), f"{contact} is an ATS address"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip() == company and company, "job mail names its company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
