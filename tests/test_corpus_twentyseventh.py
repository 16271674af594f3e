"""Sanity checks on the twenty-seventh labelled corpus (tests/corpus_twentyseventh).

The corpus measures how the classifier generalizes, so these tests check only the corpus
itself: every file labelled once, labels well-formed, every message readable by Python's
email package, contacts human and present in their message. Imports only the shared reader.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "camille.lefevre@example.org"
NO_REPLY = re.compile(
    r"no-?reply|ne-pas-repondre|noreply|notification|donotreply|mailer-daemon|alert", re.IGNORECASE
)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.?A\.?|SAS|eG|N\.V\.|Inc)\.?$")


def _text(message: EmailMessage) -> str:
    """Headers and every decoded text part: where a reader could find an address."""
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def _senders(message: EmailMessage) -> list[str]:
    return [addr.lower() for _, addr in getaddresses(message.get_all("From", []))]


def test_every_file_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(labelled) >= 140


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))


def test_labels_are_well_formed() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORM.search(row["company"]), row


def test_every_kind_and_language_is_represented_in_realistic_proportion() -> None:
    kinds = [row["kind"] for row in ROWS]
    assert set(kinds) == KINDS
    assert kinds.count("other") >= 0.25 * len(kinds)
    languages = [row["language"] for row in ROWS]
    assert languages.count("fr") >= 0.45 * len(languages)
    assert {"en", "de", "es"} <= set(languages)


@for_each(ROWS)
def test_message_parses_and_contact_is_human_and_present(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Subject"], row["file"]
    assert message["Date"].datetime.year == 2026, row["file"]
    assert message.get_body(preferencelist=("plain", "html")) is not None
    text = _text(message)
    contact = row["contact"]
    if contact:
        assert "@" in contact and contact == contact.lower()
        assert not NO_REPLY.search(contact), contact
        assert contact != CANDIDATE
        assert contact in text.lower(), f"{row['file']}: contact {contact} not in the message"
    if CANDIDATE in _senders(message):
        assert row["kind"] == "other" and contact == "", row
