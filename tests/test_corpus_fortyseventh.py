"""Sanity checks for the forty-seventh labelled corpus (tests/corpus_fortyseventh).

They guard the labels, not the classifier: every message is labelled once, parses as a mail
program would parse it, and its `contact` is a human address that really occurs in the mail.
Imports: the shared corpus reader only.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "priya.rc@example.co.uk"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
                      r"notification|alert|noreply|mailer-daemon|auto-confirm", re.IGNORECASE)


def _text_of(message: EmailMessage) -> str:
    """Headers and every decoded text part: where a reader could find an address."""
    chunks = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_every_message_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_match_the_brief() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert kinds["rejection"] >= 28 and kinds["other"] >= 45
    assert kinds["interview_invitation"] >= 22 and kinds["application_received"] >= 18
    assert kinds["interview_reschedule_or_cancel"] >= 12
    assert kinds["missed_interview_notice"] >= 8 and kinds["offer"] >= 8
    languages = Counter(row["language"] for row in ROWS)
    assert 0.5 <= languages["en"] / len(ROWS) <= 0.6
    for lang in ("de", "fr", "es"):
        assert languages[lang] / len(ROWS) >= 0.12, lang


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        assert not re.search(r"\b(GmbH|Ltd|S\.A\.|AG|plc|B\.V\.|LLP)$", row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_is_human(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], header
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if not contact:
        return
    assert not NO_REPLY.search(contact.split("@")[0]), contact
    assert contact.lower() != CANDIDATE
    assert contact.lower() in _text_of(message).lower()


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS
           if any(addr.lower() == CANDIDATE
                  for _, addr in getaddresses([str(parse_eml(ROOT, row["file"])["From"])]))]
    assert own, "the corpus should hold at least one message the candidate sent"
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
