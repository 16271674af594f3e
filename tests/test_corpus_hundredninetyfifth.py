"""Sanity checks for corpus 195 (Roisin Vasquez-Lindholm, 165 hand-written messages).

They guard the labels and the written messages, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_hundredninetyfifth"
CANDIDATE = "roisin.vl@example.co.uk"

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notifications?|alerts?"
    r"|mailer(-daemon)?|bounces?|postmaster|newsletter|system|automated?)([._+-]|@)"
    r"|@([\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(gmbh|ag|sa|s\.a\.|sl|s\.l\.|s\.l\.u\.|ltd\.?|limited|inc\.?|sas|sarl|llc|llp"
    r"|plc|bv|b\.v\.|nv|ug|kg|co\.\s*kg|e\.v\.|cic)$",
    re.IGNORECASE,
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")

LABELS: list[dict[str, str]] = read_labels(ROOT)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) <= KINDS
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert set(languages) <= LANGUAGES
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for lang in LANGUAGES:
        assert languages[lang] >= 10, (lang, languages[lang])


@for_each(LABELS)
def test_folder_matches_kind(row: dict[str, str]) -> None:
    folder, name = row["file"].split("/", 1)
    assert folder == row["kind"]
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = _message(row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for name in REQUIRED_HEADERS:
        assert message[name], f"{row['file']}: no {name}"
    for name, value in message.items():
        assert not getattr(value, "defects", None), (row["file"], name, value.defects)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{row['file']}: no text"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", f"{row['file']}: the candidate's own mail has no contact"
        assert row["kind"] == "other", f"{row['file']}: the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{row['file']}: {contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", f"{row['file']}: other has no company"
        return
    assert company.strip() == company and company, f"{row['file']}: job mail needs a company"
    assert not LEGAL_FORM.search(company), f"{row['file']}: legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(_message(row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates
