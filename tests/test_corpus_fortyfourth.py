"""Sanity checks for the fortyfourth labelled corpus (tests/corpus_fortyfourth/).

The corpus measures how the classifier generalizes, so these tests check only that the labels
are well formed and agree with the files; they never run the classifier. Imports: the shared
corpus reader and the standard library.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "jordan.whitfield@example.com"
# Local parts (and one domain word) that mark an address no human reads, in the four languages.
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|"
    r"notification|mailer[-_.]?daemon|alert|unmonitored", re.IGNORECASE)
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|Ltd|Limited|Inc|S\.A\.|SAS|Pvt|LLC|B\.V\.)\.?$")


def _text(message: EmailMessage) -> str:
    """Every text part, decoded, so a check sees what a reader sees."""
    return "\n".join(part.get_content() for part in message.walk()
                     if part.get_content_maintype() == "text")


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        folder, name = row["file"].split("/")
        assert folder == row["kind"], row
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert min(kinds.values()) >= 10, kinds
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25, kinds
    languages = Counter(row["language"] for row in ROWS)
    assert languages["en"] > len(ROWS) / 2 * 0.9 and min(languages.values()) >= 12, languages


@for_each(ROWS)
def test_file_parses_with_headers_and_readable_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message.defects == [], message.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    assert len(_text(message).split()) >= 10, "too little text to classify"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_present_in_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert "@" in contact and contact == contact.strip().lower()
    assert not NO_REPLY.search(contact), contact
    assert contact != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    headers = {addr.lower() for _, addr in getaddresses(
        [str(message[h]) for h in ("From", "Reply-To", "Cc") if message[h]])}
    assert contact in headers or contact in _text(message).lower()


def test_company_and_contact_only_on_job_mail() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORMS.search(row["company"]), row


def test_the_candidates_own_mail_is_never_job_mail() -> None:
    own = [row for row in ROWS
           if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["kind"] == "other" for row in own)


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] != "other":
            to = str(parse_eml(ROOT, row["file"])["To"]).lower()
            assert CANDIDATE in to, row
