"""Sanity checks on the 163rd corpus (Carmen Quispe-Lindqvist, teacher to instructional design).

They guard the labels and the messages' well-formedness, not the classifier: nothing here runs
or imports the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtythird"
CANDIDATE = "carmen.ql@example.cl"

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]

NOT_HUMAN = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|no-?responder|ne-?pas-?repondre"
    r"|keine-?antwort|notifications?|mailer-daemon|postmaster|bounces?|alerts?|newsletter"
    r"|boletin)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.(de|com)"
    r"|successfactors\.(eu|com)|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(GmbH|gGmbH|AG|SA|S\.A\.?|S\.L\.?|SL|SpA|Ltd\.?|Ltda\.?|Inc\.?|SAS|LLC|LLP"
    r"|SARL|Sàrl|S\.?R\.?L\.?|e\.V\.|KG|plc|PLC|BV|Corp\.?|Co\.)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    share = langs["es"] / len(ROWS)
    assert 0.45 <= share <= 0.65, langs
    for lang in ("en", "de", "fr", "es"):
        assert langs[lang] >= 10, langs


@for_each(FILES)
def test_message_is_well_formed(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact(row: dict[str, str]) -> None:
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
    assert not NOT_HUMAN.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company and company, row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
