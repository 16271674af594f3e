"""Sanity checks on corpus 148 (Ciarán Walsh-Adebayo's hand-written, blind-labelled mailbox).

They guard the labels and the message files, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_hundredfortyeighth"
CANDIDATE = "ciaran.wa@example.ie"

SYSTEM_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?|alerts?"
    r"|newsletter",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com",
    "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|AG|SA|S\.A\.?|S\.L\.?|SL|SLU|Ltd\.?|Limited|Inc\.?|SAS|SARL|LLC"
    r"|plc|PLC|DAC|B\.?V\.?|N\.?V\.?|KG|UG|e\.V\.|S\.p\.A\.)$"
)

LABELS = read_labels(ROOT)
FILES = [row["file"] for row in LABELS]


def is_system_address(addr: str) -> bool:
    """A no-reply, notification or ATS sending address: nobody reads replies to it."""
    local, _, domain = addr.partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == KINDS
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.50 <= counts["en"] / len(LABELS) <= 0.70
    for lang in LANGUAGES:
        assert counts[lang] >= 10, lang


@for_each(FILES)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == ""
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company != ""
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
