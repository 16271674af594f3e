"""Sanity checks for the ninth corpus (tests/corpus_ninth): labels, parsing, the contact rule.

The corpus is a one-time generalization measurement; these tests only guard that it stays
well-formed and reproducible. No classifier code is imported here.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_ninth"
ROWS = read_labels(ROOT)
CANDIDATE = "ines.kowalczyk@example.net"
NO_REPLY_MARKS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
                  "ne-pas-repondre", "notification", "mailer-daemon", "alert")


def _sender_addresses(rel: str) -> set[str]:
    message = parse_eml(ROOT, rel)
    values = [str(message[name]) for name in ("From", "Reply-To", "Sender") if message[name]]
    return {addr.lower() for _, addr in getaddresses(values)}


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml")}
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert set(labelled) == on_disk


def test_kinds_and_languages_are_valid_and_files_sit_in_their_kind_folder() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_represented_in_realistic_proportions() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert 150 <= len(ROWS) <= 175
    assert kinds["other"] >= 45 and kinds["rejection"] >= 28
    languages = Counter(row["language"] for row in ROWS)
    assert 0.55 <= languages["en"] / len(ROWS) <= 0.68
    assert all(languages[lang] >= 15 for lang in ("de", "fr", "es"))


@for_each(ROWS)
def test_file_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message.defects == []
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(ROWS)
def test_contact_follows_the_rule(row: dict[str, str]) -> None:
    contact = row["contact"].lower()
    if not contact:
        return
    assert contact != CANDIDATE
    assert not any(mark in contact.split("@")[0] for mark in NO_REPLY_MARKS), contact
    assert contact in _sender_addresses(row["file"]), "contact must be the From or Reply-To"


def test_job_mail_names_a_company_and_other_mail_does_not() -> None:
    for row in ROWS:
        assert bool(row["company"]) == (row["kind"] != "other"), row


def test_the_candidates_own_mail_is_labelled_other_without_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in _sender_addresses(row["file"])]
    assert len(own) >= 4
    assert all(row["kind"] == "other" and not row["contact"] for row in own)


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            continue
        to = {addr.lower() for _, addr in getaddresses([str(parse_eml(ROOT, row["file"])["To"])])}
        assert CANDIDATE in to, row["file"]


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "make_ninth.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for row in ROWS:
        assert (tmp_path / row["file"]).read_bytes() == (ROOT / row["file"]).read_bytes()
    assert (tmp_path / "labels.csv").read_bytes() == (ROOT / "labels.csv").read_bytes()
