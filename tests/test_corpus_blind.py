"""Sanity checks for the blind corpus (tests/corpus_blind): the labels and files agree, every
message parses, and the labelled contacts obey the contact rule. It never runs the classifier:
the corpus exists to measure it, not to be shaped by it."""

from __future__ import annotations

import importlib.util
import re
import sys
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_blind"
CANDIDATE = "sam.moreau@example.com"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|"
                      r"notification|mailer-daemon|mailrobot|alert", re.I)


LABELS = read_labels(ROOT)


def test_header_and_every_file_labelled_once() -> None:
    with (ROOT / "labels.csv").open(encoding="utf-8") as fh:
        assert fh.readline().strip() == "file,kind,company,contact,language"
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files


def test_kinds_languages_and_counts() -> None:
    counts: dict[str, int] = {}
    for row in LABELS:
        assert row["kind"] in KINDS
        assert row["file"].split("/")[0] == row["kind"]
        assert row["language"] in {"en", "de", "fr", "es"}
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    assert set(counts) == KINDS
    assert min(counts.values()) >= 10
    assert len(LABELS) >= 160
    english = sum(row["language"] == "en" for row in LABELS)
    assert 0.5 <= english / len(LABELS) <= 0.7


def test_job_mail_names_an_employer() -> None:
    for row in LABELS:
        if row["kind"] != "other":
            assert row["company"].strip(), row["file"]


@for_each(LABELS)
def test_message_parses_and_contact_rule(row: dict[str, str]) -> None:
    msg = parse_eml(ROOT, row["file"])
    assert msg["From"] and msg["Message-ID"] and msg["Subject"] is not None
    assert parsedate_to_datetime(msg["Date"]).year == 2026
    body = msg.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if not contact:
        return
    assert contact == contact.strip().lower()
    assert not NO_REPLY.search(contact.split("@")[0]), contact
    assert contact != CANDIDATE
    header_addrs = {a.lower() for _, a in getaddresses(
        [str(msg.get(h, "")) for h in ("From", "Reply-To")])}
    text = "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
    assert contact in header_addrs or contact in text.lower()


def test_contact_prefers_human_reply_to() -> None:
    for row in LABELS:
        msg = parse_eml(ROOT, row["file"])
        sender = next(a.lower() for _, a in getaddresses([str(msg["From"])]))
        if sender == CANDIDATE:
            assert row["contact"] == "", row["file"]
        reply_to = [a.lower() for _, a in getaddresses([str(msg.get("Reply-To", ""))]) if a]
        if reply_to and not NO_REPLY.search(reply_to[0]):
            assert row["contact"] == reply_to[0], row["file"]


def test_generator_reproduces_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("make_blind", ROOT / "make_blind.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_blind", module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    module.write(tmp_path)
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            rel = path.relative_to(tmp_path)
            assert (ROOT / rel).read_bytes() == path.read_bytes(), str(rel)
