"""Sanity checks for the 72nd labelled corpus (tests/corpus_seventysecond/).

These guard the labels, not the classifier: every file is labelled once, labels are valid,
every message parses as a mail program would, and the contact rule holds (a human address that
appears in the message, never a no-reply address and never the candidate's own).
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventysecond"
CANDIDATE = "mathis.kb@example.ch"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne[-_]?pas[-_]?repondre|notification|mailer", re.I)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|Ltd|Inc|SARL|sprl|Oy|S\.L\.)\.?$")
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Every header and decoded text part, for 'does this address appear' checks."""
    chunks = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks).lower()


def test_labels_cover_every_file_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_corpus_has_the_planned_size_and_mix() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45 and kinds["offer"] >= 8
    assert all(kinds[kind] >= 8 for kind in KINDS)
    assert languages["fr"] > languages["en"] > languages["de"] > languages["es"] > 0


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORM.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_follows_the_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Subject"] is not None
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    text = _text(message)
    sender = getaddresses([str(message["From"])])[0][1].lower()
    if sender != CANDIDATE:
        assert CANDIDATE in str(message["To"]).lower(), "inbox mail is addressed to the candidate"
    contact = row["contact"]
    if contact:
        assert contact == contact.lower() and "@" in contact
        assert contact != CANDIDATE
        assert not NO_REPLY.search(contact.split("@")[0]), contact
        assert contact in text, f"{contact} does not appear in {row['file']}"
    if sender == CANDIDATE:
        assert row["kind"] == "other" and contact == "", "the candidate's own mail triggers nothing"
