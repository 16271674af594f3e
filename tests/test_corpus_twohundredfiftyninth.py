"""Sanity checks on corpus 259 (Blathnaid Kowalczyk-Reyes, call centre to payroll, 2026).

They guard the labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfiftyninth"
CANDIDATE = "blathnaid.kr@example.ie"
LABELS = read_labels(ROOT)

FILE_NAME = re.compile(r"^(?P<kind>[a-z_]+)/\d{3}_[a-z0-9_]+\.eml$")
ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com"
)
NOT_HUMAN = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|mailer-daemon"
    r"|bounces?)([._+-]|@)"
    rf"|@([a-z0-9-]+\.)*({ATS_DOMAINS})$"
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(GmbH|gGmbH|mbH|AG|KG|SE|SA|S\.A\.|SAS|SARL|S\.L\.|SL|S\.L\.U\.|Ltd|Limited"
    r"|Inc|LLC|plc|PLC|CLG|DAC|BV|NV)\.?$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def _is_own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.match(row["file"])
    assert match, f"file name {row['file']!r} is not <kind>/<nnn>_<scenario>.eml"
    assert match["kind"] == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.50 <= counts["en"] / len(LABELS) <= 0.70, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (name, value.defects)
    for name in REQUIRED_HEADERS:
        assert message[name], f"no {name} header"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    if _is_own(row):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not NOT_HUMAN.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "company must be empty on other"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
