"""Sanity checks for the sixty-first labelled corpus (tests/corpus_sixtyfirst).

They guard the corpus itself, not the classifier: every file labelled once, labels valid, every
message readable by Python's email package, and each contact a human address present in its file.
"""

from __future__ import annotations

from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtyfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "amelie.vdb@example.be"
NOT_HUMAN = ("no-reply", "noreply", "donotreply", "do-not-reply", "ne-pas-repondre",
             "notification", "mailer-daemon", "inmail-hit-reply")


def _all_text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader would look for an address."""
    chunks = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid_and_mixed() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert all(row["file"].startswith(row["kind"] + "/") for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert set(languages) <= LANGUAGES
    assert languages["fr"] >= 0.4 * len(ROWS) and languages["de"] >= 10 and languages["es"] >= 10


def test_company_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row["file"]
        else:
            assert row["company"], row["file"]
            legal_forms = (" GmbH", " Ltd", " S.A.", " AG", " SRL")
            assert not row["company"].endswith(legal_forms), row["file"]


@for_each(ROWS)
def test_message_parses_and_contact_is_a_human_address_in_the_file(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if not contact:
        return
    assert contact != CANDIDATE
    assert not any(marker in contact.lower() for marker in NOT_HUMAN), contact
    assert contact.lower() in _all_text(message).lower()
    headers = message.get_all("Reply-To", []) + message.get_all("From", [])
    senders = [address.lower() for _, address in getaddresses(headers)]
    assert contact.lower() in senders, "contact is the Reply-To or the sender"


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        sender = message["From"].addresses[0].addr_spec
        if sender == CANDIDATE:
            assert row["kind"] == "other", "the candidate's own mail is never a trigger"
        elif row["kind"] != "other":
            assert CANDIDATE in str(message["To"]), row["file"]
