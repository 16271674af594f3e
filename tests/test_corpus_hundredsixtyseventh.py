"""Corpus 167 (blind, hand-written, Manon Tshibangu-Roux): sanity checks on labels and messages.

These tests guard the labels and the written files, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtyseventh"
CANDIDATE = "manon.tr@example.be"

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "workable.com", "jobs.recruitee.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?|mailer-daemon"
    r"|postmaster|alert(e)?s?|digest|newsletter|bounce[s]?)([+._-].*)?@",
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(GmbH|AG|SA|S\.A\.|SAS|SARL|SRL|SPRL|BV|B\.V\.|NV|N\.V\.|Ltd\.?|Limited|Inc\.?"
    r"|LLC|S\.L\.U?\.?|SLU|plc|KG|e\.V\.|S\.à r\.l\.|Sàrl|ASBL|asbl)$",
)

LABELS = read_labels(ROOT)
FILES = [row["file"] for row in LABELS]


def is_system_address(addr: str) -> bool:
    """A no-reply, notification or ATS-system sender nobody can usefully reply to."""
    domain = addr.rsplit("@", 1)[-1]
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.match(addr))


def row_for(rel: str) -> dict[str, str]:
    return next(row for row in LABELS if row["file"] == rel)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(on_disk) >= 140
    assert len(FILES) == len(set(FILES)), "a file is labelled twice"
    assert sorted(FILES) == on_disk


def test_kinds_and_languages_are_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) >= SEVEN_KINDS, f"missing kinds: {SEVEN_KINDS - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share_fr = counts["fr"] / len(LABELS)
    assert 0.40 <= share_fr <= 0.60, share_fr
    for language in ("en", "de", "fr", "es"):
        assert counts[language] >= 10, (language, counts[language])


@for_each(FILES)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, f"{rel}: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{rel}: no {name}"
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content().strip() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(texts), f"{rel}: no non-empty text part"


@for_each(FILES)
def test_contact_rules(rel: str) -> None:
    row = row_for(rel)
    message = parse_eml(ROOT, rel)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", f"{rel}: the candidate's own mail has no contact"
        assert row["kind"] == "other", f"{rel}: the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not is_system_address(contact), f"{rel}: {contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


@for_each(FILES)
def test_company_rules(rel: str) -> None:
    row = row_for(rel)
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", f"{rel}: other carries no company"
        return
    assert company.strip(), f"{rel}: job mail needs a company"
    assert company == company.strip(), rel
    assert not LEGAL_FORM.search(company), f"{rel}: legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
