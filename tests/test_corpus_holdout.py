"""Sanity checks for the held-out corpus in tests/corpus_holdout (labels, parsing, contacts).

These tests guard the corpus itself, not the classifier: every file is labelled exactly once with
valid values, parses with Python's email package, and names a contact that is a real reply
address found in its headers. They import only the standard library and the corpus generator.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_holdout"
CANDIDATE = "jordan.lee@example.org"
# System senders by local part; a contact must never look like one of these.
SYSTEM = re.compile(
    r"(^|[.\-_])(no-?reply|do-?not-?reply|ne-?pas-?repondre|no-?responder|notifications?|"
    r"mailer-daemon|alerts?|bounces?)([.\-_]|@)",
    re.IGNORECASE,
)


LABELS = read_labels(ROOT)


def _texts(message: EmailMessage) -> list[str]:
    return [part.get_content() for part in message.walk()
            if part.get_content_maintype() == "text" and not part.is_attachment()]


def _addresses(message: EmailMessage, header: str) -> list[str]:
    return [addr.lower() for _, addr in getaddresses([str(v) for v in message.get_all(header, [])])]


def test_labels_have_the_agreed_header() -> None:
    with (ROOT / "labels.csv").open(encoding="utf-8") as fh:
        assert fh.readline().strip() == "file,kind,company,contact,language"


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in LABELS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*/*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 150


def test_label_values_are_valid_and_match_the_folders() -> None:
    for row in LABELS:
        half, kind_dir, name = row["file"].split("/")
        assert half in {"tune", "report"}, row
        assert row["kind"] in KINDS and row["kind"] == kind_dir, row
        assert row["language"] in LANGUAGES, row
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), row
        if row["kind"] != "other":
            assert row["company"].strip(), f"job mail needs a company: {row}"


def test_every_kind_and_language_appears_in_both_halves() -> None:
    seen = Counter((row["file"].split("/")[0], row["kind"]) for row in LABELS)
    for half in ("tune", "report"):
        for kind in KINDS:
            assert seen[(half, kind)] >= 2, (half, kind)
        languages = {row["language"] for row in LABELS if row["file"].startswith(half + "/")}
        assert languages == LANGUAGES


def test_halves_never_share_an_employer() -> None:
    def companies(half: str) -> set[str]:
        return {row["company"].lower() for row in LABELS
                if row["company"] and row["file"].startswith(half + "/")}

    assert not companies("tune") & companies("report")


@for_each(LABELS)
def test_file_parses_and_has_readable_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    assert message["Message-ID"] and message["From"] and message["Subject"]
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = _texts(message)
    assert texts and all(isinstance(t, str) for t in texts)
    assert any(len(t.strip()) > 40 for t in texts)
    for part in message.walk():
        assert not part.defects, (row["file"], part.get_content_type(), part.defects)


@for_each(LABELS)
def test_contact_is_a_human_reply_address_from_the_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    senders = _addresses(message, "From")
    reply_to = _addresses(message, "Reply-To")
    contact = row["contact"].lower()
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert not SYSTEM.search(contact), contact
    assert contact != CANDIDATE
    if reply_to:
        assert contact == reply_to[0], "Reply-To comes first"
    else:
        assert contact in senders


def test_no_reply_senders_never_become_contacts() -> None:
    for row in LABELS:
        message = parse_eml(ROOT, row["file"])
        sender = _addresses(message, "From")[0]
        if SYSTEM.search(sender) and not message["Reply-To"]:
            assert row["contact"] == "", row


def test_subjects_differ_within_each_kind() -> None:
    # Across kinds a shared subject is deliberate (a dentist's "We missed you today").
    subjects = [(row["kind"], str(parse_eml(ROOT, row["file"])["Subject"])) for row in LABELS]
    assert len(subjects) == len(set(subjects))


def test_files_are_what_the_generator_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    import make_holdout  # beside the corpus, not in a package

    make_holdout.build(make_holdout.all_specs(), out=tmp_path)
    assert (tmp_path / "labels.csv").read_bytes() == (ROOT / "labels.csv").read_bytes()
    for row in LABELS:
        written = (tmp_path / row["file"]).read_bytes()
        assert written == (ROOT / row["file"]).read_bytes(), row["file"]
