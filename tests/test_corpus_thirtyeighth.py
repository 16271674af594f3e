"""Sanity checks for the thirty-eighth labelled corpus (tests/corpus_thirtyeighth/).

The corpus is for one blind measurement of the classifier, so these tests only guard the labels
and the messages themselves: every file labelled once, kinds and languages valid, every message
readable by a mail program, and `contact` always a human address present in the message. They
import no classifier code; tests/corpus_common.py does the reading.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtyeighth"
CANDIDATE = "chidi.okafor@example.org"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|notification|mailer-daemon|"
    r"bounce|alerts?@|jobalerts",
    re.I,
)
ROWS = read_labels(ROOT)


def _texts(message: EmailMessage) -> str:
    """Every decoded text part of a message, so a contact is found whatever the encoding."""
    texts = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if isinstance(content, bytes):
                content = content.decode("utf-8", "replace")
            texts.append(content)
    return "\n".join(texts)


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_is_well_represented_and_english_dominates() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    assert kinds["other"] >= 40
    languages = Counter(row["language"] for row in ROWS)
    assert set(languages) == LANGUAGES
    assert languages["en"] / len(ROWS) >= 0.5


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not re.search(r"\b(GmbH|Ltd|plc|S\.A\.|LLP|AG|PJSC)\.?$", row["company"]), row


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026
    assert not message.defects
    assert all(not part.defects for part in message.walk())
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 40


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_found_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert "@" in contact and not NO_REPLY.search(contact), row
    assert contact != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    header_addrs = {a.lower() for _n, a in getaddresses([str(message.get("From", "")),
                                                         str(message.get("Reply-To", ""))])}
    assert contact.lower() in header_addrs or contact.lower() in _texts(message).lower()


def test_reply_to_wins_over_sender_when_it_is_human() -> None:
    checked = 0
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        reply_to = parseaddr(str(message.get("Reply-To", "")))[1]
        if row["kind"] != "other" and reply_to and not NO_REPLY.search(reply_to):
            assert row["contact"] == reply_to, row
            checked += 1
    assert checked >= 5


def test_the_candidates_own_mail_is_never_job_mail() -> None:
    own = [row for row in ROWS
           if parseaddr(str(parse_eml(ROOT, row["file"])["From"]))[1] == CANDIDATE]
    assert len(own) >= 2
    assert all(row["kind"] == "other" for row in own)


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


def test_committed_files_are_what_the_generator_writes() -> None:
    path = ROOT / "make_thirtyeighth.py"
    spec = importlib.util.spec_from_file_location("make_thirtyeighth", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rendered = module.render()
    assert [rel for rel, _data, _row in rendered] == [row["file"] for row in ROWS]
    for rel, data, label in rendered:
        assert (ROOT / rel).read_bytes() == data, rel
        assert list(label) == list(ROWS_BY_FILE[rel].values())


ROWS_BY_FILE = {row["file"]: row for row in ROWS}
