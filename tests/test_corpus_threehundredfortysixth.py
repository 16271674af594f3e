"""Sanity checks of corpus 346 (its labels and messages), not of the classifier."""

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredfortysixth"
ROWS = read_labels(ROOT)
CANDIDATE = "siobhan.nimhurchu@example.ie"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|"
                          r"notifications?|alerts?|newsletter|mailer-daemon)\b")
LEGAL_FORM = re.compile(r"(?:^|\s)(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd\.?|Limited|Inc\.?|"
                        r"plc|DAC|LLC|KG|UG|BV|S\.p\.A\.)$", re.IGNORECASE)


def _own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_message_labelled_once() -> None:
    files = [row["file"] for row in ROWS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(files) == len(set(files)), "a file is labelled twice"
    assert sorted(files) == on_disk
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
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
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    if _own(row):
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "no contact on the candidate's own mail"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, _, domain = contact.partition("@")
    assert not domain.endswith(ATS_DOMAINS), "an ATS address is not a contact"
    assert not SYSTEM_LOCAL.match(local), "a no-reply address is not a contact"
    assert contact in addresses(message, "Reply-To", "From")
    reply_to = addresses(message, "Reply-To")
    if reply_to and reply_to[0] != CANDIDATE:
        assert contact == reply_to[0], "a human Reply-To wins over From"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "no company on other"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "company without legal form"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
