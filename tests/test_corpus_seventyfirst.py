"""Sanity of the 71st labelled corpus (tests/corpus_seventyfirst): labels, files, contacts.

The corpus is a held-out measurement set; this file only guards that it stays what its README
says (every file labelled once, valid kinds and languages, parseable mail, honest contacts). It
never runs the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventyfirst"
CANDIDATE = "nia.ob@example.co.za"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|notification",
    re.IGNORECASE,
)
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Headers and every decoded text part: where a reader could find a contact address."""
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml")}
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert set(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["en"] > len(ROWS) / 2
    assert all(languages[lang] >= 15 for lang in ("de", "fr", "es"))


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip(), row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|SAS|AG|Pty)\b", row["company"]), row


@for_each(ROWS)
def test_file_parses_and_contact_is_honest(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"]
    assert message.get_body(("plain", "html")) is not None
    contact = row["contact"]
    if contact:
        assert "@" in contact and contact == contact.strip().lower()
        assert contact != CANDIDATE
        assert not NO_REPLY.search(contact.split("@")[0]), contact
        assert contact in _text(message).lower()
    senders = [a for _, a in getaddresses([str(message["From"])])]
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"


def test_no_reply_senders_never_become_the_contact() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        sender = getaddresses([str(message["From"])])[0][1].lower()
        if NO_REPLY.search(sender.split("@")[0]):
            assert row["contact"] != sender, row
