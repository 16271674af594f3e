"""Sanity checks for corpus 254 (Gwendal Morvan-Asante, fisherman moving into maritime planning).

They guard the hand-written labels and the well-formedness of the messages, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
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

ROOT = Path(__file__).parent / "corpus_twohundredfiftyfourth"
CANDIDATE = "gwendal.ma@example.fr"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
FILE_NAME = re.compile(r"^(?P<kind>[a-z_]+)/\d{3}_[a-z0-9_]+\.eml$")
SYSTEM_LOCAL = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|keine[-_.]?antwort"
    r"|^notifications?$|^notify$|^alert(e)?s?$|^mailer-daemon$|^postmaster$|^bounces?"
    r"|^newsletter$|^digest$|^avisos$)"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com",
    "personio.de", "personio.com", "successfactors.eu", "successfactors.com", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "workable.com", "recruitee.com",
    "jobvite.com", "linkedin.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH(?: & Co\.? KG)?|AG|KG|SE|SA|SAS|SASU|SARL|EURL|S\.A\.S?\.?|S\.L\.U?\.?"
    r"|SL|SLU|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|B\.?V\.?|N\.?V\.?|BVBA|SPRL|SRL|Co\.)$"
)


def is_system_address(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["kind"] in SEVEN_KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.match(row["file"])
    assert match, f"file name {row['file']!r} is not <kind>/<nnn>_<scenario>.eml"
    assert match["kind"] == row["kind"], "folder differs from kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == SEVEN_KINDS, set(counts) ^ SEVEN_KINDS
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.40 <= counts["fr"] / len(LABELS) <= 0.60, counts
    for language in sorted(LANGUAGES):
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"
             and part.get_content_subtype() in ("plain", "html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
