"""Sanity checks on corpus 224 (Friederike Adjei-Santos, nurse into medtech field roles).

They guard the labels and the messages' well-formedness, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentyfourth"
CANDIDATE = "friederike.as@example.de"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|no-?responder|notifications?|benachrichtigungen"
    r"|alerts?|alertes|alertas|jobalerts?|newsletter|mailer-daemon|bounces?)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|gGmbH|mbH|AG|SE|KG|KGaA|OHG|UG|e\.\s?V\.|eG|S\.?A\.?S?|S\.?L\.?U?|S\.?p\.?A"
    r"|S\.?r\.?l|SARL|SPRL|SRL|BV|B\.V\.|NV|N\.V\.|Ltd|Limited|Inc|LLC|LLP|plc|Corp)\.?$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, f"only {languages[language]} in {language}"


@for_each(LABELS)
def test_row_values_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder = row["file"].split("/")[0]
    assert folder == row["kind"], f"folder {folder} but kind {row['kind']}"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [(part.get_content_type(), part.defects) for part in message.walk()
               if part.defects]
    assert not defects, defects
    for name in REQUIRED_HEADERS:
        assert message[name], f"no {name} header"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"
             and part.get_content_disposition() != "attachment"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not repeated, repeated
