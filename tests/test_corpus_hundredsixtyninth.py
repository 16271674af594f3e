"""Sanity checks for corpus 169 (Siobhan Adeyemi-Castro, retail to HR, 165 hand-written mails).

They guard the labels and the message files, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtyninth"
CANDIDATE = "siobhan.ac@example.co.uk"
SEVEN_KINDS = {
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
}
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?|"
    r"alerts?|mailer-daemon|bounces?|jobagent|benachrichtigung)([._+-]|$)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(gmbh|ag|kg|e\.?\s?v\.?|sa|s\.a\.?|sas|sarl|s\.?l\.?|s\.?l\.?u\.?|ltd\.?|"
    r"limited|plc|llc|llp|inc\.?|corp\.?|b\.?v\.?|n\.?v\.?|co\.?\s?kg)$",
    re.IGNORECASE,
)

ROWS: list[dict[str, str]] = read_labels(ROOT)


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_system_address(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in ROWS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    langs = Counter(row["language"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]
    assert SEVEN_KINDS <= KINDS
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.50 <= langs["en"] / len(ROWS) <= 0.70
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, f"{row['file']}: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", row["file"]
        assert row["kind"] == "other", row["file"]
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not _is_system_address(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


def test_company_rules() -> None:
    for row in ROWS:
        company = row["company"]
        if row["kind"] == "other":
            assert company == "", row["file"]
        else:
            assert company.strip(), row["file"]
            assert company == company.strip(), row["file"]
            assert not LEGAL_FORM.search(company), f"{row['file']}: {company}"


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    assert len(set(ids)) == len(ids)
