"""Sanity checks for the forty-eighth labelled corpus (tests/corpus_fortyeighth).

They guard the labels, not the classifier: every file labelled once, valid kinds and
languages, every message parses, and `contact` follows the corpus's rule (a human address
taken from From or Reply-To, never a no-reply sender and never the candidate). Imports only
the shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortyeighth"
CANDIDATE = "valentina.rios@example.com.mx"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|noresponder|no-responder|notification|"
                      r"notificaciones|alert|mailer|jobagent", re.IGNORECASE)
ROWS = read_labels(ROOT)


def _addresses(rel: str, *headers: str) -> list[str]:
    message = parse_eml(ROOT, rel)
    values = [str(v) for h in headers for v in message.get_all(h, [])]
    return [addr.lower() for _, addr in getaddresses(values)]


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["rejection"] >= 25 and kinds["other"] >= 40
    languages = Counter(row["language"] for row in ROWS)
    assert languages["es"] > languages["en"] > languages["fr"] > 0 and languages["de"] > 0


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip(), row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|S\.L\.|Inc)\.?$", row["company"]), row


@for_each(ROWS)
def test_message_parses_with_headers_and_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Subject"] is not None and message["Message-ID"]
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_sender_or_reply_to(row: dict[str, str]) -> None:
    contact = row["contact"].lower()
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), row
    assert contact in _addresses(row["file"], "From", "Reply-To"), row
    assert contact.encode() in (ROOT / row["file"]).read_bytes()


def test_no_reply_senders_are_never_the_contact() -> None:
    for row in ROWS:
        senders = _addresses(row["file"], "From")
        if any(NO_REPLY.search(s) for s in senders):
            assert row["contact"] not in senders, row


def test_the_candidates_own_mail_is_other_without_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in _addresses(row["file"], "From")]
    assert own, "the corpus should hold some of the candidate's sent mail"
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
