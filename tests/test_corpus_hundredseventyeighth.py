"""Sanity checks for corpus 178 (Tobias Reinholt-Mbeki, bike mechanic to product support).

They guard the hand-written labels and messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredseventyeighth"
CANDIDATE = "tobias.rm@example.de"

ROWS: list[dict[str, str]] = read_labels(ROOT)
IDS: list[str] = [row["file"] for row in ROWS]

# Addresses nobody reads: no-reply and notification senders, and the ATS sending domains.
SYSTEM_ADDRESS = re.compile(
    r"(^|[.\-_])(no-?reply|do-?not-?reply|no-?responder|ne-?pas-?repondre|notifications?"
    r"|mailer-daemon|postmaster|bounces?)([.\-_+]|@)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|gGmbH|AG|KG|OHG|UG|e\.\s?V\.|mbH|SA|S\.A\.|SAS|SARL|S\.L\.U?\.?|SL|Ltd\.?"
    r"|Limited|Inc\.?|LLC|plc|ApS|A/S|s\.r\.o\.|a\.s\.|B\.?V\.?|N\.?V\.?|Co\.)\s*$"
)


def _sender(rel: str) -> str:
    return addresses(parse_eml(ROOT, rel), "From")[0]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert sorted(IDS) == on_disk
    assert len(IDS) == len(set(IDS))
    assert len(IDS) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["de"] / len(ROWS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(IDS)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, (rel, name)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if _sender(row["file"]) == CANDIDATE:
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not SYSTEM_ADDRESS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company != "", row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert len(ids) == len(set(ids))
