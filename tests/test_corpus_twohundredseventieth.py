"""Sanity checks on corpus 270 (Ingrid Okonkwo-Haldane, ports and shipping, en/de/fr/es).

They guard the labels and the written messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventieth"
CANDIDATE = "ingrid.oh@example.no"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
NON_HUMAN_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|no-?responder|ne-pas-repondre|notification|alert|"
    r"mailer-daemon|postmaster|bounce|newsletter"
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|SE|SA|S\.A\.?|SAS|SARL|S\.L\.?|SL|SLU|"
    r"Ltd\.?|Limited|LLP|plc|PLC|Inc\.?|LLC|Corp\.?|B\.?V\.?|N\.?V\.?|AS|ASA)$"
)


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_non_human(address: str) -> bool:
    local, _, domain = address.partition("@")
    ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return ats or bool(NON_HUMAN_LOCAL.search(local))


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert 0.45 <= languages["en"] / len(LABELS) <= 0.65, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, languages


def test_message_ids_unique() -> None:
    ids = Counter(str(message(row["file"])["Message-ID"]).strip() for row in LABELS)
    assert not [mid for mid, n in ids.items() if n > 1]


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"header {name}: {value.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
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
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_non_human(contact), f"{contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names the hiring company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
