"""Sanity checks for corpus 196 (Anaïs Grünewald-Sow, flight attendant moving into HR).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetysixth"
CANDIDATE = "anais.gs@example.fr"

ROWS: list[dict[str, str]] = read_labels(ROOT)
ROW_IDS: list[str] = [row["file"] for row in ROWS]

SYSTEM_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|alerts?|mailer-daemon"
    r"|bounces?|newsletter|jobletter|digest)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:\s|,)(GmbH|AG|SA|SAS|SARL|Sàrl|S\.A\.?|S\.L\.?|SL|SLU|Ltd\.?|Limited|Inc\.?|LLC"
    r"|PLC|plc|KG|SE|BV|NV|SpA|Srl|S\.à r\.l\.)$"
)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(ROW_IDS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    assert 0.40 <= langs["fr"] / len(ROWS) <= 0.60, langs
    for lang in LANGUAGES:
        assert langs[lang] >= 10, langs


@for_each(ROW_IDS)
def test_message_is_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (rel, name, value.defects)
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
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
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
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in ROW_IDS]
    assert len(ids) == len(set(ids))
