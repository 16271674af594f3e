"""Sanity checks for corpus 230 (Tadeusz Ó Briain, a Dublin barman moving into facilities work).

These tests guard the hand-written labels and the well-formedness of the messages, not the
classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredthirtieth"
CANDIDATE = "tadeusz.ob@example.ie"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "jobs.recruitee.com", "recruitee.com",
)
SYSTEM_LOCAL_PART = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|noreply|ne-pas-repondre|no-responder|notifications?"
    r"|notify|benachrichtigung|mailer-daemon|postmaster|alerts?|alertas|alertes|jobmail"
    r"|jobagent|digest|newsletter|boletin|lettre|insights|events|bounces?)([._+-]|$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(g?gmbh|ag|kg|ug|e\.\s?v\.|s\.?a\.?s?|sarl|s\.?l\.?u?|ltd|limited|inc|llc|plc"
    r"|dac|llp|b\.?v|n\.?v|s\.?p\.?a)\.?$",
    re.IGNORECASE,
)
FILE_NAME = re.compile(r"^([a-z_]+)/(\d{3})_[a-z0-9_]+\.eml$")


def is_system_address(address: str) -> bool:
    """A no-reply, notification or applicant-tracking-system address (never a contact)."""
    local, _, domain = address.partition("@")
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL_PART.search(local))


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.match(row["file"])
    assert match, f"file name {row['file']!r} is not <kind>/<nnn>_<scenario>.eml"
    assert match.group(1) == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["en"] / len(LABELS)
    assert 0.50 <= share <= 0.70, f"English share {share:.2f}"
    for language in sorted(LANGUAGES):
        assert counts[language] >= 10, f"{language}: only {counts[language]} messages"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
