"""Sanity checks for the twentieth labelled corpus (tests/corpus_twentieth).

They guard the corpus itself, not the classifier: every message is labelled once, parses as a
mail program would read it, and its labels keep the rules in the corpus README (a contact is a
human address found in the message, never a no-reply one nor the candidate's own; company only
on job mail, without a legal form). Imports only the shared corpus reader.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentieth"
ROWS = read_labels(ROOT)
CANDIDATE = "lucia.fernandez@example.com"
NO_REPLY = re.compile(
    r"(no-?reply|do-?not-?reply|noresponder|ne-pas-repondre|notification|alert|newsletter|mailer)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.A\.|SA|SL|S\.L\.|Inc|LLC|SAS|B\.V\.|AB|AS|PartGmbB)\.?$")


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_size_and_mix_of_kinds_and_languages() -> None:
    assert len(ROWS) >= 140
    assert {row["kind"] for row in ROWS} == KINDS
    assert {row["language"] for row in ROWS} == LANGUAGES
    others = sum(row["kind"] == "other" for row in ROWS)
    assert 0.2 <= others / len(ROWS) <= 0.4


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_row_is_valid_and_message_parses(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].startswith(row["kind"] + "/"), "a file lives in its kind's folder"
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[name], f"{name} missing"
    sent = parsedate_to_datetime(str(message["Date"])).astimezone(UTC)
    assert datetime(2026, 4, 1, tzinfo=UTC) <= sent < datetime(2026, 9, 1, tzinfo=UTC)
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40, "the body decodes to readable text"


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_contact_is_a_human_address_from_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    senders = [
        addr.lower()
        for _, addr in getaddresses(
            [str(message.get("From", "")), str(message.get("Reply-To", ""))]
        )
    ]
    if CANDIDATE in senders[:1]:
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact.split("@")[0]), f"{contact} is not a human address"
    assert contact.lower() in senders, "the contact is the sender or the Reply-To"


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_company_only_on_job_mail_and_without_legal_form(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company, "job mail names its employer"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"{company!r} keeps a legal form"
