"""Sanity checks on corpus 215, a pharmacy technician's four-language job-search mailbox.

They guard the hand-written labels and the messages' form, not the classifier's answers.
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

ROOT = Path(__file__).parent / "corpus_twohundredfifteenth"
CANDIDATE = "almudena.rp@example.es"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "jobs.recruitee.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|notifications?|notify|benachrichtigung|"
    r"notificaciones|mailer(-daemon)?|bounces?|alerts?|alertas|alertes|newsletter|digest|"
    r"jobagent)([._+-]|$)"
)
LEGAL_FORM = re.compile(
    r"(,|\s)(GmbH|AG|SA|S\.A\.?|S\.L\.?U?\.?|SL|SLU|Ltd\.?|Limited|Inc\.?|SAS|SARL|LLC|Lda\.?|"
    r"plc|BV|NV|KG|e\.V\.|S\.p\.A\.?)$",
    re.IGNORECASE,
)


def is_system_address(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.search(local))


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


def test_kind_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_es = languages["es"] / len(LABELS)
    assert 0.40 <= share_es <= 0.60, share_es
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact not lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "company keeps a legal form"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not repeated, repeated
