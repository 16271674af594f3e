"""Sanity checks on the labels of corpus 154 (Renata Quispe-Albrecht, hand-written and blind).

They guard the labels and the messages they describe, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftyfourth"
CANDIDATE = "renata.qa@example.pe"

ROWS = read_labels(ROOT)
FILES = [row["file"] for row in ROWS]

SYSTEM_ADDRESS = re.compile(
    r"^(no-?reply|noreply|do-?not-?reply|no-?responder|ne-?pas-?repondre|notifications?"
    r"|notificaciones|alert|alerta|newsletter|news|boletin|mailer|bounces?|postmaster|auto)"
    r"[^@]*@"
    r"|@(.*\.)?(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.(eu|com)|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|KG|SA|SAS|SAC|SpA|SL|SLP|Ltd|Ltda|Inc|LLC|LLP|plc|Corp|Sàrl|SARL|NV|BV)\.?"
    r"|\bS\.\s?A\.(\s?[CS]\.?)?|\bS\.\s?L\.(\s?P\.?)?|\bS\.\s?à\s?r\.\s?l\.|\bS\.\s?p\.\s?A\.)$"
)
JOB_KINDS = KINDS - {"other"}


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.45 <= languages["es"] / len(ROWS) <= 0.65
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.get_content_type(), part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (row["file"], name)
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
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), row["file"]
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), company
    else:
        assert company == "", row["file"]


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in FILES]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates
