"""Sanity of the thirty-first labelled corpus (tests/corpus_thirtyfirst): labels, parsing, contacts.

This corpus is for one untuned measurement of the classifier; this file only guards that the
corpus is what tests/corpus_thirtyfirst/README.md says it is. It imports no classifier code.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtyfirst"
CANDIDATE = "henrik.vogt@example.org"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|"
                      r"mailrobot|jobalerts?|inmail|calendar-notification|dse@", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SE|Ltd|plc|Inc|S\.A\.|S\.L\.|SAS|Pvt)\.?$", re.IGNORECASE)
ROWS = read_labels(ROOT)
MINIMUM_PER_KIND = {
    "rejection": 25, "interview_invitation": 20, "interview_reschedule_or_cancel": 12,
    "missed_interview_notice": 8, "application_received": 16, "offer": 8, "other": 40,
}


def test_labels_cover_every_message_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_counts_and_language_mix_match_the_readme() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    for kind, minimum in MINIMUM_PER_KIND.items():
        assert kinds[kind] >= minimum, kind
    assert languages["de"] / len(ROWS) >= 0.35
    assert all(languages[lang] >= 20 for lang in LANGUAGES)


@for_each(ROWS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].startswith(row["kind"] + "/"), "a message lives in its kind's folder"
    assert not LEGAL_FORM.search(row["company"]), "company is labelled without its legal form"
    if row["kind"] != "other":
        assert row["company"], "job mail names its employer"


@for_each(ROWS)
def test_message_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{header} missing"
    date = parsedate_to_datetime(str(message["Date"]))
    assert date.tzinfo is not None and date.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 40
    if message["In-Reply-To"]:
        assert message["In-Reply-To"] in str(message["References"])


@for_each(ROWS)
def test_contact_is_a_human_address_present_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    senders = [addr.lower() for _, addr in getaddresses([str(message["From"])])]
    if CANDIDATE in senders:
        assert row["kind"] == "other" and contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert "@" in contact and contact == contact.strip().lower()
    assert not NO_REPLY.search(contact), "contact is never a no-reply or notification address"
    assert contact != CANDIDATE
    raw = (ROOT / row["file"]).read_bytes().decode("ascii", errors="replace").lower()
    assert contact in raw


def test_some_messages_exercise_each_structure() -> None:
    """The structures the README promises are really present (not just claimed)."""
    seen: Counter[str] = Counter()
    for row in ROWS:
        raw = (ROOT / row["file"]).read_bytes()
        message = parse_eml(ROOT, row["file"])
        types = {part.get_content_type() for part in message.walk()}
        seen["html_only"] += message.get_content_type() == "text/html"
        seen["alternative"] += "multipart/alternative" in types
        seen["calendar"] += "text/calendar" in types
        seen["rfc822"] += "message/rfc822" in types
        seen["pdf"] += "application/pdf" in types
        seen["base64"] += b"Content-Transfer-Encoding: base64" in raw and b"text/plain" in raw
        seen["latin1"] += b'charset="iso-8859-1"' in raw
        seen["cp1252"] += b'charset="windows-1252"' in raw
        seen["encoded_word"] += b"=?utf-8?" in raw
        seen["list_headers"] += bool(message["List-Unsubscribe"])
        seen["reply_to"] += bool(message["Reply-To"])
        seen["auto_reply"] += bool(message["Auto-Submitted"])
    for structure in ("html_only", "alternative", "calendar", "rfc822", "pdf", "base64", "latin1",
                      "cp1252", "encoded_word", "list_headers", "reply_to", "auto_reply"):
        assert seen[structure] >= 1, structure
