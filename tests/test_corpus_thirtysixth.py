"""Sanity checks for the thirty-sixth labelled corpus (tests/corpus_thirtysixth).

These guard the corpus itself, not the classifier: every file is labelled exactly once, parses
the way a mail program reads it, and carries labels that follow SPEC section 3 (contact is a
human address found in the message, never a no-reply one and never the candidate's own).
Imports only the shared corpus reader and the corpus generator; never the classifier.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).resolve().parent / "corpus_thirtysixth"
CANDIDATE = "aylin.demir@example.net"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|keine-antwort|notification|mailer-daemon|bounce",
    re.IGNORECASE,
)
ROWS = read_labels(ROOT)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_thirtysixth", ROOT / "make_thirtysixth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_size_and_mix_resemble_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is represented"
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25 and kinds["interview_invitation"] >= 20
    assert languages.most_common(1)[0][0] == "de"
    assert {"de", "en", "fr", "es"} <= set(languages)


@for_each(ROWS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/", 1)[0] == row["kind"], "file sits in its kind's folder"
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    else:
        assert row["company"].strip() == row["company"] != ""
        assert not re.search(r"\b(GmbH|AG|Ltd|S\.A\.|B\.V\.|SARL|e\. ?V\.)$", row["company"])


@for_each(ROWS)
def test_message_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects
    assert parsedate_to_datetime(message["Date"]).year == 2026
    assert message["Message-ID"].startswith("<") and message["Subject"] is not None
    body = message.get_body(("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 40
    senders = [addr.lower() for _, addr in getaddresses([str(message["From"])])]
    recipients = [addr.lower() for _, addr in getaddresses([str(message["To"])])]
    assert CANDIDATE in senders + recipients, "mail is to or from the candidate"
    if CANDIDATE in senders:
        assert row["kind"] == "other" and row["contact"] == "", "own sent mail is never a trigger"


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert "@" in contact and contact == contact.strip().lower()
    assert not NO_REPLY.search(contact), "contact is never a no-reply/notification address"
    assert contact != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    header_addresses = {
        addr.lower()
        for name in ("From", "Reply-To")
        for _, addr in getaddresses([str(v) for v in message.get_all(name, [])])
    }
    assert contact in header_addresses
    reply_values = [str(v) for v in message.get_all("Reply-To", [])]
    reply_to = [addr.lower() for _, addr in getaddresses(reply_values)]
    if reply_to and not NO_REPLY.search(reply_to[0]):
        assert contact == reply_to[0], "a human Reply-To wins over the sender"


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))


def test_files_are_what_the_generator_writes() -> None:
    generator = _generator()
    assert len(generator.MAILS) == len(ROWS)
    for number, mail in enumerate(generator.MAILS, start=1):
        rel = f"{mail.kind}/{number:03d}_{mail.scenario}.eml"
        assert (ROOT / rel).read_bytes() == generator.render(mail, number), rel
