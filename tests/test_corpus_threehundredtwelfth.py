"""Sanity checks of corpus 312 (candidate Yasmine Belkacem): its labels and its messages.

These check the corpus itself, never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_threehundredtwelfth"
ROWS = read_labels(ROOT)
CANDIDATE = "yasmine.belkacem@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon")
LEGAL_FORM = re.compile(r"\b(GmbH|SA|S\.A\.|SL|S\.L\.|SLU|SAS|SARL|Ltd|Inc|AG|plc|LLC|KG|Sàrl)"
                        r"\.?$")


def test_every_message_is_labelled_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.rglob("*.eml"))
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
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
        assert not message[header].defects, f"{header}: {message[header].defects}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    own = addresses(message, "From") == [CANDIDATE]
    if own:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not contact.endswith(ATS_DOMAINS), "an ATS address is not a contact"
    assert not NO_REPLY.search(contact), "a no-reply address is not a contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "no legal form in the company"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
