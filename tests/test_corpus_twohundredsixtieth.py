"""Sanity checks on corpus 260 (Hartmut Nwachukwu-Falk, bus driver to transport planner).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtieth"
CANDIDATE = "hartmut.nf@example.de"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com|"
    r"personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|"
    r"bamboohr\.com|workablemail\.com|recruitee\.com"
)
SYSTEM_ADDRESS = re.compile(
    r"(^|[.\-_+])(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
    r"notifications?|benachrichtigungen|mailer-daemon|bounces?|alerts?|alertas|alertes|"
    r"jobagent|digest|newsletter)([.\-_+@]|$)"
    rf"|@([\w-]+\.)*({ATS_DOMAINS})$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"[\s,](gmbh|ag|se|kg|ohg|gbr|ug|e\.\s?v\.|aör|mbh|ltd\.?|limited|inc\.?|llc|plc|"
    r"b\.\s?v\.|bv|n\.\s?v\.|nv|s\.\s?a\.|sa|sas|sarl|sprl|srl|asbl|s\.\s?l\.|sl|slu|"
    r"s\.\s?a\.\s?u\.|sau|co\.\s?kg)$",
    re.IGNORECASE,
)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/")[0] == row["kind"], row["file"]
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60, languages
    for language in ("de", "en", "fr", "es"):
        assert languages[language] >= 10, languages


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_follows_the_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message), f"{contact} not visible"


@for_each(LABELS)
def test_company_follows_the_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail names its employer"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
