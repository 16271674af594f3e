"""Sanity checks on the sixty-third labelled corpus (tests/corpus_sixtythird/).

The corpus measures how the classifier generalizes, so these tests check only that the labels
are well-formed and agree with the files; they never run the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtythird"
CANDIDATE = "lukas.bo@example.de"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notification|mailer-daemon|alert|mailrobot",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SE|Ltd|S\.A\.|SAS|S\.L\.|Sp\. z o\.o\.)$")
ROWS = read_labels(ROOT)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS, "every kind is represented"
    languages = Counter(row["language"] for row in ROWS)
    assert languages["de"] > languages["en"] > languages["fr"] > 0 and languages["es"] > 0


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORM.search(row["company"]), row


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_message_parses_and_contact_is_a_human_address_in_its_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"], row["file"]
    assert message["Date"].datetime.year == 2026, row["file"]
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip(), f"{row['file']}: no readable text"
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact and contact != CANDIDATE, row
    assert not NO_REPLY.search(contact.split("@")[0]), f"{row['file']}: no-reply {contact}"
    headers = [str(message[name]) for name in ("Reply-To", "From") if message[name]]
    addresses = [addr.lower() for _, addr in getaddresses(headers)]
    assert contact.lower() in addresses, f"{row['file']}: {contact} is not in From/Reply-To"


def test_own_sent_mail_is_from_the_candidate_and_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus contains the candidate's own sent mail"
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row
