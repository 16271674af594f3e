"""Sanity checks for the sixty-eighth labelled corpus (tests/corpus_sixtyeighth/).

They guard the labels, not the classifier: every file is labelled once, in its kind's folder,
parses as mail, and its contact is a human address that really appears in its headers.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtyeighth"
CANDIDATE = "marcus.dw@example.com"
NOT_HUMAN = re.compile(
    r"no[-_.]?reply|no[-_.]?respond|ne[-_.]pas[-_.]repondre|donotreply|do[-_.]not[-_.]reply"
    r"|notification|mailer|bounce|alerts?@|jobalert|newsletter|digest",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|LLC|Inc|S\.A\.C?|Pvt|sp\. z o\.o\.|Pty|AG)\.?$")
ROWS = read_labels(ROOT)


def _addresses(message, *names: str) -> set[str]:  # type: ignore[no-untyped-def]
    values = [str(v) for name in names for v in message.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def test_labels_cover_every_file_once_in_its_kind_folder() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    for row in ROWS:
        assert row["file"].split("/")[0] == row["kind"], row["file"]


def test_kinds_languages_and_proportions() -> None:
    assert {row["kind"] for row in ROWS} == KINDS
    assert {row["language"] for row in ROWS} == LANGUAGES
    counts = Counter(row["kind"] for row in ROWS)
    assert len(ROWS) >= 140
    assert counts["other"] >= 45 and counts["rejection"] >= 25 and counts["offer"] >= 8


@for_each(ROWS)
def test_message_parses_with_a_readable_body_and_2026_date(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 20


@for_each(ROWS)
def test_contact_is_a_human_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    senders = _addresses(message, "From")
    if CANDIDATE in senders:
        assert row["kind"] == "other" and contact == "", "own sent mail is never a trigger"
        return
    if not contact:
        return
    assert contact == contact.lower() and contact != CANDIDATE
    assert not NOT_HUMAN.search(contact), contact
    assert contact in _addresses(message, "Reply-To", "From"), contact


def test_job_mail_names_its_employer_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] != "other":
            assert row["company"], row["file"]
        assert not LEGAL_FORM.search(row["company"]), row["company"]


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
