"""Sanity checks for the eighty-third labelled corpus (tests/corpus_eightythird).

They guard the corpus itself, not the classifier: every file labelled once, labels valid,
every message readable by Python's email package, and contacts that a user could really
reply to.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eightythird"
CANDIDATE = "oceane.ml@example.ca"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notification|"
                      r"mailer-daemon|calendar-notification|alert", re.IGNORECASE)
ROWS = read_labels(ROOT)


def _text_of(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader would look for an address."""
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_size_and_mix_of_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is represented"
    assert set(languages) == LANGUAGES
    assert languages["fr"] > len(ROWS) * 0.4
    assert kinds["other"] >= len(ROWS) * 0.25


@for_each(ROWS)
def test_row_is_valid_and_message_parses(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "files live in their kind's folder"
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert parsedate_to_datetime(message["Date"]).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    if row["kind"] != "other":
        assert row["company"], "job mail names its employer"


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_present_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert "@" in contact and " " not in contact
    assert contact.lower() != CANDIDATE
    assert not NO_REPLY.search(contact), f"{contact} is an automated address"
    assert contact.lower() in _text_of(parse_eml(ROOT, row["file"])).lower()


def test_own_sent_mail_has_no_contact() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        senders = [addr.lower() for _, addr in getaddresses(message.get_all("From", []))]
        if CANDIDATE in senders:
            assert row["kind"] == "other" and not row["contact"], row["file"]


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))
