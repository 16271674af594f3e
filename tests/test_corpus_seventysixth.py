"""Sanity checks for the seventy-sixth labelled corpus (tests/corpus_seventysixth).

The corpus is for measuring the classifier, so these tests check only the corpus itself: every
file labelled once, labels well-formed, every message readable, contacts usable. They import
tests/corpus_common.py and nothing from the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventysixth"
ROWS = read_labels(ROOT)
CANDIDATE = "camille.dl@example.be"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|"
                      r"jobalerts|inmail-hit-reply|scheduling@", re.IGNORECASE)
LEGAL_FORMS = re.compile(r"\b(GmbH|Ltd|S\.?A\.?|SA|AG|A/S|asbl|SRL|SL|Inc|LLC)\.?$")


def _text(message) -> str:
    """All decoded headers and text parts, as a reader would see them."""
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_file_exactly_once() -> None:
    files = Counter(row["file"] for row in ROWS)
    assert [name for name, count in files.items() if count > 1] == []
    on_disk = {str(path.relative_to(ROOT)) for path in ROOT.rglob("*.eml")}
    assert set(files) == on_disk


def test_size_and_mix_of_kinds_and_languages() -> None:
    assert len(ROWS) >= 140
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert set(languages) <= LANGUAGES
    assert languages["fr"] > languages["en"] > languages["es"] > languages["de"] > 0


@for_each(ROWS)
def test_row_is_well_formed_and_message_parses(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "a file lives in its kind's folder"
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{header} missing"
    assert message["Date"].datetime.year == 2026
    assert message.get_body(preferencelist=("plain", "html")) is not None
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    else:
        assert row["company"].strip() == row["company"] != ""
        assert not LEGAL_FORMS.search(row["company"]), "company without a legal form"


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_found_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert not NO_REPLY.search(contact)
    assert contact != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    senders = {addr.lower() for _, addr in getaddresses(
        [str(message.get("Reply-To", "")), str(message.get("From", ""))])}
    assert contact in senders, "contact is the Reply-To or the sender"
    assert contact in _text(message).lower()


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(set(ids)) == len(ids)


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS
           if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus includes the candidate's own sent mail"
    assert all(row["contact"] == "" and row["kind"] == "other" for row in own)
