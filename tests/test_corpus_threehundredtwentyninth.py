"""Sanity checks of the threehundredtwentyninth corpus: its labels and messages, not the classifier.

The corpus (tests/corpus_threehundredtwentyninth/) was written blind; these tests only check
that each file is well formed and that every label follows the label rules.
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

ROOT = Path(__file__).parent / "corpus_threehundredtwentyninth"
ROWS = read_labels(ROOT)
CANDIDATE = "inma.berrocal@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|notifications?|mailer|alerts?|alertas"
                          r"|avisos|notificaciones|news|newsletter|bounce)\b")
LEGAL_FORM = re.compile(
    r"\b(GmbH|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|Ltd|Inc|AG|KG|SE|LLC|plc|Lda)\.?$", re.IGNORECASE)


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return (any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
            or bool(SYSTEM_LOCAL.match(local)))


def test_every_message_is_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(ROWS) >= 140
    assert sorted(labelled) == files
    assert len(set(labelled)) == len(labelled)


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
    assert set(counts) == set(LANGUAGES)
    assert 0.40 <= counts[MAIN_LANGUAGE] / len(ROWS) <= 0.60
    assert all(counts[lang] >= 10 for lang in LANGUAGES)


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "" and row["kind"] == "other", "her own mail"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), "an ATS or no-reply address"
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
    assert not LEGAL_FORM.search(company), "legal form in company"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    assert len(set(ids)) == len(ids)
