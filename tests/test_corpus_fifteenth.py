"""Sanity of the fifteenth labelled corpus (tests/corpus_fifteenth): labels, counts, structure.

The corpus is one final measurement of the classifier on unseen mail; this file only guards
that the corpus is what tests/corpus_fifteenth/README.md says it is. It reads the corpus
through tests/corpus_common.py and never imports the classifier.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

CORPUS = Path(__file__).parent / "corpus_fifteenth"
USER = "sofia.romero@example.com"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|mailer-daemon|notification", re.IGNORECASE)
FLOORS = {  # the least number of messages of each kind (README's counts, rounded down)
    "rejection": 30,
    "interview_invitation": 25,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 20,
    "offer": 10,
    "other": 50,
}

LABELS = read_labels(CORPUS)
MESSAGES = {row["file"]: parse_eml(CORPUS, row["file"]) for row in LABELS}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fifteenth", CORPUS / "make_fifteenth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _addresses(message: EmailMessage, *fields: str) -> set[str]:
    values = [str(v) for f in fields for v in message.get_all(f, [])]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def test_labels_cover_every_file_once() -> None:
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.eml")}
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled))
    assert set(labelled) == on_disk


def test_kinds_languages_and_folders_are_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row


def test_counts_per_kind_and_language_mix() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    for kind, floor in FLOORS.items():
        assert kinds[kind] >= floor, (kind, kinds[kind])
    languages = Counter(row["language"] for row in LABELS)
    assert 0.5 <= languages["en"] / len(LABELS) <= 0.65
    assert all(languages[lang] >= 8 for lang in ("es", "de", "fr"))


def test_every_file_parses_with_headers_and_a_2026_date() -> None:
    ids = set()
    for rel, message in MESSAGES.items():
        assert message["From"] and message["To"] and message["Subject"] is not None, rel
        assert parsedate_to_datetime(message["Date"]).year == 2026, rel
        ids.add(message["Message-ID"])
        body = message.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), rel
    assert len(ids) == len(MESSAGES)


def test_contacts_are_human_and_appear_in_the_file() -> None:
    for row in LABELS:
        contact = row["contact"]
        if not contact:
            continue
        assert not NO_REPLY.search(contact), row
        assert contact.lower() != USER, row
        message = MESSAGES[row["file"]]
        headers = _addresses(message, "From", "Reply-To")
        raw = (CORPUS / row["file"]).read_bytes().decode("ascii", "replace").lower()
        assert contact.lower() in headers or contact.lower() in raw, row


def test_contact_follows_reply_to_then_sender() -> None:
    """Where the label names a header address, it is the Reply-To if that is human."""
    for row in LABELS:
        message = MESSAGES[row["file"]]
        reply_to = _addresses(message, "Reply-To")
        human = {a for a in reply_to if not NO_REPLY.search(a)}
        if human and row["contact"] and row["contact"] in _addresses(message, "From"):
            raise AssertionError(f"{row['file']}: contact is the sender, but Reply-To is human")


def test_company_only_on_job_mail() -> None:
    for row in LABELS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|S\.A\.|S\.L\.|DAC|S\.r\.l\.)$", row["company"]), row


def test_job_mail_is_addressed_to_the_candidate_and_own_mail_is_other() -> None:
    for row in LABELS:
        message = MESSAGES[row["file"]]
        sent_by_user = USER in _addresses(message, "From")
        if row["kind"] != "other":
            assert USER in _addresses(message, "To", "Cc"), row
        if sent_by_user:
            assert row["kind"] == "other" and row["contact"] == "", row


def test_structures_are_varied() -> None:
    seen: Counter[str] = Counter()
    for rel, message in MESSAGES.items():
        raw = (CORPUS / rel).read_bytes()
        for part in message.walk():
            seen[part.get_content_type()] += 1
            seen["charset:" + str(part.get_content_charset())] += 1
            seen["cte:" + str(part.get("Content-Transfer-Encoding", "")).lower()] += 1
        if message.get_content_type() == "text/html":
            seen["html-only"] += 1
        if b"=?utf-8?" in raw.lower():
            seen["encoded-word"] += 1
        if message["List-Unsubscribe"]:
            seen["list"] += 1
        if message["In-Reply-To"]:
            seen["reply"] += 1
    for feature in ("multipart/alternative", "text/calendar", "application/pdf", "html-only",
                    "charset:iso-8859-1", "charset:windows-1252", "cte:base64",
                    "cte:quoted-printable", "encoded-word", "list", "reply"):
        assert seen[feature] >= 3, (feature, seen[feature])


def test_files_are_what_the_generator_writes() -> None:
    """The committed messages and labels are reproducible from make_fifteenth.py."""
    gen = _generator()
    times = gen.in_story_order(gen.schedule(len(gen.MSGS)))
    assert len(gen.MSGS) == len(LABELS)
    for idx, (spec, when, row) in enumerate(zip(gen.MSGS, times, LABELS, strict=True), start=1):
        assert row["file"] == f"{spec['kind']}/{idx:03d}_{spec['scenario']}.eml"
        assert gen.build(spec, when, idx).as_bytes() == (CORPUS / row["file"]).read_bytes(), row
        assert gen.contact_of(spec) == row["contact"], row
