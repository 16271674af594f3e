"""Sanity checks for corpus 199 (Gwendal Moreau-Achebe, cook to food production planner).

They guard the labels and the written messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetyninth"
CANDIDATE = "gwendal.ma@example.be"

SEVEN_KINDS = frozenset({
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
})

SYSTEM_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?r[eé]pondre|notification|mailer-daemon|bounce"
    r"|postmaster",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
    r"|teamtailor\.com|personio\.(?:de|com)|successfactors\.(?:eu|com)|taleo\.net"
    r"|softgarden\.(?:io|de)|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|sa|s\.a\.?|sas|sarl|s\.?\s?à\s?r\.?\s?l\.?"
    r"|srl|sprl|bv|b\.v\.|nv|n\.v\.|scrl|asbl|sl|s\.l\.?|slu|ltd\.?|limited|inc\.?|llc|plc"
    r"|se|ug|e\.?\s?v\.?)$",
    re.IGNORECASE,
)

ROWS = read_labels(ROOT)
IDS = [row["file"] for row in ROWS]


def _is_system(address: str) -> bool:
    local = address.split("@", 1)[0]
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(address))


def _defects(message: EmailMessage) -> list[str]:
    found: list[str] = []
    for part in message.walk():
        found += [repr(defect) for defect in part.defects]
        for name, value in part.items():
            found += [f"{name}: {d!r}" for d in getattr(value, "defects", [])]
    return found


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    labelled = sorted(IDS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["kind"] in SEVEN_KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share_fr = languages["fr"] / len(ROWS)
    assert 0.40 <= share_fr <= 0.60, share_fr
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, (language, languages[language])
    assert set(languages) <= LANGUAGES


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not _defects(message), _defects(message)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{row['file']}: no text"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", row
        assert row["kind"] == "other", row
        return
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not _is_system(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company and company, row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert len(ids) == len(set(ids))
