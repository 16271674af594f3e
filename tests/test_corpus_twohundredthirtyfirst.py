"""Sanity checks on corpus 231 (Maëlys Okafor-Brandt, pastry chef to food safety auditor).

They guard the labels and the files of the corpus, not the classifier: every message is
labelled once, parses cleanly and carries a contact and company that follow the labelling rules.
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

ROOT = Path(__file__).parent / "corpus_twohundredthirtyfirst"
CANDIDATE = "maelys.ob@example.fr"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|ne-?pas-?r[eé]pondre|notifications?|mailer-daemon|postmaster|"
    r"bounces?|alerts?)",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(GmbH|AG|SA|S\.A\.?|SAS|SARL|S\.?L\.?|SLU|Ltd\.?|Limited|Inc\.?|LLC|BV|NV|"
    r"SE|KG|plc|PLC|S\.?p\.?A\.?|Sàrl|e\.?V\.?|SCA|SNC|Co\.?)$"
)


def is_system_address(address: str) -> bool:
    local, _, domain = address.partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    share_fr = languages["fr"] / len(LABELS)
    assert 0.40 <= share_fr <= 0.60, f"French share {share_fr:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"only {languages[language]} messages in {language}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates


@for_each(LABELS)
def test_label_values_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026, str(message["Date"])
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_follows_the_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_follows_the_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` has no company"
        return
    assert company.strip() == company and company, "job mail names its employer"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
