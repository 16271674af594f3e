"""Sanity checks on corpus 220 (blind, hand-written: Henrietta Oyelaran-Voss, events).

They guard the labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentieth"
CANDIDATE = "henrietta.ov@example.at"
LABELS = read_labels(ROOT)

Row = dict[str, str]

SYSTEM_ADDRESS = re.compile(
    r"no-?reply|do-?not-?reply|notification|mailer|bounce|automated|alerts?@"
    r"|@(?:[\w.-]+\.)?(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:\b(?:GmbH|AG|KG|OG|SE|SA|SAS|SARL|SL|SLU|Ltd|Limited|Inc|LLC|LLP|plc|BV|NV|Srl|SpA)"
    r"|\bS\.A\.?|\bS\.L\.?|\be\.U\.|\bm\.b\.H\.|\bS\.r\.l\.?|\bS\.p\.A\.?)\.?$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_own(msg: EmailMessage) -> bool:
    return CANDIDATE in addresses(msg, "From")


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, f"too few messages in {language}"


@for_each(LABELS)
def test_kind_language_and_folder(row: Row) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder differs from kind"


@for_each(LABELS)
def test_message_is_well_formed(row: Row) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for name in REQUIRED_HEADERS:
        assert msg[name], f"missing {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: Row) -> None:
    msg = message(row["file"])
    contact = row["contact"]
    if is_own(msg):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact is not lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"system address as contact: {contact}"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: Row) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
    else:
        assert company.strip(), "job mail needs a company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not repeated, repeated
