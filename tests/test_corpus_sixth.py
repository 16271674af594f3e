"""Sanity checks for the sixth corpus (tests/corpus_sixth): labels, parsing and contacts.

These guard the corpus itself, not the classifier: every file is labelled once with a valid
kind, every file parses, and every labelled contact is a human address the message offers.
Imports only the standard library and the corpus generator.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

CORPUS = Path(__file__).parent / "corpus_sixth"
CANDIDATE = "lea.martin@example.com"
NOT_HUMAN = re.compile(
    r"(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|notification|mailer|alert|"
    r"inmail|jobs-noreply)",
    re.IGNORECASE,
)


LABELS = read_labels(CORPUS)


def _addresses(message: EmailMessage, *headers: str) -> set[str]:
    values = [str(value) for header in headers for value in message.get_all(header, [])]
    return {address.lower() for _, address in getaddresses(values) if address}


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = {path.relative_to(CORPUS).as_posix() for path in CORPUS.rglob("*.eml")}
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled))
    assert set(labelled) == on_disk


def test_every_kind_and_language_is_present_in_realistic_proportions() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == KINDS
    assert set(languages) == LANGUAGES
    assert 140 <= len(LABELS) <= 180
    assert kinds["other"] >= 45 and kinds["rejection"] >= 28
    assert 0.55 <= languages["en"] / len(LABELS) <= 0.65


@for_each(LABELS)
def test_file_sits_in_its_kind_folder_and_parses(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]
    message = parse_eml(CORPUS, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']} lacks {header}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(LABELS)
def test_contact_is_a_human_address_the_message_offers(row: dict[str, str]) -> None:
    contact = row["contact"].lower()
    message = parse_eml(CORPUS, row["file"])
    senders = _addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail names no contact"
        return
    if not contact:
        return
    assert contact != CANDIDATE
    assert not NOT_HUMAN.search(contact), contact
    assert contact in _addresses(message, "Reply-To", "From")


@for_each(LABELS)
def test_company_is_labelled_for_job_mail_only(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == ""
    else:
        assert row["company"].strip() == row["company"] != ""


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(CORPUS, row["file"])["Message-ID"] for row in LABELS]
    assert len(ids) == len(set(ids))


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sixth", CORPUS / "make_sixth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve string annotations through sys.modules while the class is built.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_committed_files_are_what_the_generator_writes() -> None:
    generator = _generator()
    rows = {row["file"]: row for row in LABELS}
    for mail in generator.MAILS:
        name = f"{mail.kind}/{mail.number:03d}_{mail.scenario}.eml"
        assert (CORPUS / name).read_bytes() == generator.build(mail), name
        label = rows[name]
        assert (label["company"], label["contact"], label["language"]) == (
            mail.company,
            mail.contact,
            mail.lang,
        )
    assert len(generator.MAILS) == len(rows)
