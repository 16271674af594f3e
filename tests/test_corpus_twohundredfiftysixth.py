"""Sanity checks of corpus 256 (Jakob Oyelaran-Pichler, ski instructor turning sales coordinator).

They guard the labels and the written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfiftysixth"
CANDIDATE = "jakob.op@example.at"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com",
    "greenhouse-mail.io",
    "greenhouse.io",
    "hire.lever.co",
    "lever.co",
    "smartrecruiters.com",
    "icims.com",
    "ashbyhq.com",
    "teamtailor-mail.com",
    "teamtailor.com",
    "personio.de",
    "successfactors.eu",
    "successfactors.com",
    "taleo.net",
    "softgarden.io",
    "bamboohr.com",
    "workablemail.com",
    "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|alertas|"
    r"alertes|mailer-daemon|mailer|bounces?|newsletter|digest|postmaster)([._+-]|$)"
)
LEGAL_FORM = re.compile(
    r"(?:\s|,)(GmbH|AG|SA|S\.A|SL|S\.L|SAS|SARL|Ltd|Limited|Inc|LLC|KG|OG|e\.U|S\.r\.l|Srl|"
    r"plc|BV|NV|GmbH & Co\. KG)\.?$"
)


def is_system_address(address: str) -> bool:
    """A no-reply, notification or applicant-tracking-system sender, never a person."""
    local, _, domain = address.partition("@")
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.search(local))


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages_are_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, f"only {languages[language]} messages in {language}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not repeated, f"repeated Message-IDs: {repeated}"


@for_each(LABELS)
def test_label_values_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, name = row["file"].split("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, f"no {name} header"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
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
        bulk = message["List-Id"] is not None or message["List-Unsubscribe"] is not None
        people = [a for a in addresses(message, "Reply-To", "From") if not is_system_address(a)]
        assert bulk or not people, f"no contact although {people} could be answered"
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_follows_the_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
