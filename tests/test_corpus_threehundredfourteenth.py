"""Sanity checks of corpus 314 (job-search mail of Nkechi Adeyemi-Ross): its labels and its
messages. These check the corpus, not the classifier."""

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredfourteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "nkechi.ar@example.co.uk"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"(no-?reply|donotreply|do-not-reply|ne-pas-repondre|no-responder)"
                          r"|^(notifications?|notificaciones|mailer|alert(e)?s?|newsletter|"
                          r"lettre|boletin|events|info|bounce)", re.I)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|LLP|plc|KG|SE|BV|NV|SRL|"
    r"PartG mbB)\.?$")


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return domain.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.search(local))


def test_every_message_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert set(counts) <= LANGUAGES
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    sender = addresses(message, "From")
    contact = row["contact"]
    if sender == [CANDIDATE]:
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "no contact on the candidate's own mail"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is an ATS/no-reply address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    reply_to = addresses(message, "Reply-To")
    if reply_to and not is_system(reply_to[0]):
        assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "no company on other"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
