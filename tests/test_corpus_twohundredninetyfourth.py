"""Sanity checks of corpus 294 (Niamh O'Donoghue, pharmacy technician -> clinical trials).

These check the labels and the messages themselves, never the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredninetyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "niamh.odonoghue@example.ie"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|ne-pas-repondre|notifications?|"
                          r"mailer-daemon|alerts?|avisos|news(letter)?|jobs?|careers?|bounce|"
                          r"digest|reminders?|events)([.+-].*)?$")
LEGAL_FORM = re.compile(r"\b(GmbH|SA|S\.A\.|SL|S\.L\.|S\.L\.U\.|SAS|SARL|Ltd|Limited|Inc|AG|KG|"
                        r"plc|DAC|UG|BV|LLC|e\.V\.)\.?$", re.IGNORECASE)


def is_system(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    return (any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
            or bool(SYSTEM_LOCAL.match(local)))


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


@for_each(ROWS)
def test_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    senders = addresses(msg, "From")
    if senders and senders[0] == CANDIDATE:
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is an ATS/no-reply address"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)
    human_reply = [a for a in addresses(msg, "Reply-To") if not is_system(a)]
    if human_reply:
        assert contact == human_reply[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "company must be empty on other"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_unique_message_ids() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
