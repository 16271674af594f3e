"""Sanity checks of the threehundredtenth corpus (Tomasz Wróblewski, supply-chain planning).

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

ROOT = Path(__file__).parent / "corpus_threehundredtenth"
ROWS = read_labels(ROOT)
CANDIDATE = "tomasz.wroblewski@example.ie"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = frozenset({
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
})
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|"
                          r"mailer-daemon|postmaster)\b")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Limited|Inc|BV|B\.V\.|"
                        r"plc|DAC|KG|SE)\.?$")


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def is_own(msg: EmailMessage) -> bool:
    return addresses(msg, "From") == [CANDIDATE]


def test_every_message_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]


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
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    if is_own(msg):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, _, domain = contact.partition("@")
    assert domain not in ATS_DOMAINS, "contact is an ATS address"
    assert not SYSTEM_LOCAL.match(local), "contact is a system address"
    assert contact in addresses(msg, "Reply-To", "From")
    reply_to = addresses(msg, "Reply-To")
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To is the contact"
    assert contact in visible_text(msg)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


@for_each(ROWS)
def test_ats_mail_has_no_system_contact(row: dict[str, str]) -> None:
    msg = message(row)
    sender = addresses(msg, "From")[0]
    if sender.split("@")[1] in ATS_DOMAINS and not addresses(msg, "Reply-To"):
        assert row["contact"] == "", "ATS sender without a human Reply-To has no contact"


def test_unique_message_ids() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
