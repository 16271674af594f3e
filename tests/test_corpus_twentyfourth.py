"""Sanity of the twenty-fourth labelled corpus (tests/corpus_twentyfourth): labels and messages.

These checks guard the corpus itself, not the classifier: every file is labelled once with a
valid kind and language, parses as mail, and its `contact` label is a human address that the
message really contains. It reads the corpus through tests/corpus_common.py only.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentyfourth"
CANDIDATE = "diego.fernandez@example.com"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|donotreply|no-responder|ne-pas-repondre|"
                      r"notification|mailer-daemon|jobalerts?|alertas?@", re.IGNORECASE)
LEGAL_FORMS = re.compile(r"\b(GmbH|Ltd|S\.?A\.?|S\.?L\.?|SAS|Pvt|Inc|AG|KG|E\.S\.P\.)\.?$")
ROWS = read_labels(ROOT)


def _text_of(message: EmailMessage) -> str:
    """Every header value and every decoded text part: where a reader could see an address."""
    chunks = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    languages = Counter(row["language"] for row in ROWS)
    assert set(languages) == LANGUAGES
    assert languages["es"] > len(ROWS) * 0.4


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORMS.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_is_human_and_present(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if contact:
        assert "@" in contact and not NO_REPLY.search(contact), row
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _text_of(message).lower(), row
    senders = [addr.lower() for _, addr in getaddresses([str(message["From"])])]
    if CANDIDATE in senders:
        assert row["kind"] == "other" and contact == "", "own mail is never a trigger"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


def test_files_are_what_the_generator_writes() -> None:
    """The committed .eml files match make_twentyfourth.py, so editing one alone is caught."""
    path = ROOT / "make_twentyfourth.py"
    spec = importlib.util.spec_from_file_location("make_twentyfourth", path)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator  # dataclasses resolve annotations through sys.modules
    try:
        spec.loader.exec_module(generator)
    finally:
        del sys.modules[spec.name]
    assert len(generator.MAILS) == len(ROWS)
    for index, (mail, row) in enumerate(zip(generator.MAILS, ROWS, strict=True), start=1):
        assert row["file"] == f"{mail.kind}/{index:03d}_{mail.scenario}.eml"
        expected = generator.render(mail, generator.msgid_for(index, mail))
        assert (ROOT / row["file"]).read_bytes() == expected, row["file"]
