"""Sanity checks on corpus 261 (Manon Sithole-Garnier, bakery to purchasing, Namur and beyond).

They guard the labels and the well-formedness of the messages, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtyfirst"
CANDIDATE = "manon.sg@example.be"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?|mailer-daemon"
    r"|@(?:[\w.-]+\.)?(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(GmbH|AG|SA|S\.A\.|SAS|SARL|S\.à r\.l\.|Sàrl|S\.L\.|SL|SLU|Ltd\.?|Limited"
    r"|Inc\.?|LLC|BV|NV|SRL|SPRL|SCRL|ASBL|eG|KG|gGmbH|SE|plc|Co\. KG)$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) <= KINDS
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert set(languages) <= LANGUAGES
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, language


@for_each(LABELS)
def test_folder_matches_kind(row: dict[str, str]) -> None:
    folder = row["file"].split("/", 1)[0]
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert folder == row["kind"], f"{folder} != {row['kind']}"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, part.defects
    for name in REQUIRED_HEADERS:
        assert message[name], f"no {name}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"system address {contact}"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names its employer"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in LABELS]
    duplicates = [value for value, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
