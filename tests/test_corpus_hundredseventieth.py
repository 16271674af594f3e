"""Sanity checks for corpus 170 (Lukas Ferreira-Novak, mechanic into technical sales).

They guard the labels and the messages as written, not the classifier's answers.
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

ROOT = Path(__file__).parent / "corpus_hundredseventieth"
CANDIDATE = "lukas.fn@example.de"

ROWS = read_labels(ROOT)
JOB_KINDS = KINDS - {"other"}

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|no-?responder|noresponder"
    r"|notifications?|benachrichtigungen|alerts?@|alertes@|mailer-daemon)"
    r"|@(?:[\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:\b|\s)(GmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|S\.r\.l\.|Srl|S\.p\.A\.|SpA|Ltd\.?"
    r"|Limited|Inc\.?|LLC|KG|OHG|e\.V\.|e\.K\.|SE|plc|BV|NV|Co\.)\s*$"
)


def _ids(rows: list[dict[str, str]]) -> list[str]:
    return [row["file"] for row in rows]


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(_ids(ROWS))
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_languages_and_balance() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_de = languages["de"] / len(ROWS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


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
        assert row["kind"] == "other", row
        assert contact == "", row
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
    if row["kind"] in JOB_KINDS:
        assert company.strip(), row
        assert company == company.strip(), row
        assert not LEGAL_FORM.search(company), row
    else:
        assert company == "", row


def test_message_ids_unique() -> None:
    seen: Counter[str] = Counter()
    for row in ROWS:
        seen[str(parse_eml(ROOT, row["file"])["Message-ID"]).strip()] += 1
    duplicates = [mid for mid, count in seen.items() if count > 1]
    assert not duplicates, duplicates
