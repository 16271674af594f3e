"""Sanity checks for tests/corpus_twentysixth: the labels and the messages agree.

These check the corpus itself (every file labelled once, valid kinds and languages, parseable
MIME, contacts that are human and present in the message), never the classifier. Imports only
the shared corpus reader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentysixth"
ME = "siobhan.murphy@example.com"
AUTOMATED = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?@|alerts?@|mailer-daemon",
    re.I,
)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.A\.|AG|AB|DAC|Pte|Sp\. z o\.o\.)\.?$")
ROWS = read_labels(ROOT)


def _text(rel: str) -> str:
    """Headers plus every decoded text part, as a reader of the message would see it."""
    message = parse_eml(ROOT, rel)
    chunks = [str(v) for _, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_every_eml_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert {row["kind"] for row in ROWS} == KINDS


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_message_parses_and_contact_is_human_and_present(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"], row["file"]
    assert message.get_body(preferencelist=("plain", "html")) is not None, row["file"]
    assert message["Date"].datetime.year == 2026
    contact = row["contact"]
    if contact:
        assert not AUTOMATED.search(contact), row
        assert contact.lower() != ME
        assert contact.lower() in _text(row["file"]).lower(), row


def test_candidates_own_mail_is_other() -> None:
    own = [row for row in ROWS if ME in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus should include the candidate's own sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)
