"""Sanity checks for the 57th labelled corpus (tests/corpus_fiftyseventh): the labels and the
messages agree, so that a classifier measured on it is measured against sound labels.

Reads the corpus with tests/corpus_common.py only; never imports the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftyseventh"
CANDIDATE = "lucia.etxeberria@example.es"
ROBOT = re.compile(
    r"no-?reply|do-?not-?reply|no-?responder|ne-?pas-?repondre|notification|mailer", re.I
)
ROWS = read_labels(ROOT)


def text_of(message: EmailMessage) -> str:
    """Headers and every decoded text part, as one string to search for addresses."""
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_message_once() -> None:
    files = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_every_kind_is_represented_in_realistic_proportions() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS)
    assert len(ROWS) >= 140
    assert counts["other"] >= 40 and counts["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert languages["es"] > languages["en"] > languages["fr"] > languages["de"] > 0


@for_each(ROWS)
def test_message_parses_and_labels_fit_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("Message-ID", "Date", "From", "Subject"):
        assert message[header], header
    assert message.get_body(preferencelist=("plain", "html")) is not None
    body = text_of(message)
    contact = row["contact"]
    if contact:
        assert not ROBOT.search(contact), "a no-reply address as contact"
        assert contact != CANDIDATE
        assert contact in body, "the contact must appear in the message"
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    if message["List-Id"] or message["List-Unsubscribe"]:
        assert contact == "", "nobody answers replies to bulk mail"
    sender = parseaddr(str(message["From"]))[1]
    if sender == CANDIDATE:
        assert row["kind"] == "other", "the candidate's own mail is never a trigger"
    else:
        recipients = [addr for _, addr in getaddresses([str(message["To"] or "")])]
        assert CANDIDATE in recipients


def test_company_labels_carry_no_legal_form() -> None:
    legal = re.compile(r"\b(GmbH|AG|Ltd|Limited|S\.A\.|S\.L\.|SAS|S\.A\.S\.|Pvt|Inc)\.?$")
    for row in ROWS:
        assert not legal.search(row["company"]), row
