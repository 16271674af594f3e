"""Sanity checks of corpus 335 (Seun Adebayo-Clarke, school lab to food/cosmetics QC).

These check the labels and the messages themselves, never the classifier.
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

ROOT = Path(__file__).parent / "corpus_threehundredthirtyfifth"
ROWS = read_labels(ROOT)
CANDIDATE = "seun.adebayo@example.co.uk"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|donotreply|do-not-reply|ne-pas-repondre|notifications?|alerts?|mailer|"
    r"bounce|newsletter)", re.IGNORECASE)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(GmbH|AG|SA|S\.A\.|SL|S\.L\.|S\.L\.U\.|SAS|SARL|Ltd\.?|Limited|Inc\.?|LLC|plc|KG|"
    r"UG|e\.V\.|BV|NV|SpA|Srl)$", re.IGNORECASE)


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    in_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return in_ats or bool(SYSTEM_LOCAL.match(local))


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language(row: dict[str, str]) -> None:
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
    assert set(counts) == set(LANGUAGES)
    assert 0.40 <= counts[MAIN_LANGUAGE] / len(ROWS) <= 0.60
    assert all(n >= 10 for n in counts.values()), counts


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"{part.get_content_type()}: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    own = addresses(message, "From") == [CANDIDATE]
    contact = row["contact"]
    if own:
        assert row["kind"] == "other" and not contact
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
