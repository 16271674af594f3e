"""Sanity checks for the 85th labelled corpus (tests/corpus_eightyfifth): labels match files,
every message parses, and the contact label keeps to the SPEC rule. No classifier code here."""

from __future__ import annotations

import re
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

ROOT = Path(__file__).parent / "corpus_eightyfifth"
ROWS = read_labels(ROOT)
CANDIDATE = "jonas.ob@example.de"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|"
                      r"notification|mailer-daemon|bounce|mailrobot|jobagent|alert", re.I)


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kind_language_and_folder_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_present_and_language_mix_as_briefed() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45
    languages = Counter(row["language"] for row in ROWS)
    share = {lang: count / len(ROWS) for lang, count in languages.items()}
    assert 0.45 <= share["de"] <= 0.55 and 0.25 <= share["en"] <= 0.35
    assert 0.07 <= share["fr"] <= 0.13 and 0.07 <= share["es"] <= 0.13


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip(), row
            assert not re.search(r"\b(GmbH|AG|SE|Ltd|plc|S\.A\.|Inc)\.?$", row["company"]), row


@for_each(ROWS)
def test_message_parses_with_headers_and_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 20


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_reply_address_from_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    assert not NO_REPLY.search(contact.split("@")[0]), row
    assert contact != CANDIDATE
    assert contact in visible_text(message)
    # The SPEC rule: Reply-To when it is a person, else the sender.
    reply_to = addresses(message, "Reply-To")
    assert contact == (reply_to[0] if reply_to else addresses(message, "From")[0]), row


def test_no_contact_only_when_no_person_writes() -> None:
    """An empty contact means the mail came from a system or from the candidate: no Reply-To,
    and no personal first.last sender address."""
    personal = re.compile(r"^[a-z]+\.[a-z]+$")
    for row in ROWS:
        if row["contact"]:
            continue
        message = parse_eml(ROOT, row["file"])
        assert not addresses(message, "Reply-To"), row
        sender = addresses(message, "From")[0]
        assert sender == CANDIDATE or not personal.match(sender.split("@")[0]), row


def test_message_ids_unique_and_threads_resolve_or_point_to_own_mail() -> None:
    ids = {}
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        ids[message["Message-ID"]] = message
    assert len(ids) == len(ROWS)
    for message in ids.values():
        parent = message["In-Reply-To"]
        if parent:
            assert parent in ids or parent.endswith("@example.de>"), parent
