"""Sanity checks for the 157th blind corpus (Miriam Pölzl-Adeyemi, Graz to e-commerce ops).

They guard the labels and the written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftyseventh"
CANDIDATE = "miriam.pa@example.at"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?@|mailer-daemon|postmaster"
    r"|@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$)"
)
LEGAL_FORM = re.compile(
    r"(?:\b(?:GmbH|AG|SA|SAS|SARL|S\.?L\.?U?|S\.A\.?|Ltd|Inc|LLC|KG|OG|e\.U\.|d\.o\.o\.|Co\.?)"
    r"\.?)\s*$"
)
LABELS = read_labels(ROOT)
ROWS = {row["file"]: row for row in LABELS}


def _row_ids() -> list[str]:
    return [row["file"] for row in LABELS]


def test_every_file_labelled_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    langs = Counter(row["language"] for row in LABELS)
    assert 0.40 <= langs["de"] / len(LABELS) <= 0.60
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(_row_ids())
def test_message_well_formed(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, (rel, name)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(_row_ids())
def test_contact_rules(rel: str) -> None:
    row = ROWS[rel]
    message = parse_eml(ROOT, rel)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", rel
        assert row["kind"] == "other", rel
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not SYSTEM_ADDRESS.search(contact), rel
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


@for_each(_row_ids())
def test_company_rules(rel: str) -> None:
    row = ROWS[rel]
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
    else:
        assert company.strip(), rel
        assert company == company.strip(), rel
        assert not LEGAL_FORM.search(company), rel


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    assert len(ids) == len(set(ids))
