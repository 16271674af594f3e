"""Sanity checks for corpus 53 (tests/corpus_fiftythird): its labels and its messages agree.

These check the corpus, not the classifier: every file is labelled once, labels use the
known kinds and languages, each message parses cleanly, and a labelled contact is a human
address that the message itself shows. Imports only the shared corpus reader and the
corpus's own generator (to check the files are what it writes).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftythird"
ME = "marcus.dw@example.com"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notifications?@|mailer|alerts?@|unmonitored",
    re.IGNORECASE,
)
LEGAL_FORMS = re.compile(r"\b(GmbH|Ltd|Inc|LLC|S\.A\.|B\.V\.|AG|Pte|S\.A\. de C\.V\.|Co\.|KG)\.?$")
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Every header and every decoded text part: what a reader of the message can see."""
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_look_like_an_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 45 and kinds["rejection"] >= 25
    assert languages["en"] > len(ROWS) / 2 and min(languages.values()) >= 10


@for_each(ROWS)
def test_message_parses_and_contact_is_shown_and_human(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message["Date"].datetime.year == 2026
    text = _text(message)
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact), contact
        assert contact.lower() != ME
        assert contact.lower() in text.lower(), f"{contact} does not appear in {row['file']}"
    if row["kind"] != "other":
        recipients = [addr.lower() for _, addr in getaddresses(message.get_all("To", []))]
        assert ME in recipients


@for_each(ROWS)
def test_company_is_labelled_on_job_mail_only(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == ""
    else:
        assert row["company"].strip() == row["company"] != ""
        assert not LEGAL_FORMS.search(row["company"]), row["company"]


def test_the_candidates_own_mail_is_never_job_mail() -> None:
    for row in ROWS:
        sender = parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec.lower()
        if sender == ME:
            assert row["kind"] == "other" and row["contact"] == "", row


def test_generator_writes_exactly_these_files() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import make_fiftythird as generator
    finally:
        sys.path.remove(str(ROOT))
    specs = [*generator.JOBS_A, *generator.JOBS_B, *generator.OTHER]
    assert len(specs) == len(ROWS)
    for index, (spec, row) in enumerate(zip(specs, ROWS, strict=True), start=1):
        built = generator.build(index, spec).as_bytes(policy=generator.POLICY)
        assert built == (ROOT / row["file"]).read_bytes(), row["file"]
