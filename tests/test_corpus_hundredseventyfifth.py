"""Sanity checks on corpus 175 (Clémence Nakamura-Diallo, bakery to customer success).

They guard the hand-written labels and the well-formedness of the messages, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_hundredseventyfifth"
CANDIDATE = "clemence.nd@example.fr"

SYSTEM_ADDRESS = re.compile(
    r"(^|[.@_-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|notificaciones"
    r"|benachrichtigungen|mailer|alert(e|a)s?|digest)([.@_-]|$)"
    r"|@(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|([a-z0-9-]+\.)*icims\.com|ashbyhq\.com|([a-z0-9-]+\.)*teamtailor-mail\.com"
    r"|([a-z0-9-]+\.)*personio\.de|successfactors\.eu|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Limited|Inc|LLC|PLC|BV|NV|SE|KG|S\.p\.A\.)\.?$",
    re.IGNORECASE,
)

LABELS = read_labels(ROOT)
JOB_KINDS = KINDS - {"other"}


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
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
    languages = Counter(row["language"] for row in LABELS)
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


@for_each([row["file"] for row in LABELS])
def test_message_is_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), rel


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if addresses(message, "From") == [CANDIDATE]:
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


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), row
        assert company == company.strip(), row
        assert not LEGAL_FORM.search(company), row
    else:
        assert company == "", row


def test_message_ids_unique() -> None:
    ids = [str(_message(row["file"])["Message-ID"]).strip() for row in LABELS]
    assert len(ids) == len(set(ids))
