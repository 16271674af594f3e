"""Sanity checks of the ninety-first labelled corpus (tests/corpus_ninetyfirst): the labels and
the messages agree, so a measurement on it means something. No classifier code is used here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_ninetyfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "ignacio.tv@example.cl"
NO_REPLY_MARKS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "noresponder",
                  "no-responder", "ne-pas-repondre", "notification", "notificaciones", "mailer")


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_are_valid() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_is_present_in_realistic_proportions() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    assert counts["other"] >= 40 and counts["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert languages["es"] > languages["en"] > languages["fr"] > 0 and languages["de"] > 0


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"], row
            assert not row["company"].endswith((" GmbH", " Ltd", " S.A.", " SpA", " Inc.")), row


@for_each(ROWS)
def test_message_parses_and_contact_is_human_and_visible(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message["Date"].datetime.year == 2026
    assert any(part.get_content_maintype() == "text" for part in message.walk())
    contact = row["contact"]
    if contact:
        assert contact == contact.lower() and "@" in contact
        assert not any(mark in contact.split("@")[0] for mark in NO_REPLY_MARKS), row
        assert contact != CANDIDATE
        assert contact in visible_text(message), row
    if addresses(message, "From") == [CANDIDATE]:
        assert row["kind"] == "other", "the candidate's own mail is never job mail to classify"
    else:
        assert CANDIDATE in addresses(message, "To"), row
