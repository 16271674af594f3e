"""Sanity checks for the twenty-first labelled corpus (tests/corpus_twentyfirst).

They guard the corpus itself, not the classifier: every file is labelled once, labels are
valid, every message parses the way a mail program reads it, and the `contact` label follows
the rule in the corpus README (a human address present in the message, never a no-reply
mailbox and never the candidate). Imports only the shared corpus reader, no classifier code.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import icalendar

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentyfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "jonas.weber@example.net"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon",
                      re.I)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|Ltd|S\.A\.|S\.L\.|NV|s\.r\.o\.|Pvt|A\.Ş\.|Pty|KG)\.?$")


def _text(rel: str) -> str:
    """Headers and every decoded text part, as one searchable string."""
    message = parse_eml(ROOT, rel)
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid_and_match_folder() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    languages = Counter(row["language"] for row in ROWS)
    assert languages["de"] > languages["en"] > languages["fr"] >= 10
    assert languages["es"] >= 10


@for_each(ROWS)
def test_message_parses_with_core_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: missing {header}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert not NO_REPLY.search(contact), row
    assert contact.lower() != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    senders = [addr.lower() for _, addr in getaddresses(
        [str(message.get("Reply-To", "")), str(message["From"])])]
    assert contact.lower() in senders, row
    assert contact in _text(row["file"])


def test_contact_rule_reply_to_before_sender() -> None:
    """Where a human Reply-To exists it is the contact, whoever the sender is."""
    checked = 0
    for row in ROWS:
        reply_to = parse_eml(ROOT, row["file"]).get("Reply-To")
        if reply_to:
            address = getaddresses([str(reply_to)])[0][1]
            assert row["contact"] == address, row
            checked += 1
    assert checked >= 10


def test_candidate_own_mail_and_no_reply_senders_have_no_contact() -> None:
    own = 0
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        sender = getaddresses([str(message["From"])])[0][1]
        if sender == CANDIDATE:
            own += 1
            assert row["kind"] == "other" and row["contact"] == "", row
        elif NO_REPLY.search(sender) and not message.get("Reply-To"):
            assert row["contact"] == "", row
    assert own >= 4


def test_company_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


def test_calendar_parts_are_valid_icalendar() -> None:
    seen = 0
    for row in ROWS:
        for part in parse_eml(ROOT, row["file"]).walk():
            if part.get_content_type() == "text/calendar":
                calendar = icalendar.Calendar.from_ical(part.get_content())
                events = list(calendar.walk("VEVENT"))
                assert len(events) == 1 and events[0].get("DTSTART"), row
                seen += 1
    assert seen >= 6


def test_structure_and_encodings_are_varied() -> None:
    shapes: Counter[str] = Counter()
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        shapes[message.get_content_type()] += 1
        for part in message.walk():
            shapes[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
            shapes[str(part.get_content_charset() or "")] += 1
        raw = (ROOT / row["file"]).read_bytes()
        shapes["encoded-word"] += b"=?" in raw.split(b"\r\n\r\n", 1)[0]
    for shape in ("text/plain", "text/html", "multipart/alternative", "multipart/mixed",
                  "quoted-printable", "base64", "8bit", "iso-8859-1", "windows-1252",
                  "encoded-word"):
        assert shapes[shape] >= 2, shape
