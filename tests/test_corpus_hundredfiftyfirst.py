"""Sanity checks for corpus 151 (Joana Ferreira-Schulz, BIM coordination, de/en/fr/es).

They guard the hand-written labels and the written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftyfirst"
CANDIDATE = "joana.fs@example.de"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|no-responder|notifications?|"
    r"mailer-daemon|bounces?)([._+-]|@)"
    r"|@(?:[a-z0-9-]+\.)*(?:" + "|".join(re.escape(d) for d in ATS_DOMAINS) + r")$"
)
LEGAL_FORM = re.compile(
    r"(?i)(?:^|[\s,])(gmbh|ag|sa|s\.a\.|sl|s\.l\.|slu|ltd\.?|limited|inc\.?|sas|sarl|s\.a\.r\.l\.|"
    r"llc|kg|co\. kg|gmbh & co\. kg|se|plc|bv|ug|mbb|e\.v\.|zt gmbh)$"
)


def _rows() -> list[dict[str, str]]:
    return read_labels(ROOT)


ROWS = _rows()
JOB_KINDS = KINDS - {"other"}


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in ROWS)
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    assert 0.40 <= langs["de"] / len(ROWS) <= 0.60
    for lang in ("en", "de", "fr", "es"):
        assert langs[lang] >= 10, lang


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (row["file"], header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row["file"]
        assert row["kind"] == "other", row["file"]
    if not contact:
        return
    assert contact == contact.lower(), row["file"]
    assert contact != CANDIDATE, row["file"]
    assert not SYSTEM_ADDRESS.search(contact), row["file"]
    assert contact in addresses(message, "Reply-To", "From"), row["file"]
    assert contact in visible_text(message), row["file"]


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), row["file"]
        assert company == company.strip(), row["file"]
        assert not LEGAL_FORM.search(company), row["file"]
    else:
        assert company == "", row["file"]


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
