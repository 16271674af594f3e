"""Sanity checks for the 65th labelled corpus (tests/corpus_sixtyfifth): the labels describe
every message exactly once, every message is well-formed mail, and the labels keep the
SPEC section 3 rules (a contact is a human address found in the message, never a no-reply
address nor the candidate's own; company is given on job mail only, without a legal form).

Reads the corpus through tests/corpus_common.py only; no classifier code is imported.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtyfifth"
ROWS = read_labels(ROOT)
CANDIDATE = "priya.oh@example.co.uk"
NO_REPLY = re.compile(r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|no-responder|"
                      r"notification|mailer|alert|inmail-hit-reply", re.IGNORECASE)
LEGAL_FORM = re.compile(
    r"\b(Ltd|Limited|plc|GmbH|AG|SE|S\.A\.|SA|SL|S\.L\.|LLP|LLC|Inc|SAS|JSC)\.?$")


def _text_of(message: EmailMessage) -> str:
    """Every header and every decoded text part, so encoded bodies can be searched."""
    chunks = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_corpus_has_the_planned_shape() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert len(ROWS) >= 140
    assert kinds["rejection"] >= 28 and kinds["interview_invitation"] >= 22
    assert kinds["other"] >= 45 and kinds["offer"] >= 8
    assert kinds["missed_interview_notice"] >= 8 and kinds["interview_reschedule_or_cancel"] >= 12
    languages = Counter(row["language"] for row in ROWS)
    assert all(languages[lang] >= 15 for lang in ("fr", "de", "es")), languages


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], header
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    assert any(part.get_content_maintype() == "text" and part.get_content().strip()
               for part in message.walk())


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


@for_each(ROWS)
def test_contact_is_a_human_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact and not NO_REPLY.search(contact), contact
    assert contact.lower() != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    assert contact.lower() in _text_of(message).lower()
    senders = {addr.lower() for _, addr in getaddresses(
        [str(message.get("Reply-To", "")), str(message.get("From", ""))])}
    assert contact.lower() in senders, "contact is the Reply-To or the sender"


def test_candidate_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus holds some of the candidate's own sent mail"
    assert all(row["kind"] == "other" and not row["contact"] for row in own)


def test_company_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert not row["company"], row
        else:
            assert row["company"].strip() == row["company"] and row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


def _squash(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


@for_each([r for r in ROWS if r["company"]])
def test_company_is_named_in_the_message_or_its_domain(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    sender_domain = getaddresses([str(message["From"])])[0][1].split("@")[-1]
    name = row["company"].lower()
    assert name in _text_of(message).lower() or _squash(name) in _squash(sender_domain), row
