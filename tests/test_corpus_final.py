"""Sanity checks for the final (fourth) labelled corpus in tests/corpus_final/.

These guard the corpus itself, not the classifier: every file is labelled exactly once with a
valid kind and language, parses with the standard email package, and its `contact` label is a
human address that really appears in the message and is never a no-reply address or the
candidate's own. The classifier is measured on this corpus elsewhere, once.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_final"
CANDIDATE = "robin.okafor@example.net"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|no[-_.]responder|"
    r"notification|mailer-daemon|unattended|alerts?@",
    re.I,
)


def _all_text(msg: EmailMessage) -> str:
    """Headers plus every decoded text part, lower-cased, for 'appears in the file' checks."""
    chunks = [f"{key}: {value}" for key, value in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks).lower()


LABELS = read_labels(ROOT)


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_header_and_values_are_valid() -> None:
    with (ROOT / "labels.csv").open(encoding="utf-8") as handle:
        assert handle.readline().strip() == "file,kind,company,contact,language"
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_the_corpus_is_balanced_as_promised() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert len(LABELS) >= 150
    assert kinds["rejection"] >= 30
    assert kinds["interview_invitation"] >= 25
    assert kinds["interview_reschedule_or_cancel"] >= 15
    assert kinds["missed_interview_notice"] >= 10
    assert kinds["application_received"] >= 20
    assert kinds["offer"] >= 10
    assert kinds["other"] >= 50
    languages = Counter(row["language"] for row in LABELS)
    assert 0.5 <= languages["en"] / len(LABELS) <= 0.7
    assert all(languages[lang] >= 15 for lang in ("de", "fr", "es"))


def test_job_mail_names_its_employer() -> None:
    for row in LABELS:
        if row["kind"] != "other":
            assert row["company"].strip(), row["file"]


@for_each(LABELS)
def test_file_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    msg = parse_eml(ROOT, row["file"])
    assert not msg.defects, msg.defects
    assert msg["Message-ID"] and msg["From"] and msg["Subject"] is not None
    assert msg["Date"].datetime.year == 2026
    body = msg.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(LABELS)
def test_contact_is_human_and_present(row: dict[str, str]) -> None:
    contact = row["contact"].strip().lower()
    if not contact:
        return
    assert "@" in contact
    assert not NO_REPLY.search(contact), contact
    assert contact != CANDIDATE
    assert contact in _all_text(parse_eml(ROOT, row["file"]))


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in LABELS]
    assert len(ids) == len(set(ids))


def test_generator_and_labels_agree() -> None:
    """labels.csv is the generator's output: regenerate after editing a final_*.py module."""
    sys.path.insert(0, str(ROOT))
    try:
        import make_final
    finally:
        sys.path.remove(str(ROOT))
    specs = make_final.all_specs()
    expected = [(s.kind, s.company, s.contact, s.lang) for s in specs]
    actual = [(r["kind"], r["company"], r["contact"], r["language"]) for r in LABELS]
    assert actual == expected
