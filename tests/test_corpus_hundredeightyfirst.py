"""Sanity checks for corpus 181 (Jonas Haverkamp-Sørensen, chef moving into food safety).

They guard the hand-written labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredeightyfirst"
CANDIDATE = "jonas.hs@example.ch"

ROWS = read_labels(ROOT)
BY_FILE = {row["file"]: row for row in ROWS}

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|noreply|do-?not-?reply|donotreply|ne-pas-repondre|notifications?|"
    r"mailer-daemon|postmaster|alerts?|newsletter|bulletin)[^@]*@",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@([a-z0-9.-]+\.)?(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"jobs\.recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|SA|SAS|SARL|Sàrl|Ltd|Inc|LLC|plc|KG|S\.?L\.?U?|S\.?r\.?l|S\.?p\.?A|"
    r"S\.?A\.?U?)\.?)$",
    re.IGNORECASE,
)


def _sender(rel: str) -> str:
    found = addresses(parse_eml(ROOT, rel), "From")
    return found[0] if found else ""


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    share_de = langs["de"] / len(ROWS)
    assert 0.35 <= share_de <= 0.55, share_de
    for lang in LANGUAGES:
        assert langs[lang] >= 10, (lang, langs[lang])


@for_each(sorted(BY_FILE))
def test_message_parses(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(sorted(BY_FILE))
def test_contact_rules(rel: str) -> None:
    row = BY_FILE[rel]
    contact = row["contact"]
    message = parse_eml(ROOT, rel)
    if _sender(rel) == CANDIDATE:
        assert contact == "", rel
        assert row["kind"] == "other", rel
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not SYSTEM_ADDRESS.search(contact), rel
    assert not ATS_DOMAIN.search(contact), rel
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


@for_each(sorted(BY_FILE))
def test_company_rules(rel: str) -> None:
    row = BY_FILE[rel]
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
        return
    assert company.strip(), rel
    assert company == company.strip(), rel
    assert not LEGAL_FORM.search(company), (rel, company)


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    repeated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not repeated, repeated
