"""Sanity checks on corpus 246 (Rubén Okonkwo-Larrea, car sales to procurement, 2026).

They guard the hand-written labels and messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfortysixth"
CANDIDATE = "ruben.ol@example.es"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._-])(no-?reply|noreply|do-?not-?reply|notifications?|mailer-daemon|alerts?|alertas"
    r"|newsletter|boletin|bounce)([._-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(gmbh|ag|sa|s\.a\.|sl|s\.l\.|slu|s\.l\.u\.|ltd|limited|inc|sas|sarl|llc|plc|kg|lda"
    r"|co\. ?kg|se)\.?$",
    re.IGNORECASE,
)


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(on_disk) >= 140


def test_kind_and_language_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert set(languages) <= LANGUAGES
    assert 0.45 <= languages["es"] / len(LABELS) <= 0.65
    for language in LANGUAGES:
        assert languages[language] >= 10, language


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    assert len(set(ids)) == len(ids)


@for_each(LABELS)
def test_row_fields_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]


@for_each(LABELS)
def test_message_parses(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "own mail has no contact"
        assert row["kind"] == "other", "own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), "system address as contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company and company
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
