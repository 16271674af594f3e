"""Sanity checks for the twenty-eighth labelled corpus (tests/corpus_twentyeighth).

The corpus is a measuring stick for the classifier, so these tests guard the labels and the
files, never the classifier: every file labelled once, kinds and languages valid, every message
readable by Python's email package, contacts human and present in the message, and the
committed files exactly what the generator writes. Imports only tests/corpus_common.py.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from pathlib import Path
from types import ModuleType

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).resolve().parent / "corpus_twentyeighth"
ME = "jonas.albrecht@example.net"
ROWS = read_labels(ROOT)
NOT_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|jobalert|alert@",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SE|eG|KG|Ltd|plc|Oy|A/S|S\.A\.|Pvt|Inc)\.?$")


def _text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader could find an address."""
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


@for_each(ROWS)
def test_row_is_valid_and_file_parses(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "a file sits in its kind's folder"
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']} lacks {header}"
    assert message["Date"].datetime.year == 2026
    assert message.get_body(preferencelist=("plain", "html")) is not None


@for_each(ROWS)
def test_contact_is_a_human_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    sender = parseaddr(str(message["From"]))[1].lower()
    if sender == ME:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail never triggers"
    if not contact:
        return
    assert contact == contact.strip().lower()
    assert "@" in contact
    assert contact != ME
    assert not NOT_HUMAN.search(contact), f"{contact} is a machine address"
    assert contact in _text(message).lower()
    reply_to = [addr.lower() for _, addr in getaddresses(message.get_all("Reply-To", []))]
    if reply_to and not NOT_HUMAN.search(reply_to[0]):
        assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_only_on_job_mail_and_without_legal_form(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == ""
    else:
        assert row["company"], f"{row['file']}: job mail names its employer"
        assert row["company"] == row["company"].strip()
        assert not LEGAL_FORM.search(row["company"]), row["company"]


def test_proportions_resemble_the_brief() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    for kind, floor in {"rejection": 25, "interview_invitation": 20, "application_received": 15,
                        "interview_reschedule_or_cancel": 10, "missed_interview_notice": 8,
                        "offer": 8, "other": 40}.items():
        assert kinds[kind] >= floor, kind
    languages = Counter(row["language"] for row in ROWS)
    assert 0.4 <= languages["de"] / len(ROWS) <= 0.6
    assert min(languages["en"], languages["fr"], languages["es"]) >= 8


def _generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The generator script as a module (dataclasses need it in sys.modules while it loads)."""
    name = "make_twentyeighth"
    spec = importlib.util.spec_from_file_location(name, ROOT / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    return module


def test_committed_files_are_what_the_generator_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generator = _generator(monkeypatch)
    monkeypatch.setattr(generator, "ROOT", tmp_path)
    generator.main()
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.eml"))
    assert written == sorted(row["file"] for row in ROWS)
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (ROOT / rel).read_bytes(), rel
    assert (tmp_path / "labels.csv").read_text("utf-8") == (ROOT / "labels.csv").read_text("utf-8")
