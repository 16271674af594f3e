"""Sanity checks on corpus 218 (Baptiste Nakamura-Leroy's hand-written, labelled mailbox).

They guard the labels and the message files, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_twohundredeighteenth"
CANDIDATE = "baptiste.nl@example.be"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com",
    "personio.de", "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io",
    "bamboohr.com", "workablemail.com", "workable.com", "jobs.recruitee.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|donotreply|ne-pas-repondre|notifications?"
    r"|alerts?|alertes|mailer(-daemon)?|bounces?|newsletter|postmaster|rappels?)([._+-]|$)"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|mbh|ag|kg|e\.v\.|sa|s\.a\.|sas|sarl|s\.à r\.l\.|sàrl|sprl|srl|scrl|asbl"
    r"|nv|n\.v\.|bv|b\.v\.|s\.l\.|sl|s\.l\.u\.|slu|ltd|limited|inc|llc|plc|cv)\.?$"
)


def is_system(address: str) -> bool:
    """A no-reply, notification or applicant-tracking-system sending address."""
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    files = [row["file"] for row in LABELS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(files) == len(set(files)), "a file is labelled twice"
    assert sorted(files) == on_disk
    assert len(files) >= 140


def test_kinds_and_languages_are_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert set(languages) <= LANGUAGES
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    assert all(languages[lang] >= 10 for lang in LANGUAGES), languages


@for_each(LABELS)
def test_row_is_valid_and_in_its_kind_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [d for part in message.walk() for d in part.defects]
    assert not defects, defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_follows_the_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_follows_the_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no employer"
        return
    assert company.strip() == company and company, "job mail names its employer"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    assert len(ids) == len(set(ids))
