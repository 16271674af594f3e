"""Sanity checks on corpus 179 (Niamh Castellanos-Byrne, teacher moving into L&D).

They guard the hand-written labels and the written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredseventyninth"
CANDIDATE = "niamh.cb@example.ie"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|noreply|no-responder|ne-pas-repondre|keine-antwort"
    r"|notifications?|benachrichtigung|mailer-daemon|bounces?|alerts?@|alertas@)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:\s|,)(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SLU|SAS|SARL|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC"
    r"|DAC|BV|B\.V\.|NV|KG|e\.V\.|UC|CLG|Co\.)$",
    re.IGNORECASE,
)

LABELS: list[dict[str, str]] = read_labels(ROOT)
JOB = [row for row in LABELS if row["kind"] != "other"]


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_own(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (row["file"], header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _is_own(message):
        assert contact == "", row["file"]
        assert row["kind"] == "other", row["file"]
        return
    if not contact:
        return
    assert contact == contact.lower(), row["file"]
    assert contact != CANDIDATE, row["file"]
    assert not SYSTEM_ADDRESS.search(contact), (row["file"], contact)
    assert contact in addresses(message, "Reply-To", "From"), (row["file"], contact)
    assert contact in visible_text(message), (row["file"], contact)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row["file"]
        return
    assert company.strip(), row["file"]
    assert company == company.strip(), row["file"]
    assert not LEGAL_FORM.search(company), (row["file"], company)


def test_job_mail_with_only_system_senders_has_no_contact() -> None:
    for row in JOB:
        message = _message(row)
        senders = addresses(message, "Reply-To", "From")
        if senders and all(SYSTEM_ADDRESS.search(addr) for addr in senders):
            assert row["contact"] == "", row["file"]


def test_message_ids_are_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in LABELS]
    assert len(ids) == len(set(ids))
