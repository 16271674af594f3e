"""Sanity checks on corpus 235 (Elodie Wasserfall-Mbatha, bank clerk to sustainability reporting).

They guard the hand-written labels and the written messages, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from functools import cache
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

ROOT = Path(__file__).parent / "corpus_twohundredthirtyfifth"
CANDIDATE = "elodie.wm@example.ch"
LABELS = read_labels(ROOT)

NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|notification|mailer-daemon|postmaster|bounce|alert|newsletter",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com",
    "personio.de", "personio.com", "successfactors.eu", "successfactors.com", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "workable.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"[\s,](GmbH|AG|SA|S\.A\.?|S\.L\.?|SLU|Ltd\.?|Limited|Inc\.?|SAS|SARL|Sàrl|Sarl|LLC|"
    r"B\.V\.?|BV|N\.V\.?|NV|plc|KG|SE|Co\.)$"
)


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_system_address(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    in_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return bool(NO_REPLY.search(local)) or in_ats


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    share_fr = languages["fr"] / len(LABELS)
    assert 0.40 <= share_fr <= 0.60, share_fr
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


def test_message_ids_unique() -> None:
    ids = [str(message(row["file"])["message-id"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates


@for_each(LABELS)
def test_label_values(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must equal kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, f"{part.get_content_type()}: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], f"missing {header}"
    assert msg["date"].datetime.year == 2026, str(msg["date"])
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(msg, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not is_system_address(contact), f"{contact} is a no-reply/ATS address"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
