"""Sanity checks of the sixty-sixth labelled corpus (tests/corpus_sixtysixth/).

They guard the corpus itself, not the classifier: every file is labelled exactly once, labels use
the known kinds and languages, every message parses, and each `contact` is a human address that
really occurs in its message. Imports only the shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtysixth"
CANDIDATE = "theo.mn@example.fr"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|ne_pas_repondre|notification|mailer-daemon|"
    r"jobalerts|alert",
    re.IGNORECASE,
)
ROWS = read_labels(ROOT)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_and_languages_are_known_and_folders_match() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_every_kind_is_represented_in_realistic_proportions() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    assert len(ROWS) >= 140
    assert counts["other"] >= 40 and counts["rejection"] >= 25


def test_languages_follow_the_brief() -> None:
    share = Counter(row["language"] for row in ROWS)
    assert share["fr"] / len(ROWS) >= 0.45
    assert all(share[lang] >= 10 for lang in ("en", "es", "de"))


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|SA|SAS|Inc\.?|Pvt)$", row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_is_a_human_in_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"]
    assert message.get_body(("plain", "html")).get_content().strip()
    contact = row["contact"]
    if not contact:
        return
    assert "@" in contact and not NO_REPLY.search(contact), contact
    assert contact != CANDIDATE
    headers = [str(message[h]) for h in ("From", "Reply-To", "Cc") if message[h]]
    addresses = {addr.lower() for _, addr in getaddresses(headers)}
    text = "\n".join(p.get_content() for p in message.walk() if p.get_content_maintype() == "text")
    assert contact.lower() in addresses or contact in text


def test_own_sent_mail_has_no_contact_and_is_other() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        if CANDIDATE in str(message["From"]):
            assert row["kind"] == "other" and row["contact"] == "", row


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in ROWS]
    assert len(ids) == len(set(ids))
