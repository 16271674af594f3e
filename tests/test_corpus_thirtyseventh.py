"""Sanity checks for tests/corpus_thirtyseventh: the labels describe the messages that are there.

These guard the corpus, not the classifier: every file is labelled exactly once, labels use the
known kinds and languages, every message parses cleanly, and `contact` obeys SPEC section 3
(a human reply address that occurs in the message, never a no-reply one, never the candidate).
Imports only tests/corpus_common.py and the standard library.
"""

from __future__ import annotations

import collections
import re
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "mathilde.ngo@example.com"
NO_REPLY = re.compile(
    r"no[-_.]?reply|ne[-_.]?pas[-_.]?repondre|do[-_.]?not[-_.]?reply|notification", re.I)
LEGAL_FORMS = re.compile(
    r"\b(GmbH|Ltd|S\.?A\.?|SAS|SARL|S\.A\.R\.L\.|plc|A/S|inc\.?|asbl|AG)$", re.I)


def message_text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader could find a reply address."""
    chunks = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(str(part.get_content()))  # type: ignore[attr-defined]
    return "\n".join(chunks).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_is_represented_in_realistic_proportions() -> None:
    counts = collections.Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    assert counts["other"] >= 40 and counts["rejection"] >= 25
    assert min(counts.values()) >= 10


def test_language_mix_is_french_heavy() -> None:
    share = collections.Counter(row["language"] for row in ROWS)
    total = len(ROWS)
    assert 0.45 <= share["fr"] / total <= 0.55
    assert 0.25 <= share["en"] / total <= 0.35
    assert share["es"] >= 12 and share["de"] >= 12


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORMS.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026  # type: ignore[attr-defined]
    for part in message.walk():
        assert not part.defects, f"{row['file']}: {part.defects}"
    body = message.get_body(("plain", "html"))
    assert body is not None and str(body.get_content()).strip()  # type: ignore[attr-defined]


@for_each(ROWS)
def test_contact_is_a_human_address_found_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    senders = [addr.lower() for _, addr in getaddresses(message.get_all("From", []))]
    if not contact:
        return
    assert "@" in contact and contact == contact.lower().strip(), row
    assert not NO_REPLY.search(contact), row
    assert contact != CANDIDATE, row
    assert contact in message_text(message), row
    reply_to = [addr.lower() for _, addr in getaddresses(message.get_all("Reply-To", []))]
    assert contact in (reply_to or senders), f"{row['file']}: neither Reply-To nor sender"


def test_mail_from_the_candidate_has_no_contact() -> None:
    own = [row for row in ROWS
           if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["contact"] == "" and row["kind"] == "other" for row in own)


def test_no_two_messages_share_a_body() -> None:
    seen: dict[str, str] = {}
    for row in ROWS:
        body = parse_eml(ROOT, row["file"]).get_body(("plain", "html"))
        assert body is not None
        text = " ".join(str(body.get_content()).split())  # type: ignore[attr-defined]
        assert text not in seen, f"{row['file']} repeats {seen.get(text)}"
        seen[text] = row["file"]
