"""Sanity checks for corpus 147 (Valeria Cárdenas-Holt's hand-written, blind mailbox).

They guard the labels and the message files, not the classifier: a failure here means the corpus
itself is inconsistent.
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

ROOT = Path(__file__).parent / "corpus_hundredfortyseventh"
CANDIDATE = "valeria.ch@example.co"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?@|mailer-daemon|bounces?@|alerts?@|newsletter@"
    r"|@(?:[a-z0-9-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|jobs\.recruitee\.com)$)"
)
LEGAL_FORM = re.compile(
    r"(?:\b(?:GmbH|AG|SE|KG|e\.V|Ltd|Inc|LLC|Corp|SAS|SARL|SA|S\.A|S\.A\.S|S\.L|SL|SLU|S\.C"
    r"|S\.A\.P\.I|de C\.V|Ltda|BV|NV|plc)\.?)$"
)

ROWS: list[dict[str, str]] = read_labels(ROOT)
JOB_KINDS = KINDS - {"other"}


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_kind_coverage() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share_es = languages["es"] / len(ROWS)
    assert 0.45 <= share_es <= 0.65, share_es
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (row["file"], name)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if senders and senders[0] == CANDIDATE:
        assert contact == "", row
        assert row["kind"] == "other", row
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
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert all(ids)
    assert len(ids) == len(set(ids))
