"""Sanity checks on corpus 250 (Íñigo Salaberri-Achterberg's hand-written 2026 mailbox).

They guard the labels and the messages' well-formedness, not the classifier: nothing here runs
or imports the code under test.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_twohundredfiftieth"
CANDIDATE = "inigo.sa@example.es"
LABELS = read_labels(ROOT)

# Local parts that no human reads, and the sending domains of applicant-tracking systems.
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|no-?responder|ne-pas-repondre|notifications?"
    r"|notify|alerts?|alertas|jobalarm|mailer-daemon|postmaster|bounces?)([._+-]|$)"
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"[\s,](gmbh|ag|se|kg|co\.?\s*kg|e\.\s?k\.|sa|s\.a\.?|s\.a\.u\.?|sl|s\.l\.?|slu|s\.l\.u\.?"
    r"|s\.?coop\.?|ltd\.?|limited|plc|inc\.?|llc|sas|sasu|sarl|b\.?v\.?|n\.?v\.?)$",
    re.IGNORECASE,
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_kind_and_language_mix() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert set(languages) <= set(LANGUAGES)
    assert 0.45 <= languages["es"] / len(LABELS) <= 0.65, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, f"only {languages[language]} messages in {language}"


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"{folder} != {row['kind']}"
    assert re.fullmatch(r"\d{3}_[\w-]+\.eml", name), name


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for name in REQUIRED_HEADERS:
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026, message["Date"]
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not _is_system(contact), f"{contact} is a no-reply/notification/ATS address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = Counter(str(_message(row)["Message-ID"]).strip() for row in LABELS)
    repeated = [mid for mid, count in ids.items() if count > 1]
    assert not repeated, repeated
