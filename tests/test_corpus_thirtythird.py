"""Sanity checks for the thirty-third labelled corpus (tests/corpus_thirtythird/).

They guard the corpus itself, not the classifier: every file labelled exactly once, labels
well-formed, every message readable by Python's email package, and contacts that a person could
actually answer. Imports only the shared corpus reader, never assistant.detect.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtythird"
CANDIDATE = "karim.benali@example.net"
NO_REPLY = re.compile(r"no-?reply|ne-?pas-?r[eé]pondre|noresponder|do-?not-?reply|mailer-daemon",
                      re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.?A\.?|SAS|plc|B\.V\.|AG|Inc)\.?$")
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Every decoded text part and header of a message, for 'does the label appear' checks."""
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_are_well_formed() -> None:
    assert len(ROWS) >= 140
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], "a file lives under its kind"
        if row["kind"] == "other":
            assert row["company"] == "", f"company is labelled on job mail only: {row}"
        else:
            assert row["company"], f"job mail names its employer: {row}"
            assert not LEGAL_FORM.search(row["company"]), f"no trailing legal form: {row}"


def test_every_kind_and_language_is_represented_in_realistic_shares() -> None:
    kinds = {kind: sum(row["kind"] == kind for row in ROWS) for kind in KINDS}
    assert all(count >= 10 for count in kinds.values()), kinds
    assert kinds["other"] >= max(kinds.values()) - 1, "most of an inbox is not job news"
    languages = {lang: sum(row["language"] == lang for row in ROWS) for lang in LANGUAGES}
    assert languages["fr"] > languages["en"] > languages["de"] >= 15, languages


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_labels_are_grounded(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message.get_body(preferencelist=("plain", "html")) is not None
    assert message["Date"].datetime.year == 2026
    text = _text(message)
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact), f"contact is a no-reply address: {contact}"
        assert contact.lower() != CANDIDATE, "the candidate is never their own contact"
        senders = [addr.lower() for _, addr in getaddresses(
            [str(message.get("Reply-To", "")), str(message["From"])])]
        assert contact.lower() in senders, f"{contact} is neither Reply-To nor From"
        assert contact.lower() in text.lower()
    if row["company"]:
        # Some employers show their name only in the domain ('pixelmare'), so one word will do.
        words = [w.lower() for w in re.findall(r"\w{3,}", row["company"])]
        assert any(w in text.lower() for w in words), f"{row['company']!r} appears nowhere"
