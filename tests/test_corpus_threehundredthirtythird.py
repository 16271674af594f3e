"""Sanity checks of corpus 333 (Rodrigo Valdivieso Santamaría): its labels and its messages.

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredthirtythird"
ROWS = read_labels(ROOT)
CANDIDATE = "rodrigo.valdivieso@example.es"
MAIN_LANGUAGE = "es"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notifications?|mailer"
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(GmbH|S\.?A\.?U?\.?|S\.?L\.?U?\.?|SAS|SARL|Ltd\.?|Inc\.?|AG|KG|LLC|Lda\.?|plc|"
    r"gGmbH|e\.\s?V\.)(?:\s|,|$)",
    re.IGNORECASE,
)


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return ats or bool(SYSTEM_LOCAL.search(local))


def is_own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


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


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, share
    for language in LANGUAGES:
        assert counts[language] >= 10, language


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [defect for part in message.walk() for defect in part.defects]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], header
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if is_own(row):
        assert contact == ""
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact)
    assert contact in addresses(message, "Reply-To", "From")
    reply_to = [a for a in addresses(message, "Reply-To") if not is_system(a)]
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To is the contact"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names the hiring company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), company


@for_each([row for row in ROWS if row["kind"] != "other"])
def test_system_senders_have_no_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    humans = [a for a in addresses(message, "Reply-To", "From") if not is_system(a)]
    if not humans:
        assert row["contact"] == ""


def test_unique_message_ids() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
