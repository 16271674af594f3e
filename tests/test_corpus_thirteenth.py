"""Sanity checks for the thirteenth labelled corpus (tests/corpus_thirteenth).

They guard the labels and the messages, not the classifier: every file is labelled once with a
valid kind and language, parses as mail, carries its contact in a header, and the generator
still writes exactly the committed bytes. Imports only tests/corpus_common.py and the generator.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirteenth"
ROWS = read_labels(ROOT)
CANDIDATE = "chloe.martin@example.net"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|notification|"
    r"mailer-daemon|^system@|^alerts?@",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|Ltd|LLP|plc|S\.?A\.?|SA|S\.L\.|S\.p\.A\.|B\.V\.|AG|KG|inc\.?|Pvt)$", re.IGNORECASE
)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_thirteenth", ROOT / "make_thirteenth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _addresses(message: EmailMessage, *names: str) -> set[str]:
    values = [str(v) for name in names for v in message.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(values)}


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_look_like_an_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert 150 <= len(ROWS) <= 180
    assert all(kinds[kind] >= 10 for kind in KINDS), kinds
    assert kinds["other"] >= 45 and kinds["rejection"] >= 28
    languages = Counter(row["language"] for row in ROWS)
    assert all(languages[lang] >= 15 for lang in LANGUAGES), languages


@for_each(ROWS)
def test_every_message_parses_with_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("Message-ID", "Date", "From", "To", "Subject"):
        assert message[header], f"{row['file']}: no {header}"
    for part in message.walk():
        assert not part.defects, f"{row['file']}: {part.defects}"
    body = message.get_body(("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40
    when = parsedate_to_datetime(message["Date"])
    assert when.year == 2026 and 8 <= when.month <= 11


@for_each(ROWS)
def test_contact_is_a_human_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    senders = _addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact.lower() != CANDIDATE
    assert not NO_REPLY.search(contact.split("@")[0] + "@"), contact
    assert contact.lower() in _addresses(message, "From", "Reply-To", "Cc")


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORM.search(row["company"]), row


def test_job_mail_to_the_candidate_and_message_ids_unique() -> None:
    ids = []
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        ids.append(message["Message-ID"])
        if row["kind"] != "other":
            assert CANDIDATE in _addresses(message, "To"), row["file"]
    assert len(ids) == len(set(ids))


def test_structure_is_varied() -> None:
    seen: Counter[str] = Counter()
    for row in ROWS:
        raw = (ROOT / row["file"]).read_bytes()
        message = parse_eml(ROOT, row["file"])
        types = [part.get_content_type() for part in message.walk()]
        seen["html_only"] += message.get_content_type() == "text/html"
        seen["alternative"] += "multipart/alternative" in types
        seen["calendar"] += "text/calendar" in types
        seen["pdf"] += "application/pdf" in types
        seen["base64"] += b"Content-Transfer-Encoding: base64\r\n\r\n" in raw and b"text/" in raw
        seen["qp"] += b"quoted-printable" in raw
        seen["latin1"] += b'charset="iso-8859-1"' in raw
        seen["cp1252"] += b'charset="windows-1252"' in raw
        seen["encoded_subject"] += raw.split(b"\r\nSubject: ", 1)[1].startswith(b"=?")
        seen["list_mail"] += bool(message["List-Unsubscribe"])
        seen["reply"] += bool(message["In-Reply-To"])
    assert all(count >= 5 for count in seen.values()), seen


def test_generator_reproduces_the_committed_files() -> None:
    generator = _generator()
    assert len(generator.MESSAGES) == len(ROWS)
    for index, (msg, row) in enumerate(zip(generator.MESSAGES, ROWS, strict=True), start=1):
        assert row["file"] == f"{msg.kind}/{index:03d}_{msg.slug}.eml"
        assert generator.build(msg, index) == (ROOT / row["file"]).read_bytes(), row["file"]
