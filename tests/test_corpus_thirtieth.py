"""Sanity checks for the thirtieth labelled corpus (tests/corpus_thirtieth/).

The corpus measures how the classifier generalizes, so these tests check only the corpus itself:
its labels, that every message parses, and that the contact labels keep the SPEC's rule. Imports
the shared corpus reader and the corpus generator, never the classifier.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtieth"
CANDIDATE = "sofia.marchetti@example.net"
ROWS = read_labels(ROOT)
NOREPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|alert", re.IGNORECASE
)


def _text(message: EmailMessage) -> str:
    """Headers and every decoded text part, where a contact label must be found."""
    parts = [str(v) for _, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert all(kinds[k] >= 10 for k in KINDS), kinds
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25, kinds
    assert all(languages[lang] >= 20 for lang in LANGUAGES), languages


@for_each(ROWS)
def test_message_parses_and_contact_follows_the_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"].addresses, row["file"]
    assert message.get_body(("plain", "html")) is not None, row["file"]
    contact = row["contact"]
    if contact:
        assert "@" in contact and not NOREPLY.search(contact), row
        assert contact.lower() != CANDIDATE, row
        assert contact.lower() in _text(message), row
    if row["kind"] == "other":
        assert row["company"] == "", row
    else:
        assert row["company"], row
        assert not re.search(r"\b(GmbH|Ltd|S\.A\.|AG|plc|Sp\. z o\.o\.)$", row["company"]), row


def test_the_candidates_own_mail_is_other_and_has_no_contact() -> None:
    own = [
        row for row in ROWS
        if parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec == CANDIDATE
    ]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] != "other":
            to = parse_eml(ROOT, row["file"])["To"].addresses
            assert [a.addr_spec for a in to] == [CANDIDATE], row["file"]


def test_committed_messages_match_the_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("make_thirtieth", ROOT / "make_thirtieth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_thirtieth", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    assert len(module.SPECS) == len(ROWS)
    for n, (item, row) in enumerate(zip(module.SPECS, ROWS, strict=True), start=1):
        assert row["file"] == f"{item.kind}/{n:03d}_{item.scen}.eml"
        assert module.build(item, n) == (ROOT / row["file"]).read_bytes(), row["file"]
