"""Sanity checks for the eighteenth labelled corpus (tests/corpus_eighteenth/).

The corpus is held out for one final measurement of the classifier, so these tests only check
that the labels and the messages agree with each other and with SPEC section 3; they never run
the classifier. Imports: the shared corpus reader and the standard library.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eighteenth"
CANDIDATE = "jonas.keller@example.com"
AUTOMATED = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailrobot|alert|jobagent|"
    r"mailer-daemon|@(?:successfactors|myworkday|softgarden|dvinci-hr|rexx-systems|taleo|"
    r"smartrecruiters|teamtailor|calendly|goodtime)\.)",
    re.IGNORECASE,
)
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|Ltd|S\.A\.|SAS|S\.L\.|S\.p\.A\.|B\.V\.|Pvt|plc|Inc)\.?$")

ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader would look for an address."""
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10 and len(ROWS) >= 140
    languages = Counter(row["language"] for row in ROWS)
    assert all(languages[lang] >= 10 for lang in LANGUAGES), languages


@for_each(ROWS)
def test_message_parses_and_contact_is_human(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Date"] and message["Message-ID"], row["file"]
    assert not [part.defects for part in message.walk() if part.defects], row["file"]
    body = message.get_body(("plain", "html"))
    assert body is not None and body.get_content().strip(), row["file"]
    contact = row["contact"]
    if contact:
        assert not AUTOMATED.search(contact), f"{row['file']}: automated contact {contact}"
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _text(message), f"{row['file']}: {contact} not in the message"


@for_each(ROWS)
def test_company_labelled_on_job_mail_only(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == "" and row["contact"] == "", row
    else:
        assert row["company"].strip() == row["company"] != "", row
        assert not LEGAL_FORMS.search(row["company"]), row


def test_candidate_own_mail_is_never_job_mail() -> None:
    own = []
    for row in ROWS:
        senders = getaddresses([str(parse_eml(ROOT, row["file"])["From"])])
        if any(addr.lower() == CANDIDATE for _, addr in senders):
            own.append(row)
    assert own, "the corpus should hold some of the candidate's own sent mail"
    assert all(row["kind"] == "other" for row in own)


def test_replies_point_at_a_message_in_the_corpus_or_the_candidates_own() -> None:
    """In-Reply-To either names another message in the corpus or the candidate's own mail."""
    ids = {str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS}
    for row in ROWS:
        parent = parse_eml(ROOT, row["file"])["In-Reply-To"]
        if parent:
            parent = str(parent).strip()
            assert parent in ids or parent.endswith("@mail.example.com>"), row["file"]
