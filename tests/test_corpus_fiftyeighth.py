"""Sanity checks for corpus 58 (tests/corpus_fiftyeighth): the labels match the files.

Reads only the corpus through tests/corpus_common.py; no classifier code is imported, so the
corpus stays a fair held-out measurement.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses, parseaddr
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftyeighth"
ME = "m.tremblay.okonkwo@example.ca"
ROWS = read_labels(ROOT)
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|notification|mailer-daemon", re.I
)
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|Ltd|LLP|LLC|Inc|S\.A\.|SA|S\.L\.|Pvt|AB|Co\.)\.?$")


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert re.fullmatch(rf"{row['kind']}/\d{{3}}_[a-z0-9_]+\.eml", row["file"]), row


def test_every_kind_is_represented_in_realistic_proportions() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    assert counts["other"] >= 40 and counts["rejection"] >= 25
    assert min(counts.values()) >= 10
    languages = Counter(row["language"] for row in ROWS)
    assert set(languages) == LANGUAGES


@for_each(ROWS)
def test_message_parses_and_has_readable_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: missing {header}"
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(ROWS)
def test_contact_is_a_human_reply_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() != ME
    message = parse_eml(ROOT, row["file"])
    reply_to = [address for _, address in getaddresses(message.get_all("Reply-To", []))]
    sender = parseaddr(str(message["From"]))[1]
    # The contact rule: Reply-To when it is a person, else the person who sent it.
    assert contact == (reply_to[0] if reply_to else sender)


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORMS.search(row["company"]), row


def test_the_candidates_own_mail_is_labelled_other() -> None:
    own = [row for row in ROWS if parseaddr(str(parse_eml(ROOT, row["file"])["From"]))[1] == ME]
    assert own, "the corpus should hold some of the candidate's sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
