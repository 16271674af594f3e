"""Sanity checks on corpus 217 (Oonagh Ferreira-Blake's mailbox) and its labels.csv.

They guard the labels and the message files, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventeenth"
CANDIDATE = "oonagh.fb@example.ie"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(?:^|[.\-_])(?:no-?reply|do-?not-?reply|no-?responder|notifications?|notify|alerts?|"
    r"mailer-daemon|bounces?|postmaster)(?:[.\-_]|$)")
LEGAL_FORM = re.compile(
    r"[\s,](?:GmbH|AG|KG|SE|SAS|SARL|S\.?A\.?|S\.?L\.?U?|S\.?p\.?A\.?|Ltd\.?|Limited|Inc\.?|"
    r"LLC|LLP|PLC|plc|B\.?V\.?|N\.?V\.?|DAC|CLG|e\.\s?V\.)$")


def is_system_address(addr: str) -> bool:
    """A no-reply, notification or applicant-tracking-system address: no human reads it."""
    local, _, domain = addr.lower().partition("@")
    ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return ats or bool(SYSTEM_LOCAL.search(local))


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


# ----------------------------------------------------------------------------- whole corpus

def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]


def test_kind_mix() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_mix() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, language


def test_message_ids_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in LABELS]
    assert all(ids)
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates


# ------------------------------------------------------------------------- one message each

@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    """No parser defects, the usual headers, a 2026 date and some readable text."""
    msg = message(row)
    defects = [repr(d) for part in msg.walk() for d in part.defects]
    defects += [f"{name}: {d!r}" for name, value in msg.items()
                for d in getattr(value, "defects", ())]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header] is not None, f"missing {header}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a human's address the message itself shows; never the candidate."""
    msg = message(row)
    contact = row["contact"]
    senders = addresses(msg, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system_address(contact), "contact is a no-reply/notification/ATS address"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without its legal form; `other` names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company and company
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
