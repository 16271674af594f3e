"""Sanity checks for the eleventh labelled corpus (tests/corpus_eleventh/).

The corpus is a one-time generalization measurement, so these tests only guard its integrity:
every message labelled once, labels within the SPEC's vocabulary, every file readable by a mail
program, and `contact` labels that obey the rule (never a no-reply address, never the candidate,
the Reply-To when that is a person). Imports tests.corpus_common only; never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eleventh"
CANDIDATE = "priya.nair@example.org"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|notification|mailer-daemon",
    re.IGNORECASE,
)
LEGAL_FORMS = re.compile(
    r"\b(GmbH|AG|Ltd|Limited|plc|B\.V\.|BV|S\.A\.|SA|S\.L\.|SL|S\.r\.l\.|SAS|Pvt|Inc|LLC)\.?$"
)
ROWS = read_labels(ROOT)
BY_FILE = {row["file"]: row for row in ROWS}


def _addresses(message: EmailMessage, *names: str) -> list[str]:
    values = [str(v) for name in names for v in (message.get_all(name) or [])]
    return [addr.lower() for _, addr in getaddresses(values) if addr]


def _text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    content = body.get_content()
    assert isinstance(content, str)
    return content


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_use_the_spec_vocabulary() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], "folder and kind disagree"


def test_proportions_look_like_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert 150 <= len(ROWS) <= 175
    assert all(kinds[kind] >= 10 for kind in KINDS), kinds
    assert kinds["other"] == max(kinds.values())
    assert 0.55 <= languages["en"] / len(ROWS) <= 0.7, languages
    assert all(languages[lang] >= 15 for lang in LANGUAGES), languages


@for_each(sorted(BY_FILE))
def test_message_parses_and_has_readable_text(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{rel}: no {header}"
    sent = parsedate_to_datetime(str(message["Date"]))
    assert sent.year == 2026 and 9 <= sent.month <= 11, rel
    assert len(_text(message).strip()) > 40, rel
    for part in message.walk():
        assert not part.defects, f"{rel}: {part.defects}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]) for rel in BY_FILE]
    assert len(ids) == len(set(ids))


@for_each(sorted(BY_FILE))
def test_contact_follows_the_rule(rel: str) -> None:
    row = BY_FILE[rel]
    contact = row["contact"].lower()
    message = parse_eml(ROOT, rel)
    senders = _addresses(message, "From", "Sender")
    reply_to = [a for a in _addresses(message, "Reply-To") if not NO_REPLY.search(a)]
    if contact:
        assert not NO_REPLY.search(contact), rel
        assert contact != CANDIDATE, rel
        assert contact in _addresses(message, "From", "Reply-To", "Sender", "Cc"), rel
    if reply_to and CANDIDATE not in reply_to:
        assert contact == reply_to[0], f"{rel}: a human Reply-To is the contact"
    if CANDIDATE in senders:
        assert contact == "" and row["kind"] == "other", f"{rel}: own mail is never a trigger"


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORMS.search(row["company"]), row


def test_mailing_list_mail_is_labelled_other() -> None:
    for rel, row in BY_FILE.items():
        message = parse_eml(ROOT, rel)
        if message["List-Id"] or message["Auto-Submitted"]:
            assert row["kind"] == "other", rel
