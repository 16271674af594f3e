"""Sanity checks for the eighth labelled corpus (tests/corpus_eighth).

The corpus is a measurement set, so these tests guard its integrity only: every file labelled
once, labels well-formed, every message parseable, the `contact` rule of SPEC section 3 kept,
and the generator reproducing the committed files byte for byte. Imports only the standard
library and the corpus generator.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from types import ModuleType

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eighth"
ME = "tomas.silva@example.org"
NO_REPLY = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|notification|mailer-daemon|alerts?@|"
    r"jobalert|calendar-notification|bounce)",
    re.IGNORECASE,
)


LABELS = read_labels(ROOT)


def _text(msg: EmailMessage) -> str:
    """Headers plus every decoded text part, so a label can be looked up as a reader sees it."""
    chunks = [f"{key}: {value}" for key, value in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_labels_are_well_formed() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert row["language"] in LANGUAGES, row
        if row["kind"] != "other":
            assert row["company"].strip(), f"job mail without a company: {row['file']}"


def test_proportions_resemble_an_inbox() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert 140 <= len(LABELS) <= 180
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25 and kinds["interview_invitation"] >= 20
    assert all(kinds[k] >= 10 for k in KINDS)
    langs = Counter(row["language"] for row in LABELS)
    assert 0.55 <= langs["en"] / len(LABELS) <= 0.65
    assert all(langs[lang] >= 15 for lang in LANGUAGES - {"en"})


@for_each(LABELS)
def test_file_parses_and_has_core_headers(row: dict[str, str]) -> None:
    msg = parse_eml(ROOT, row["file"])
    assert not msg.defects, msg.defects
    for header in ("Message-ID", "Date", "From", "To", "Subject"):
        assert msg[header], f"{header} missing"
    assert parsedate_to_datetime(msg["Date"]).year == 2026
    body = msg.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()


@for_each(LABELS)
def test_contact_follows_the_rule(row: dict[str, str]) -> None:
    contact = row["contact"]
    msg = parse_eml(ROOT, row["file"])
    sender = getaddresses([str(msg["From"])])[0][1].lower()
    if sender == ME:
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() != ME
    assert contact.lower() in _text(msg).lower(), f"{contact} does not appear in the message"
    reply_to = [a.lower() for _, a in getaddresses([str(msg["Reply-To"] or "")]) if a]
    if reply_to and not NO_REPLY.search(reply_to[0]):
        assert contact.lower() == reply_to[0], "a human Reply-To is the contact"


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in LABELS]
    assert len(ids) == len(set(ids))


def _generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Load the generator as a module (dataclasses need it present in sys.modules)."""
    spec = importlib.util.spec_from_file_location("corpus_eighth_gen", ROOT / "make_eighth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_committed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    gen = _generator(monkeypatch)
    gen.assign_dates()
    counters: Counter[str] = Counter()
    for n, mail in enumerate(gen.MAILS, start=1):
        counters[mail.kind] += 1
        rel = f"{mail.kind}/{counters[mail.kind]:03d}_{mail.scenario}.eml"
        assert (ROOT / rel).read_bytes() == gen.build(mail, n), rel
