"""Sanity of the 41st labelled corpus (tests/corpus_fortyfirst): labels, parsing, contacts.

The corpus is one candidate's inbox kept for a single final measurement of the classifier; this
file only guards that the corpus stays what its README says (every file labelled once, kinds and
languages valid, every message readable, contacts human and present in the message). It imports
the shared reader only, never classifier code.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

CORPUS = Path(__file__).parent / "corpus_fortyfirst"
USER = "aisha.bello@example.org"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|mailer-daemon|notifications?@",
                      re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|gGmbH|AG|Ltd|Limited|plc|LLP|LLC|Inc|S\.A\.?|SAS|SARL|S\.L\.?|"
                        r"Pvt)\.?$")
FLOORS = {"rejection": 28, "interview_invitation": 22, "interview_reschedule_or_cancel": 13,
          "missed_interview_notice": 9, "application_received": 18, "offer": 9, "other": 45}

LABELS = read_labels(CORPUS)
MESSAGES: dict[str, EmailMessage] = {row["file"]: parse_eml(CORPUS, row["file"]) for row in LABELS}


def visible_text(message: EmailMessage) -> str:
    """Every header and decoded text part, where a reader could find the contact's address."""
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(html.unescape(part.get_content()))
    return "\n".join(parts)


def test_labels_cover_every_file_once() -> None:
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.eml")}
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert set(labelled) == on_disk
    assert len(labelled) >= 140


def test_kinds_and_languages_are_valid_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert row["language"] in LANGUAGES, row


def test_every_kind_has_its_share() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    for kind, floor in FLOORS.items():
        assert counts[kind] >= floor, (kind, counts[kind])


def test_english_heavy_with_every_other_language_present() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert counts["en"] / len(LABELS) >= 0.55
    for language in ("fr", "de", "es"):
        assert counts[language] >= 12, (language, counts[language])


@for_each(sorted(MESSAGES))
def test_every_message_parses_with_a_body_and_core_headers(rel: str) -> None:
    message = MESSAGES[rel]
    assert not message.defects, message.defects
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    assert message["From"] and message["Message-ID"]
    subject = str(message["Subject"])
    assert subject and subject == subject.strip(), repr(subject)
    when = parsedate_to_datetime(str(message["Date"]))
    assert when.tzinfo is not None and when.year == 2026 and 1 <= when.month <= 10


def test_message_ids_are_unique() -> None:
    ids = [str(message["Message-ID"]) for message in MESSAGES.values()]
    assert len(ids) == len(set(ids))


def test_job_mail_is_addressed_to_the_candidate_and_own_mail_is_from_her() -> None:
    for rel, message in MESSAGES.items():
        senders = [a for _, a in getaddresses([str(message["From"])])]
        recipients = [a for _, a in getaddresses([str(message.get("To", ""))])]
        assert USER in senders + recipients, rel


@for_each(LABELS)
def test_contact_is_human_and_appears_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert not NO_REPLY.search(contact), row
    assert contact.lower() != USER, row
    assert contact.lower() in visible_text(MESSAGES[row["file"]]).lower(), row


def test_company_is_labelled_on_job_mail_only_and_without_legal_form() -> None:
    for row in LABELS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip(), row
            assert not LEGAL_FORM.search(row["company"]), row


def squashed(text: str) -> str:
    """Letters and digits only, so 'Pellucid Labs' is found in 'jo@pellucidlabs.example.net'."""
    return re.sub(r"[\W_]", "", text.lower())


def test_company_is_named_somewhere_in_the_message() -> None:
    """A label no reader could find would measure the labeller, not the classifier. Later mail
    in a thread often names the employer by its first word only ('Kingsway have just rang me')
    or only in the sender's domain, so that is enough here."""
    for row in LABELS:
        if row["company"]:
            first_word = squashed(row["company"].split()[0])
            assert first_word in squashed(visible_text(MESSAGES[row["file"]])), row


def test_each_mime_shape_and_encoding_is_represented() -> None:
    shapes: Counter[str] = Counter()
    for message in MESSAGES.values():
        for part in message.walk():
            shapes[part.get_content_type()] += 1
            shapes[str(part.get("Content-Transfer-Encoding", "")).lower()] += 1
            shapes[str(part.get_content_charset() or "")] += 1
    for shape in ("multipart/alternative", "multipart/mixed", "text/calendar", "text/html",
                  "quoted-printable", "base64", "iso-8859-1", "windows-1252"):
        assert shapes[shape] >= 1, shape
