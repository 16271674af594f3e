"""Sanity checks for corpus 269 (Guillermo Adeyemi-Castro, tango teacher into event production).

They guard the labels and the well-formedness of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtyninth"
CANDIDATE = "guillermo.ac@example.ar"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|notifications?|alerts?|mailer-daemon|postmaster|"
    r"bounces?|newsletter|news|info-noreply|automated|system)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com|"
    r"workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(,|\s)(gmbh|ag|sa|s\.a\.?|sl|s\.l\.?|slu|s\.l\.u\.?|ltd\.?|limited|inc\.?|sas|sarl|"
    r"llc|plc|kg|se|bv|b\.v\.|e\.v\.|ug|mbh|co\.?\s*kg)$",
    re.IGNORECASE,
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def test_every_file_labelled_once() -> None:
    files = [row["file"] for row in LABELS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert len(files) == len(set(files)), "a file is labelled twice"
    assert sorted(files) == on_disk
    assert len(files) >= 140


def test_kind_and_language_shares() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["es"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), "file name pattern"


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in REQUIRED_HEADERS:
        assert message[name], f"missing {name}"
    date = message["Date"].datetime
    assert date is not None and date.year == 2026, f"date {message['Date']}"
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    own = addresses(message, "From") == [CANDIDATE]
    if own:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not SYSTEM_ADDRESS.search(contact), f"system address {contact}"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_reply_to_preferred_when_human(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    reply_to = [a for a in addresses(message, "Reply-To") if not SYSTEM_ADDRESS.search(a)]
    if row["contact"] and reply_to and reply_to[0] != CANDIDATE:
        assert row["contact"] == reply_to[0], f"human Reply-To {reply_to[0]} not used"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has stray spaces"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
