"""Sanity checks of corpus 299 (Karolina Wiśniewska's job-search mail): its labels and the
messages themselves. Nothing here runs the classifier; these tests only keep the corpus honest.
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

ROOT = Path(__file__).resolve().parent / "corpus_twohundredninetyninth"
ROWS = read_labels(ROOT)
CANDIDATE = "k.wisniewska@example.at"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|ne-pas-repondre|do-?not-?reply|notifications?|alerts?|digest|"
    r"newsletter|mailer-daemon|postmaster)\b", re.IGNORECASE)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(GmbH|AG|KG|OG|SE|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Inc|LLC|B\.V\.|BV|N\.V\.|"
    r"& Co\. KG|e\.U\.)\.?$")


def is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local)) or any(
        domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_message_is_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "the folder must be the kind"


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
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    reply_to = addresses(message, "Reply-To")
    if reply_to and not is_system(reply_to[0]) and contact != reply_to[0]:
        raise AssertionError("a human Reply-To must be the contact unless it is a team box")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names the hiring company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_job_mail_from_a_system_sender_has_no_contact() -> None:
    wrong = []
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        sender = addresses(message, "From")[0]
        reply_to = addresses(message, "Reply-To")
        if is_system(sender) and not reply_to and row["contact"]:
            wrong.append(row["file"])
    assert not wrong, wrong


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
