"""Sanity checks of corpus 328 (labels and messages), not of the classifier.

The corpus is built by tests/corpus_threehundredtwentyeighth/make_threehundredtwentyeighth.py.
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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredtwentyeighth"
ROWS = read_labels(ROOT)
CANDIDATE = "gaetan.lebihan@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
NO_REPLY = re.compile(r"^(no-?reply|noreply|ne-?pas-?repondre|no-responder|donotreply|"
                      r"notifications?)\b", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|SA|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|SE|BV|NV|SRL|Sàrl|KG|LLC|"
                        r"plc|UG)\.?$")


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
    assert set(counts) == set(KINDS), f"every kind present: {counts}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert 0.40 <= counts[MAIN_LANGUAGE] / len(ROWS) <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, counts


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


def _own(row: dict[str, str]) -> bool:
    return CANDIDATE in addresses(parse_eml(ROOT, row["file"]), "From")


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if _own(row):
        assert row["kind"] == "other" and contact == ""
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, domain = contact.split("@")
    assert not domain.endswith(ATS_DOMAINS), "an ATS address is no contact"
    assert not NO_REPLY.match(local), "a no-reply address is no contact"
    reply_to = addresses(message, "Reply-To")
    assert contact == (reply_to[0] if reply_to else addresses(message, "From")[0])
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "no legal form"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
