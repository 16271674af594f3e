"""Sanity checks for the seventy-fifth labelled corpus (tests/corpus_seventyfifth).

They guard the labels and the messages themselves, not the classifier: every file labelled once,
kinds and languages valid, every message parseable with a readable body, and each `contact` a
human address that really appears in its message's headers.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventyfifth"
CANDIDATE = "aoife.bc@example.ie"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notification|mailrobot|"
                      r"mailer-daemon|alert|unattended", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|Limited|S\.A\.|SE|AG|AB|p\.l\.c\.|plc|KG)\.?$")
PERSONAL = re.compile(r"^[a-z]+[._][a-z]+@")
ROWS = read_labels(ROOT)


def _header_addresses(message, *names: str) -> set[str]:
    values = [str(v) for name in names for v in message.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(values)}


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_size_and_mix_match_the_brief() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["en"] / len(ROWS) > 0.5
    assert all(languages[lang] >= 20 for lang in ("es", "fr", "de"))


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_and_has_a_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    assert message["Message-ID"] and message["From"] and message["Subject"]
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_human_and_in_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    assert contact.lower() in _header_addresses(message, "Reply-To", "From")
    reply_to = _header_addresses(message, "Reply-To")
    if reply_to:
        assert contact.lower() in reply_to, "Reply-To, when human, is the contact"


def test_no_human_contact_left_out_when_the_sender_is_a_person() -> None:
    """Job mail from a plainly personal address (first.last@ or first@) must carry that contact."""
    for row in ROWS:
        if row["kind"] == "other" or row["contact"]:
            continue
        message = parse_eml(ROOT, row["file"])
        for addr in _header_addresses(message, "From", "Reply-To"):
            assert NO_REPLY.search(addr) or not PERSONAL.match(addr), (row["file"], addr)


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


def test_candidates_own_mail_is_labelled_other() -> None:
    own = [row for row in ROWS
           if CANDIDATE in _header_addresses(parse_eml(ROOT, row["file"]), "From")]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["kind"] == "other" for row in own)
