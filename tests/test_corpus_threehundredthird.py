"""Sanity checks of corpus 303 (Dimitri Papadakis, transport operations): its labels and its
messages. These check the corpus itself, never the classifier."""

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

ROOT = Path(__file__).parent / "corpus_threehundredthird"
ROWS = read_labels(ROOT)
CANDIDATE = "d.papadakis@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL_PARTS = re.compile(r"^(no-?reply|do-?not-?reply|notifications?|mailer-daemon)\b")
LEGAL_FORMS = re.compile(
    r"(?:^|[\s,])(GmbH|mbH|AG|KG|SE|SA|S\.A\.|S\.A\.U\.|SL|S\.L\.|SAS|SARL|Ltd\.?|Inc\.?|LLC|"
    r"e\.V\.|Co\.)$"
)


def test_every_message_labelled_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(ROWS) >= 140
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, share
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [d for part in message.walk() for d in part.defects]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    own = addresses(message, "From") == [CANDIDATE]
    if own:
        assert row["kind"] == "other", "own mail is always other"
        assert contact == "", "own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, domain = contact.split("@")
    assert not any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS), contact
    assert not SYSTEM_LOCAL_PARTS.match(local), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names the employer"
    assert company == company.strip()
    assert not LEGAL_FORMS.search(company), company


@for_each(ROWS)
def test_contact_prefers_human_reply_to(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    reply_to = addresses(message, "Reply-To")
    if row["contact"] and reply_to:
        assert row["contact"] == reply_to[0]


def test_unique_message_ids() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
