"""Sanity checks on corpus 274 (Niamh Delacroix-Murphy, dental nurse to research coordinator).

They guard the labels and the message files of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventyfourth"
CANDIDATE = "niamh.dm@example.ie"
LABELS = read_labels(ROOT)
SEVEN_KINDS = {"rejection", "interview_invitation", "interview_reschedule_or_cancel",
               "missed_interview_notice", "application_received", "offer", "other"}
FILE_NAME = re.compile(r"^(?P<kind>[a-z_]+)/\d{3}_[a-z0-9_]+\.eml$")
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?"
    r"|[a-z]+-noreply|[a-z-]*notifications?-noreply|alerts?|mailer-daemon|bounces?|postmaster)$")
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$")
LEGAL_FORM = re.compile(
    r"[\s,]+(GmbH|AG|SA|S\.A\.?|SL|S\.L\.?|SAS|SARL|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|DAC|CLG"
    r"|BV|B\.V\.|NV|N\.V\.|SRL|S\.r\.l\.|KG|UG|VoG|ASBL|e\.V\.)$")


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_system_address(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return bool(SYSTEM_LOCAL.match(local) or ATS_DOMAIN.search(domain))


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in LABELS:
        match = FILE_NAME.match(row["file"])
        assert match, f"{row['file']}: not <kind>/<nnn>_<scenario>.eml"
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert match["kind"] == row["kind"], f"{row['file']}: folder is not the kind"
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    assert 0.50 <= languages["en"] / len(LABELS) <= 0.70, languages
    for language in ("en", "fr", "de", "es"):
        assert languages[language] >= 10, languages


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    """No parser defects, the usual headers, a 2026 date and some text to read."""
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"missing {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """Own mail has no contact; a contact is a human address the message shows."""
    msg = message(row["file"])
    contact = row["contact"]
    if addresses(msg, "From") == [CANDIDATE]:
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), f"{contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without a legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"{company!r} carries a legal form"


def test_message_ids_are_unique() -> None:
    ids = Counter(str(message(row["file"])["Message-ID"]).strip() for row in LABELS)
    assert not [mid for mid, count in ids.items() if count > 1]
