"""Sanity checks for the sixty-ninth labelled corpus (tests/corpus_sixtyninth).

They check the corpus itself, never the classifier: every file labelled once, labels well formed,
every message readable by Python's email package, and contacts that obey SPEC section 3.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtyninth"
CANDIDATE = "sofia.cm@example.mx"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|no[-_.]?responder|notification|"
                      r"mailer-daemon|^alerts?@|jobalerts", re.IGNORECASE)
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader could find an address."""
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_are_well_formed() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], f"{row['file']} sits in the wrong folder"
        if row["kind"] != "other":
            assert row["company"], f"{row['file']}: job mail needs a company"
        assert not re.search(r"\b(GmbH|Ltd|S\.A\.|S\.A\.S|SE|AG|inc\.?)$", row["company"]), row


def test_proportions_match_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 150
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45
    assert all(kinds[kind] >= 8 for kind in KINDS)
    assert 0.45 <= languages["es"] / len(ROWS) <= 0.55
    assert languages["de"] >= 12 and languages["fr"] >= 12 and languages["en"] >= 40


@for_each(ROWS)
def test_message_parses_and_is_dated_2026(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["From"] and message["Subject"] is not None
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    assert not message.defects


@for_each(ROWS)
def test_contact_is_a_human_address_found_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact and " " not in contact
    assert not NO_REPLY.search(contact), f"{row['file']}: {contact} is not a human address"
    assert contact.lower() != CANDIDATE
    assert contact.lower() in _text(parse_eml(ROOT, row["file"])).lower()


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS
           if any(addr.lower() == CANDIDATE
                  for _, addr in getaddresses([str(parse_eml(ROOT, row["file"])["From"])]))]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["kind"] == "other" and not row["contact"] for row in own)
