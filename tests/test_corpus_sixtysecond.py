"""Sanity checks for the sixty-second labelled corpus (tests/corpus_sixtysecond).

These guard the corpus itself, not the classifier: every file is labelled once, labels use the
SPEC kinds, every message parses as a mail program would, and the `contact` label follows the
rule (a human address that appears in the message, never a no-reply one, never the candidate).
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtysecond"
CANDIDATE = "jordan.cw@example.com"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|noresponder|ne-pas-repondre|notification|mailer-daemon",
    re.I,
)
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|KG|Ltd|Limited|LLC|Inc|S\.A\.|SA de CV|SAS|Pvt)\.?$")
LABELS = read_labels(ROOT)


def _addresses(message) -> set[str]:
    fields = [
        str(v) for name in ("From", "Reply-To", "To", "Cc") for v in message.get_all(name, [])
    ]
    return {addr.lower() for _, addr in getaddresses(fields) if addr}


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS
    languages = Counter(row["language"] for row in LABELS)
    assert languages["en"] > len(LABELS) / 2
    assert min(languages[lang] for lang in ("es", "de", "fr")) >= 10


@pytest.mark.parametrize("row", LABELS, ids=lambda row: row["file"])
def test_message_parses_and_contact_follows_the_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: missing {name}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    for part in message.walk():
        assert not part.defects, f"{row['file']}: {part.defects}"
    contact = row["contact"]
    if contact:
        assert contact.lower() in _addresses(message), f"{row['file']}: contact not in headers"
        assert not NO_REPLY.search(contact)
        assert contact.lower() != CANDIDATE


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in LABELS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORMS.search(row["company"]), row


def test_message_ids_are_unique_and_own_mail_is_other() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in LABELS]
    assert len(ids) == len(set(ids))
    own = [row for row in LABELS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus should include the candidate's own sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)
