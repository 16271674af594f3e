"""Sanity checks on the labels and messages of corpus 186 (Ignacio Valderrama-Lindqvist).

These tests guard the hand-written labels and the well-formedness of the messages; they do not
run or measure the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_hundredeightysixth"
CANDIDATE = "ignacio.vl@example.cl"

ROWS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in ROWS]

SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|notificaciones|"
    r"benachrichtigungen|alert[aes]*|newsletter|mailer-daemon|bounces?)([._+-]|@)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|KG|SE|SA|S\.A|SAS|SARL|S\.L|SL|SpA|S\.p\.A|Ltd|Ltda|Inc|LLC|Pty|SRL|S\.R\.L|"
    r"BV|NV|PLC|Corp|SCM|S\.A\.C|S\.A\.A)\.?$"
)


def _is_system(address: str) -> bool:
    return bool(SYSTEM_LOCAL.search(address) or ATS_DOMAIN.search(address))


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_languages_and_folders() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    langs = Counter(row["language"] for row in ROWS)
    assert 0.45 <= langs["es"] / len(ROWS) <= 0.65
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(FILES)
def test_message_is_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (rel, name)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if addresses(message, "From") == [CANDIDATE]:
        assert contact == "", row
        assert row["kind"] == "other", row
        return
    humans = [a for a in addresses(message, "Reply-To", "From") if not _is_system(a)]
    if not contact:
        assert not humans, row
        return
    assert contact == humans[0], row
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not _is_system(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company and company, row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
