"""Sanity checks on the labels of corpus 161 (Ingrid Vasquez-Halvorsen, finance operations).

They guard the hand-written labels and the generated messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtyfirst"
CANDIDATE = "ingrid.vh@example.de"

ROWS: list[dict[str, str]] = read_labels(ROOT)
IDS: list[str] = [row["file"] for row in ROWS]

SYSTEM_ADDRESS = re.compile(
    r"(^|[.+_-])(no-?reply|noreply|do-?not-?reply|donotreply|ne-pas-repondre|mailer-daemon|"
    r"notifications?|benachrichtigungen|alerts?|alertas|alertes|newsletter|bounces?|"
    r"jobagent|weekly|updates)([.+_-]|@)"
    r"|@(\w+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|"
    r"taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SE|KG|KGaA|mbH|mbB|UG|e\.\s?V\.|VVaG|a\.\s?G\.|Ltd\.?|Limited|Inc\.?|LLC|"
    r"PLC|SA|S\.A\.|SAS|SARL|S\.L\.|SL|B\.V\.|BV|N\.V\.|A/S|ApS|AB|Co\.)\s*$"
    r"|\b(GmbH|mbH)\b",
)


def _on_disk() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))


def test_every_file_labelled_exactly_once() -> None:
    assert len(IDS) == len(set(IDS)), "a file is labelled twice"
    assert sorted(IDS) == _on_disk()
    assert len(IDS) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert set(kinds) == set(KINDS), kinds
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_de = languages["de"] / len(ROWS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in LANGUAGES:
        assert languages[language] >= 10, languages


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (row["file"], header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
        return
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
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    seen: dict[str, str] = {}
    for row in ROWS:
        message_id = str(parse_eml(ROOT, row["file"])["Message-ID"]).strip()
        assert message_id not in seen, (row["file"], seen.get(message_id))
        seen[message_id] = row["file"]
