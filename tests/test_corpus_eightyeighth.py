"""Sanity checks for the eighty-eighth labelled corpus (tests/corpus_eightyeighth/).

They guard the labels, not the classifier: every file labelled once, valid kinds and languages,
every message parseable, and `contact` always a human address found in the message. Imports
only tests/corpus_common.py (a shared reader) and the corpus's own generator.
"""

from __future__ import annotations

import collections
import importlib.util
import re
from pathlib import Path

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_eightyeighth"
ROWS = read_labels(ROOT)
CANDIDATE = "mathis.ol@example.fr"
NO_REPLY = re.compile(r"no-?reply|ne-?pas-?repondre|do-?not-?reply|notification|mailer-daemon",
                      re.I)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_match_the_brief() -> None:
    kinds = collections.Counter(row["kind"] for row in ROWS)
    languages = collections.Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 45 and kinds["rejection"] >= 25
    assert languages["fr"] > languages["en"] > languages["de"] > 0 and languages["es"] > 0


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|SAS|AG|plc)\s*$", row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_is_a_human_in_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["Subject"] is not None
    assert message.get_body(preferencelist=("plain", "html")) is not None
    contact = row["contact"]
    if contact:
        assert contact == contact.lower() and "@" in contact
        assert not NO_REPLY.search(contact), row
        assert contact != CANDIDATE
        assert contact in visible_text(message)
        assert contact in addresses(message, "Reply-To", "From"), row


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS
           if addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["contact"] == "" and row["kind"] == "other" for row in own)


def test_structures_are_varied() -> None:
    types: collections.Counter[str] = collections.Counter()
    for row in ROWS:
        raw = (ROOT / row["file"]).read_bytes().lower()
        for marker in (b"text/calendar", b"multipart/alternative", b"quoted-printable",
                       b"base64", b"iso-8859-1", b"windows-1252", b"list-unsubscribe",
                       b"=?utf-8?", b"=?iso-8859-1?", b"application/pdf"):
            types[marker.decode()] += marker in raw
    assert all(types[name] >= 2 for name in types), types


def test_generator_reproduces_the_files() -> None:
    spec = importlib.util.spec_from_file_location("make_eightyeighth",
                                                  ROOT / "make_eightyeighth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    messages = module.load_messages()
    assert len(messages) == len(ROWS)
    for index, (message, row) in enumerate(zip(messages, ROWS, strict=True), start=1):
        assert (ROOT / row["file"]).read_bytes() == module.render(message, index), row["file"]
