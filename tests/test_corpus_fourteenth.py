"""Sanity checks for the fourteenth labelled corpus (tests/corpus_fourteenth).

They guard the labels, not the classifier: every message is labelled once with a known kind
and language, parses as a mail program would read it, has a readable body, and its contact is a
human address found in the message (never a no-reply address, never the candidate's own).
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fourteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "daniel.okafor@example.org"
NO_REPLY = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|no[-_.]responder|"
    r"notification|mailer-daemon|bounce|alerts?@|jobalerts|inmail)",
    re.IGNORECASE,
)

LEGAL_FORM = re.compile(r"\b(GmbH|gGmbH|Ltd|S\.A\.|S\.p\.A\.|S\.r\.l\.|plc|Inc|KG)\.?$")


def _ids(rows: list[dict[str, str]]) -> list[str]:
    return [row["file"] for row in rows]


def test_labels_cover_every_message_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = _ids(ROWS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_look_like_an_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert 150 <= len(ROWS) <= 170
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert 0.5 <= languages["en"] / len(ROWS) <= 0.7
    assert all(languages[lang] >= 15 for lang in ("de", "fr", "es"))


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(("plain", "html"))
    assert body is not None
    text = body.get_content()
    assert len(text.split()) >= 15
    assert "\ufffd" not in text, "a charset was declared wrongly"


@for_each(ROWS)
def test_contact_is_a_human_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() != CANDIDATE
    reply_to = message.get_all("Reply-To") or message.get_all("From", [])
    senders = [addr.lower() for _, addr in getaddresses(reply_to)]
    assert contact.lower() in senders, f"{row['file']}: contact {contact} is not the Reply-To/From"


@for_each(ROWS)
def test_no_reply_senders_without_a_human_reply_to_have_no_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    (_, sender), = getaddresses(message.get_all("From", []))
    if NO_REPLY.search(sender) and not message["Reply-To"]:
        assert row["contact"] == "", row
    if sender.lower() == CANDIDATE:
        assert row["kind"] == "other" and row["contact"] == "", row


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            continue
        message = parse_eml(ROOT, row["file"])
        recipients = [addr.lower() for _, addr in getaddresses(message.get_all("To", []))]
        assert CANDIDATE in recipients, row["file"]
