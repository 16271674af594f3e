"""Sanity checks for the fiftieth labelled corpus (tests/corpus_fiftieth): its labels and files.

It reads the corpus through tests/corpus_common only; it never runs the classifier, because this
corpus exists for one untuned measurement of it.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftieth"
ME = "jonas.okafor@example.at"
ROWS = read_labels(ROOT)
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|mailrobot|notification|unmonitored|alerts?@", re.I)
# ATS mailboxes that send for many employers and read nothing, though their names do not say so.
SYSTEM_DOMAINS = ("@myworkday.com", "@rexx-recruitment.com", "@b-ite.net")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|Ltd|Limited|Pvt|A/S|KG|SE|Sp\. z o\.o\.)\.?$")


def _addresses(message: EmailMessage, *names: str) -> list[str]:
    values = [str(message.get(name, "")) for name in names]
    return [address.lower() for _, address in getaddresses(values) if address]


def _text(message: EmailMessage) -> str:
    """Every decoded text part, so a test can look for what a reader would see."""
    return "\n".join(part.get_content() for part in message.walk()
                     if part.get_content_maintype() == "text")


def test_labels_cover_every_file_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    assert kinds["other"] >= 40
    languages = Counter(row["language"] for row in ROWS)
    assert languages["de"] / len(ROWS) >= 0.45
    assert languages["en"] > languages["fr"] >= 10
    assert languages["es"] >= 10


@for_each(ROWS)
def test_message_parses_with_the_headers_a_mail_program_needs(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


@for_each(ROWS)
def test_contact_is_a_human_address_from_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert not NO_REPLY.search(contact), contact
    assert not contact.endswith(SYSTEM_DOMAINS), contact
    assert contact.lower() != ME
    senders = _addresses(message, "Reply-To", "From")
    assert contact.lower() in senders or contact in _text(message), row


def test_contact_follows_reply_to_then_sender() -> None:
    """Reply-To wins when it is a person; a human sender is next; a no-reply sender gives none."""
    for row in ROWS:
        if row["kind"] == "other":
            continue
        message = parse_eml(ROOT, row["file"])
        reply_to = _addresses(message, "Reply-To")
        sender = _addresses(message, "From")[0]
        if reply_to and not NO_REPLY.search(reply_to[0]):
            assert row["contact"] == reply_to[0], row
        elif not NO_REPLY.search(sender) and not sender.endswith(SYSTEM_DOMAINS):
            assert row["contact"] == sender, row
        else:
            assert row["contact"] == "", row


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORM.search(row["company"]), row


def test_the_candidates_own_mail_is_other() -> None:
    own = [row for row in ROWS
           if _addresses(parse_eml(ROOT, row["file"]), "From") == [ME]]
    assert own
    assert all(row["kind"] == "other" for row in own)


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        if _addresses(message, "From") != [ME]:
            assert ME in _addresses(message, "To"), row
