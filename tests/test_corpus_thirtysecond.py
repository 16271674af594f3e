"""Sanity checks for the thirty-second labelled corpus (tests/corpus_thirtysecond).

Guards the labels, not the classifier: every message is labelled once with a valid kind and
language, parses as a mail program would read it, and its `contact` is a human address that
really occurs in the message. Imports only the shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtysecond"
ROWS = read_labels(ROOT)
CANDIDATE = "daniela.restrepo@example.com"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|"
                      r"notification|notificaciones|alert|mailer-daemon", re.I)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|Ltd|Limited|S\.?A\.?|S\.?L\.?|SAS|SARL|Inc|LLC|B\.?V\.?|"
                        r"E\.S\.P\.|Pvt)\.?$")


def _text(message: EmailMessage) -> str:
    """Headers and every decoded text part, as a reader would see them."""
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_file_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS, f"every kind is represented: {counts}"
    languages = Counter(row["language"] for row in ROWS)
    assert languages.most_common(1)[0][0] == "es"
    assert set(languages) == LANGUAGES


@for_each(ROWS)
def test_message_parses_with_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: missing {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    assert message.get_body(preferencelist=("plain", "html")) is not None
    assert _text(message).strip()


@for_each(ROWS)
def test_contact_is_human_and_present(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert row["kind"] != "other", "contacts are labelled on job mail only"
    assert "@" in contact and contact.lower() != CANDIDATE
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() in _text(parse_eml(ROOT, row["file"])).lower()


@for_each(ROWS)
def test_company_only_on_job_mail_without_legal_form(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == "" and row["contact"] == ""
    else:
        assert row["company"].strip() == row["company"] != ""
        assert not LEGAL_FORM.search(row["company"]), row["company"]


def test_reply_to_wins_when_present() -> None:
    """Where a human Reply-To exists, it is the labelled contact (SPEC section 3)."""
    checked = 0
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        reply_to = [addr for _, addr in getaddresses([str(message.get("Reply-To", ""))]) if addr]
        if row["kind"] != "other" and reply_to and not NO_REPLY.search(reply_to[0]):
            assert row["contact"] == reply_to[0], row["file"]
            checked += 1
    assert checked >= 5


def test_candidate_own_mail_is_other() -> None:
    own = [row for row in ROWS
           if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own and all(row["kind"] == "other" for row in own)
