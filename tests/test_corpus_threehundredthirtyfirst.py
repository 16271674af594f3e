"""Sanity checks of corpus 331 (Henrike Oldenburg-Saß): its labels and its messages.

These check the hand-written corpus itself, never the classifier.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredthirtyfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "henrike.os@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|mailer-daemon")
LEGAL_FORM = re.compile(
    r"\b(GmbH|mbH|AG|SE|KG|KGaA|e\.V\.|VVaG|eG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|Ltd|Inc|LLC|"
    r"B\.?V\.?|N\.?V\.?|ApS|A/S|plc)\b"
)


def test_every_message_labelled_exactly_once() -> None:
    files = [row["file"] for row in ROWS]
    on_disk = sorted(str(path.relative_to(ROOT)) for path in ROOT.rglob("*.eml"))
    assert len(files) == len(set(files)), "a file is labelled twice"
    assert sorted(files) == on_disk
    assert len(ROWS) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], f"{row['file']}: folder is not its kind"


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
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
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
    contact = row["contact"]
    own = addresses(message, "From") == [CANDIDATE]
    if own:
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "no contact on the candidate's own mail"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not contact.endswith(ATS_DOMAINS), "an ATS address is not a contact"
    assert not SYSTEM_LOCAL.search(contact.split("@")[0]), "a system address is not a contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    reply_to = addresses(message, "Reply-To")
    if reply_to and contact != reply_to[0]:
        assert reply_to[0].endswith(ATS_DOMAINS) or SYSTEM_LOCAL.search(reply_to[0]), \
            "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
