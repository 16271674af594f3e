"""Sanity checks of corpus 336 (Mathilde Vasseur-Kerbrat's job-search mail): its labels and its
messages, not the classifier."""

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredthirtysixth"
ROWS = read_labels(ROOT)
CANDIDATE = "mathilde.vasseur@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-?pas-?repondre|notification|alert|mailer")
LEGAL_FORM = re.compile(
    r"(?<!\w)(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|BV|NV|SRL|KG|LLP|LLC|PartGmbB)(?!\w)"
)


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return ats or bool(NO_REPLY.search(local))


def _own_mail(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) >= 140
    assert len(set(labelled)) == len(labelled), "a file is labelled twice"
    assert sorted(labelled) == files


@for_each(ROWS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"
    assert (ROOT / row["file"]).is_file()


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"{MAIN_LANGUAGE} share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"only {counts[language]} messages in {language}"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _own_mail(message):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        senders = addresses(message, "Reply-To", "From")
        assert row["kind"] == "other" or all(_is_system(a) for a in senders), (
            "job mail from a human sender needs a contact")
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not _is_system(contact), "contact is an ATS or no-reply address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    reply_to = [a for a in addresses(message, "Reply-To") if not _is_system(a)]
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "company keeps a legal form"


def test_message_ids_are_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
