"""Sanity checks for the 152nd hand-written corpus (Yanis Haddad-Lefort, customs and trade).

They guard the labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftysecond"
CANDIDATE = "yanis.hl@example.fr"

SEVEN_KINDS = frozenset({
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
})

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|mailer-daemon|postmaster"
    r"|@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.(?:eu|com)|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$)",
    re.IGNORECASE,
)

LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh|ag|sa|s\.a|sas|sasu|sarl|s\.l|sl|slu|ltd|limited|inc|llc|plc|bv|b\.v"
    r"|nv|n\.v|srl|spa|kg|se|sàrl|sprl|scrl|co)\.?$",
    re.IGNORECASE,
)

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]


def _row(rel: str) -> dict[str, str]:
    return next(row for row in ROWS if row["file"] == rel)


def _text_parts(message: EmailMessage) -> list[str]:
    return [
        part.get_content()
        for part in message.walk()
        if part.get_content_maintype() == "text" and not part.is_multipart()
    ]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(set(FILES)) == len(FILES)
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders() -> None:
    assert SEVEN_KINDS <= KINDS
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share_fr = languages["fr"] / len(ROWS)
    assert 0.40 <= share_fr <= 0.60, share_fr
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(FILES)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    assert not message.defects, message.defects
    for part in message.walk():
        assert not part.defects, (rel, part.get_content_type(), part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{rel}: missing {name}"
    assert message["Date"].datetime.year == 2026
    assert any(text.strip() for text in _text_parts(message)), rel


@for_each(FILES)
def test_contact_rules(rel: str) -> None:
    row = _row(rel)
    message = parse_eml(ROOT, rel)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", rel
        assert row["kind"] == "other", rel
        return
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not SYSTEM_ADDRESS.search(contact), (rel, contact)
    assert contact in addresses(message, "Reply-To", "From"), (rel, contact)
    assert contact in visible_text(message), (rel, contact)


@for_each(FILES)
def test_company_rules(rel: str) -> None:
    row = _row(rel)
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
        return
    assert company.strip(), rel
    assert company == company.strip(), rel
    assert not LEGAL_FORM.search(company), (rel, company)


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert all(ids)
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
