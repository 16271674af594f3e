"""Sanity checks for the 89th labelled corpus (tests/corpus_eightyninth/).

They guard the corpus, not the classifier: every file is labelled once, every label is valid,
every message parses as a mail program would, and a labelled contact is a human address that
the message itself shows. Imports only tests/corpus_common.py, never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path

import icalendar

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_eightyninth"
ROWS = read_labels(ROOT)
ME = "darnell.of@example.com"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|noresponder|no-responder|ne-pas-repondre"
                      r"|notification|mailer-daemon|autoreply|alerts?@", re.I)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_are_valid_and_files_sit_in_their_kind_folder() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_match_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is present"
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.45 <= languages["en"] / len(ROWS) <= 0.65
    for lang in ("fr", "es", "de"):
        assert languages[lang] >= 15, lang


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|Inc|LLC|LLP|AG)\.?$", row["company"]), row


@for_each(ROWS)
def test_message_parses_and_has_the_usual_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    when = parsedate_to_datetime(str(message["Date"]))
    assert when.year == 2026 and 1 <= when.month <= 10
    texts = [part for part in message.walk() if part.get_content_maintype() == "text"]
    assert texts, "no text part"
    for part in texts:
        content = part.get_content()
        assert isinstance(content, str) and content.strip()
        if part.get_content_subtype() == "calendar":
            calendar = icalendar.Calendar.from_ical(content)
            assert calendar.walk("VEVENT"), row["file"]


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_shown_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower() and "@" in contact
    assert not NO_REPLY.search(contact), contact
    assert contact != ME
    assert contact in visible_text(message)
    # SPEC 3: Reply-To when it names a person, else the sender.
    assert contact in addresses(message, "Reply-To", "From")


def test_no_reply_senders_without_a_human_reply_to_have_no_contact() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        senders = addresses(message, "Reply-To", "From")
        if senders and all(NO_REPLY.search(addr) for addr in senders):
            assert row["contact"] == "", row


def test_the_candidates_own_mail_is_labelled_other() -> None:
    own = [row for row in ROWS
           if addresses(parse_eml(ROOT, row["file"]), "From") == [ME]]
    assert own, "the corpus holds some of the candidate's own sent mail"
    assert all(row["kind"] == "other" for row in own)
