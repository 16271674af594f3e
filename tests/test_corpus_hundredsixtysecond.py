"""Sanity checks on corpus 162 (Bastien Okafor-Leroux, canteen cook moving into food QA).

They guard the labels and the written messages, not the classifier: they never run it.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtysecond"
CANDIDATE = "bastien.ol@example.fr"
SEVEN_KINDS = frozenset(
    {
        "rejection",
        "interview_invitation",
        "interview_reschedule_or_cancel",
        "missed_interview_notice",
        "application_received",
        "offer",
        "other",
    }
)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._-])(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
    r"notifications?|mailer(-daemon)?|bounces?|alert(e)?s?|newsletter)([._-]|@)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|Sàrl|S\.L\.|SL|SLU|Ltd|Limited|Inc|LLC|SpA|S\.p\.A\.|"
    r"S\.r\.l\.|Srl|plc|KG|e\.V\.|BV|DAC|& Co\.?)\.?\s*$"
)


def _rows() -> list[dict[str, str]]:
    return read_labels(ROOT)


ROWS = _rows()
IDS = [row["file"] for row in ROWS]


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = sorted(IDS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row


def test_kind_counts() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert SEVEN_KINDS <= KINDS
    assert set(kinds) >= SEVEN_KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    assert 0.40 <= langs["fr"] / len(ROWS) <= 0.60
    for lang in ("en", "de", "fr", "es"):
        assert langs[lang] >= 10, lang
    assert set(langs) <= LANGUAGES


@for_each(IDS)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.get_content_type(), part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, (rel, name)
    assert str(message["Subject"]).strip(), rel
    assert message["Date"].datetime.year == 2026, rel
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html") and not part.is_attachment()
    ]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
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
    else:
        assert company.strip() == company and company, row
        assert not LEGAL_FORM.search(company), row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert len(ids) == len(set(ids))
