"""Sanity checks on corpus 287 (Reto Baumgartner-Osei, 165 hand-written messages).

They guard the labels and the message files, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredeightyseventh"
CANDIDATE = "reto.bo@example.ch"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com",
    "recruitee.com",
)
MACHINE = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?"
    r"|alerts?)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(" + "|".join(re.escape(d) for d in ATS_DOMAINS) + r")$"
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|Ltd|Inc|LLC|SAS|plc|KG|Sàrl|S\.A\.|S\.L\.U?\.?|S\.à r\.l\.)(?!\w))"
    r"|(\s(SA|SL|SE|BV|NV)\.?$)"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def test_every_file_labelled_exactly_once() -> None:
    """labels.csv names every .eml on disk once, and nothing else."""
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    """Each row has a known kind and language, and the file sits in its kind's folder."""
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"]
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


def test_kind_counts() -> None:
    """All seven kinds are present, with enough rejections and enough look-alike 'other' mail."""
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    """About half German, and at least ten messages in each language."""
    counts = Counter(row["language"] for row in LABELS)
    assert 0.40 <= counts["de"] / len(LABELS) <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts)


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    """The message parses without defects, has the usual headers, a 2026 date and some text."""
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (part.get_content_type(), part.defects)
    for name in REQUIRED_HEADERS:
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    assert 1 <= message["Date"].datetime.month <= 10
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a lower-case human address found in Reply-To or From, never the candidate;
    the candidate's own mail has no contact and is always 'other'."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always 'other'"
        return
    if not contact:
        humans = [a for a in addresses(message, "Reply-To", "From") if not MACHINE.search(a)]
        bulk = any(message[name] for name in ("List-Id", "Auto-Submitted"))
        assert not humans or bulk, f"no contact although {humans} look human"
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not MACHINE.search(contact), f"{contact} is a machine address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    human_reply_to = [a for a in addresses(message, "Reply-To") if not MACHINE.search(a)]
    if human_reply_to:
        assert contact == human_reply_to[0], "a human Reply-To is the contact"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without legal form; 'other' names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", company
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    """No two messages share a Message-ID."""
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
