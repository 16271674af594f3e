"""Sanity checks for the 73rd labelled corpus (tests/corpus_seventythird/): the labels are
complete and follow the corpus's label rules, and every message is readable mail.

Only the shared reader (tests.corpus_common) is used; no classifier code is imported here.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventythird"
ROWS = read_labels(ROOT)
CANDIDATE = "dana.wo@example.com"
NOT_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|noresponder|no-responder|ne-pas-repondre|nepasrepondre|notification|"
    r"mailer-daemon|alert|jobagent|scheduling@",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|Ltd|Pvt|Inc|LLC|S\.A\.|SAS|S\.A\. de C\.V\.|Co\., Ltd)\.?$")


def _addresses(message, *names: str) -> set[str]:
    values = [str(v) for name in names for v in message.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    languages = Counter(row["language"] for row in ROWS)
    assert languages["en"] / len(ROWS) == pytest.approx(0.6, abs=0.08)
    assert min(languages[lang] for lang in ("es", "fr", "de")) >= 12


def test_company_is_labelled_on_job_mail_without_legal_form() -> None:
    # `other` mail carries a company only for steps of a live application (see README).
    for row in ROWS:
        assert row["company"] or row["kind"] == "other", row
        assert not LEGAL_FORM.search(row["company"]), row
    assert sum(1 for row in ROWS if row["kind"] == "other" and row["company"]) <= 6


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_follows_the_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 40
    contact = row["contact"].lower()
    if contact:
        assert not NOT_HUMAN.search(contact), row
        assert contact != CANDIDATE, row
        reply_to = _addresses(message, "Reply-To")
        # Reply-To when a human set one, else the sender.
        assert contact in (reply_to or _addresses(message, "From")), row
        assert contact.encode() in (ROOT / row["file"]).read_bytes().lower()
    if CANDIDATE in _addresses(message, "From"):
        assert row["kind"] == "other" and not contact, row
