"""Sanity checks for the fifty-first labelled corpus (tests/corpus_fiftyfirst).

The corpus is for one untuned measurement of the classifier, so this module never runs it: it
only checks that labels and messages agree, through tests/corpus_common.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftyfirst"
CANDIDATE = "aoife.bk@example.ie"
NOREPLY = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|notification|mailer-daemon|"
    r"bounce|^alerts?@|jobalerts|calendar-notification|^dse@)",
    re.IGNORECASE,
)
LEGAL_FORMS = (
    " GmbH", " Ltd", " Limited", " S.A.", " SAS", " B.V.", " plc", " Inc", " SpA", " e.V.", " ehf",
)

ROWS = read_labels(ROOT)


def _ids(rows: list[dict[str, str]]) -> list[str]:
    return [row["file"] for row in rows]


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = _ids(ROWS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_size_and_mix_of_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is represented"
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert set(languages) == LANGUAGES
    assert 0.5 <= languages["en"] / len(ROWS) <= 0.65


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].startswith(row["kind"] + "/"), "the folder names the kind"
    if row["kind"] != "other":
        assert row["company"], "job mail names its employer"
    assert not row["company"].endswith(LEGAL_FORMS), "company is labelled without its legal form"


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_message_parses_and_contact_is_a_human_in_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"]
    assert message.get_body(preferencelist=("plain", "html")) is not None
    body = message.get_body(preferencelist=("plain", "html")).get_content()
    assert body.strip(), "the readable part has text"
    contact = row["contact"]
    if not contact:
        return
    assert not NOREPLY.search(contact), f"{contact} is an automated address"
    assert contact != CANDIDATE, "the candidate is never her own contact"
    headers = [message.get("Reply-To", ""), message.get("From", "")]
    addresses = {addr.lower() for _, addr in getaddresses(headers)}
    assert contact.lower() in addresses, "contact is the Reply-To or the sender"


def test_own_sent_mail_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus holds some of the candidate's own sent mail"
    assert all(row["kind"] == "other" and not row["contact"] for row in own)
