"""Sanity checks of the threehundredsixteenth blind corpus: its labels and its messages.

These check the corpus itself (label rules, well-formed mail), never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredsixteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "clemence.vautrin@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com",
    "greenhouse-mail.io",
    "hire.lever.co",
    "smartrecruiters.com",
    "icims.com",
    "ashbyhq.com",
    "teamtailor-mail.com",
    "personio.de",
    "successfactors.eu",
    "taleo.net",
    "softgarden.io",
    "bamboohr.com",
    "workablemail.com",
    "recruitee.com",
)
NO_REPLY = re.compile(
    r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|keine-antwort|"
    r"notifications?@|mailer-daemon"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|SA|SAS|SARL|S\.A\.|S\.L\.|SL|Ltd|Inc|AG|SE|KG|BV|NV|LLC|plc|"
    r"S\.A\.S\.|e\.V\.|gGmbH|eG)(?=\W|$)"
)


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_labelled_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(ROWS) >= 140
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert set(counts) == set(LANGUAGES)
    assert 0.40 <= counts[MAIN_LANGUAGE] / len(ROWS) <= 0.60
    for language in LANGUAGES:
        assert counts[language] >= 10, language


def test_unique_message_ids() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"
    assert row["file"].endswith(".eml")


@for_each(ROWS)
def test_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html")
    ]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), f"no-reply contact {contact}"
    domain = contact.rsplit("@", 1)[1]
    assert not any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS), contact
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)
    reply_to = addresses(message, "Reply-To")
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


@for_each(ROWS)
def test_system_senders_have_no_contact(row: dict[str, str]) -> None:
    message = _message(row)
    values = [str(value) for value in message.get_all("From", [])]
    sender = getaddresses(values)[0][1].lower()
    domain = sender.rsplit("@", 1)[1]
    is_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    if (is_ats or NO_REPLY.search(sender)) and not addresses(message, "Reply-To"):
        assert row["contact"] == "", f"system sender {sender} has a contact"
