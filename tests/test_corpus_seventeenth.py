"""Sanity checks for the seventeenth labelled corpus (tests/corpus_seventeenth/).

The corpus is a measurement set only: these tests check that its labels are well formed and agree
with the messages, never what the classifier says. Imports the shared corpus reader and the
corpus generator, nothing from the classifier.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventeenth"
CANDIDATE = "priya.natarajan@example.net"
NOREPLY = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "ne-pas-repondre",
           "notification", "mailer-daemon")
LEGAL_FORMS = ("GmbH", "Ltd", "S.A.", "S.L.", "AG", "B.V.", "NV", "plc", "S.p.A.", "Pvt", "KG")
ROWS = read_labels(ROOT)


def _text_of(rel: str) -> str:
    """Headers plus every decoded text part, so a contact found only in a body still counts."""
    message = parse_eml(ROOT, rel)
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    english = sum(row["language"] == "en" for row in ROWS)
    assert 0.5 <= english / len(ROWS) <= 0.7
    assert {row["language"] for row in ROWS} == LANGUAGES


@for_each(ROWS)
def test_message_parses_with_dated_headers_and_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["Subject"] is not None
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()


@for_each(ROWS)
def test_contact_is_human_present_and_never_the_candidate(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact and contact != CANDIDATE
    assert not any(marker in contact.lower() for marker in NOREPLY), contact
    assert contact.lower() in _text_of(row["file"]).lower()


@for_each(ROWS)
def test_company_only_on_job_mail_without_legal_form(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company, row
    assert not company.endswith(LEGAL_FORMS), company


def test_candidates_own_mail_has_no_contact_and_is_other() -> None:
    own = [row for row in ROWS
           if any(addr == CANDIDATE
                  for _, addr in getaddresses([str(parse_eml(ROOT, row["file"])["From"])]))]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row


def test_message_ids_are_unique_and_replies_thread() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        if message["In-Reply-To"]:
            assert message["References"] == message["In-Reply-To"]


def test_generator_reproduces_the_committed_files(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("make_seventeenth", ROOT / "make_seventeenth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses looks its module up in sys.modules while the generator is executed.
    monkeypatch.setitem(sys.modules, "make_seventeenth", module)
    spec.loader.exec_module(module)
    module.write(tmp_path)
    for row in ROWS:
        assert (tmp_path / row["file"]).read_bytes() == (ROOT / row["file"]).read_bytes(), row
    assert (tmp_path / "labels.csv").read_text() == (ROOT / "labels.csv").read_text()
