"""Sanity of the twenty-ninth labelled corpus (tests/corpus_twentyninth): labels, files, contacts.

Only the corpus itself is checked here; no classifier code is imported. The corpus exists for one
final generalisation measurement, so these tests guard that it stays what its README says.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentyninth"
ROWS = read_labels(ROOT)
CANDIDATE = "marcus.okafor@example.com"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notification|mailer-daemon", re.I
)
LEGAL_FORMS = re.compile(r"\b(Ltd|Limited|GmbH|S\.A\.|SA|S\.A\.S\.|AG|LLP|LLC|plc|Inc\.?|Pte)\s*$")


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_counts_match_the_readme() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert len(ROWS) >= 140
    assert kinds["rejection"] >= 25 and kinds["interview_invitation"] >= 20
    assert kinds["other"] >= 45 and all(kinds[k] >= 8 for k in KINDS)
    languages = Counter(row["language"] for row in ROWS)
    assert languages["en"] / len(ROWS) >= 0.5
    assert all(languages[lang] >= 15 for lang in ("es", "de", "fr"))


@for_each(ROWS)
def test_message_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert str(message["Subject"]).strip() == str(message["Subject"]), "subject folded badly"
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(ROWS)
def test_contact_is_a_human_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact and contact == contact.strip().lower()
    assert not NO_REPLY.search(contact), contact
    assert contact != CANDIDATE
    raw = (ROOT / row["file"]).read_bytes().decode("ascii", errors="replace").lower()
    assert contact in raw


@for_each(ROWS)
def test_contact_follows_reply_to_then_sender(row: dict[str, str]) -> None:
    """Reply-To when it is a human address, else a human sender; never the candidate."""
    message = parse_eml(ROOT, row["file"])
    reply_to = [a.lower() for _, a in getaddresses([str(message.get("Reply-To", ""))]) if a]
    sender = [a.lower() for _, a in getaddresses([str(message["From"])]) if a]
    if row["contact"]:
        human_reply_to = [a for a in reply_to if not NO_REPLY.search(a)]
        expected = human_reply_to[0] if human_reply_to else sender[0]
        assert row["contact"] == expected
    if sender == [CANDIDATE]:
        assert row["contact"] == ""


def test_company_is_labelled_without_a_legal_form() -> None:
    for row in ROWS:
        assert row["company"] == row["company"].strip()
        assert not LEGAL_FORMS.search(row["company"]), row
        if row["kind"] != "other":
            assert row["company"], f"job mail without a company: {row['file']}"


def test_candidates_own_mail_is_other() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        if CANDIDATE in str(message["From"]).lower():
            assert row["kind"] == "other", row
