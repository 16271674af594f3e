"""Sanity of tests/corpus_twentyfifth: labels match the files and follow the label rules.

This corpus measures how the classifier generalizes, so these tests check only the corpus
itself (labels, parsing, contact rule, proportions), never the classifier's answers.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentyfifth"
CANDIDATE = "valentina.ortiz@example.net"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|notification|"
    r"notificacion|alert|avisos|jobagent|newsletter",
    re.IGNORECASE,
)
ROWS = read_labels(ROOT)


def _addresses(message: EmailMessage, header: str) -> list[str]:
    return [addr.lower() for _, addr in getaddresses([str(v) for v in message.get_all(header, [])])]


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_are_those_the_readme_states() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert kinds == {"rejection": 30, "interview_invitation": 25,
                     "interview_reschedule_or_cancel": 15, "missed_interview_notice": 10,
                     "application_received": 20, "offer": 10, "other": 54}
    languages = Counter(row["language"] for row in ROWS)
    assert 0.45 <= languages["es"] / len(ROWS) <= 0.55
    assert 0.30 <= languages["en"] / len(ROWS) <= 0.40
    assert languages["fr"] >= 8 and languages["de"] >= 8


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.?|S\.r\.l\.|Inc)\W*$", row["company"]), row


@for_each(ROWS)
def test_every_message_parses_and_decodes(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"]
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert texts and all(text.strip() for text in texts)
    assert not message.defects


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


@for_each(ROWS)
def test_contact_follows_the_reply_to_then_sender_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = _addresses(message, "Reply-To") + _addresses(message, "From")
    if not contact:
        human = [a for a in senders if a != CANDIDATE and not NO_REPLY.search(a)]
        bulk = message["List-Unsubscribe"] or message["Precedence"]
        assert not human or bulk or row["kind"] == "other" or _is_system(senders), row
        return
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), row
    assert contact.lower() in senders, row
    reply_to = [a for a in _addresses(message, "Reply-To") if not NO_REPLY.search(a)]
    if reply_to:
        assert contact.lower() == reply_to[0], row


def _is_system(addresses: list[str]) -> bool:
    """An ATS tenant address (bank@myworkday.com) is a system sender even without 'no-reply'."""
    return any(a.endswith(("myworkday.com", "greenhouse-mail.io")) for a in addresses)


def test_the_candidates_own_mail_is_other_with_no_contact() -> None:
    own = [row for row in ROWS
           if CANDIDATE in _addresses(parse_eml(ROOT, row["file"]), "From")]
    assert len(own) >= 3
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)
