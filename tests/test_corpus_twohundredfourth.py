"""Sanity checks on corpus 204 (Rodrigo Abernethy-Quispe, waiter into customer success).

They guard the hand-written labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfourth"
CANDIDATE = "rodrigo.aq@example.mx"
LABELS = read_labels(ROOT)

SEVEN_KINDS = {"rejection", "interview_invitation", "interview_reschedule_or_cancel",
               "missed_interview_notice", "application_received", "offer", "other"}

# A mailbox no person reads: no-reply and notification senders, and applicant-tracking systems.
SYSTEM_LOCAL = re.compile(
    r"(^|[._-])(no-?reply|do-?not-?reply|notifications?|notificaciones|notify|alerts?|alertas"
    r"|mailer-daemon|postmaster|bounces?)([._-]|$)")
SYSTEM_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com"
    r"|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$")
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|KG|UG|SE|SA|SL|SAS|SARL|SpA|Srl|BV|NV|Ltd|Inc|LLC|LLP|plc|Corp|Co|inc)\.?"
    r"|\bS\.\s?A\.|\bS\.\s?L\.|\bS\.\s?A\.\s?S\.|\bS\.\s?de\s?R\.\s?L\.|\bde\s?C\.\s?V\."
    r"|\bS\.\s?A\.\s?P\.\s?I\.|\bS\.\s?à\s?r\.\s?l\.|\be\.\s?K\.)\s*$")


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or SYSTEM_DOMAIN.search(domain))


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in LABELS]
    on_disk = [p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml")]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == sorted(on_disk)
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert SEVEN_KINDS <= KINDS
    assert set(counts) == SEVEN_KINDS, counts
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share_es = counts["es"] / len(LABELS)
    assert 0.45 <= share_es <= 0.65, share_es
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part with content"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    senders = addresses(msg, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no employer"
        return
    assert company.strip() == company and company, "job mail names its employer"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
