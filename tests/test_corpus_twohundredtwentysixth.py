"""Sanity checks for corpus 226 (Renata Vogelsang-Ibáñez, dental receptionist to medical billing).

They guard the labels and the shape of the hand-written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentysixth"
CANDIDATE = "renata.vi@example.mx"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "workable.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|do-?not-?reply|no-?responder|notifications?|notify|alerts?|"
    r"mailer-daemon|postmaster|bounces?|newsletter|jobletter|avisos|citaprevia)\b")
LEGAL_SUFFIX = re.compile(
    r"[\s,](GmbH|gGmbH|AG|KG|SE|SA|S\.A\.|SL|S\.L\.|SLU|S\.L\.U\.|Ltd\.?|Inc\.?|SAS|SARL|"
    r"LLC|Lda\.?|plc|BV|NV)$")
LEGAL_ANYWHERE = re.compile(r"\b(GmbH|S\.L\.|S\.A\.|Ltd|Inc|LLC|SARL|Lda)\b")
FILE_NAME = re.compile(r"^([a-z_]+)/\d{3}_[a-z0-9_]+\.eml$")


def is_system_address(address: str) -> bool:
    """A no-reply, notification or applicant-tracking-system address: nobody reads replies."""
    local, _, domain = address.lower().partition("@")
    if any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.match(local))


def is_own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_file_labelled_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_mix() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_es = languages["es"] / len(LABELS)
    assert 0.45 <= share_es <= 0.65, f"Spanish share {share_es:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"only {languages[language]} messages in {language}"


@for_each(LABELS)
def test_label_values(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.match(row["file"])
    assert match, "file name is not <kind>/<nnn>_<scenario>.eml"
    assert match.group(1) == row["kind"], "folder and kind differ"


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if is_own(row):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact is not lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip() == company and company, "job mail names its company"
    assert not LEGAL_SUFFIX.search(company), f"legal form in {company!r}"
    assert not LEGAL_ANYWHERE.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = Counter(str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS)
    repeated = [mid for mid, count in ids.items() if count > 1]
    assert not repeated, f"repeated Message-IDs: {repeated}"
