"""Sanity checks on corpus 208 (Jannik Mbeki-Laurent, ski instructor turned sports marketer).

They guard the labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredeighth"
CANDIDATE = "jannik.ml@example.at"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|no-responder|notifications?|"
    r"benachrichtigungen|notificaciones|alerts?|mailer-daemon|postmaster|bounces?)\b|"
    r"(?:^|[.-])no-?reply(?:$|[.-])",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh|ag|kg|og|e\.\s?u\.|sa|s\.a\.?|sl|s\.l\.?|s\.r\.l\.?|srl|sas|sarl|"
    r"ltd\.?|limited|inc\.?|llc|plc|gbr|ug|co\.\s?kg)$",
    re.IGNORECASE,
)


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_system_address(address: str) -> bool:
    local, _, domain = address.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.search(local))


def _is_own_mail(message: EmailMessage) -> bool:
    return CANDIDATE in addresses(message, "From")


# ---------------------------------------------------------------- the label file as a whole

def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_all_kinds_present_with_enough_other_and_rejection() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"kinds present: {sorted(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share_de = counts["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, f"German share {share_de:.2f}"
    for language in sorted(LANGUAGES):
        assert counts[language] >= 10, f"{language}: {counts[language]} messages"


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates


# ---------------------------------------------------------------- one row at a time

@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header] is not None, f"no {header}"
        assert not message[header].defects, f"{header}: {message[header].defects}"
    assert message["Date"].datetime.year == 2026, str(message["Date"])
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _is_own_mail(message):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not _is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message), f"{contact} not visible"


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "company on an `other` message"
        return
    assert company.strip(), "job mail without company"
    assert company == company.strip(), "company has surrounding blanks"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
