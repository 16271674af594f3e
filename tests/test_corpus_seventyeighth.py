"""Sanity checks for the 78th labelled corpus (tests/corpus_seventyeighth).

They guard the corpus itself, not the classifier: every message is labelled once, parses as a
mail program would read it, and its labels keep the rules in the corpus README (kinds, languages,
company on job mail, a contact that is a human address found in the message).
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventyeighth"
ROWS = read_labels(ROOT)
CANDIDATE = "valentina.ro@example.mx"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|notification|mailer-daemon|bounce",
                      re.IGNORECASE)


def _text(message: EmailMessage) -> str:
    """Every header and every decoded text part, as a reader would see them."""
    parts = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_size_and_mix() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is represented"
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["es"] >= 0.45 * len(ROWS)
    assert set(languages) == LANGUAGES


@for_each(ROWS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder names the kind"
    if row["kind"] != "other":
        assert row["company"], "job mail names its employer"
        assert not re.search(r"\b(GmbH|Ltd|S\.A\.|AG|B\.V\.|plc|Inc)\.?$", row["company"])


@for_each(ROWS)
def test_message_parses_with_headers_and_a_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    assert message["Date"].datetime.tzinfo is not None
    assert not message.defects
    body = message.get_body(("plain", "html"))
    assert body is not None and body.get_content().strip()
    recipients = [a for _, a in getaddresses(message.get_all("To", []))]
    sender = message["From"].addresses[0].addr_spec
    assert CANDIDATE in recipients or sender == CANDIDATE


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_from_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert not NO_REPLY.search(contact)
    assert contact != CANDIDATE
    assert contact in _text(parse_eml(ROOT, row["file"]))


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))


def test_candidates_own_mail_has_no_contact_and_is_other() -> None:
    own = [r for r in ROWS
           if parse_eml(ROOT, r["file"])["From"].addresses[0].addr_spec == CANDIDATE]
    assert own, "the corpus holds some of the candidate's own sent mail"
    assert all(r["kind"] == "other" and not r["contact"] for r in own)
