"""Sanity checks for the tenth labelled corpus (tests/corpus_tenth): the labels are usable.

These check the corpus, never the classifier: every file is labelled once with a valid kind and
language, parses as a mail program would, and its `contact` label keeps the rule (a human
address that appears in the message, never a no-reply address, never the candidate's own).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_tenth"
CANDIDATE = "femi.adeyemi@example.com"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|no-responder|ne-pas-repondre|notification|"
    r"mailer-daemon|alert|jobagent|unmonitored",
    re.IGNORECASE,
)
SYSTEM_DOMAINS = ("@myworkday.com", "@indeed.com")  # ATS and job-board system senders
LEGAL_FORM = re.compile(
    r"\b(GmbH|gGmbH|AG|Ltd|Limited|LLP|plc|S\.A\.|S\.p\.A\.|B\.V\.|SAS|SL|Inc)\.?$"
)
LABELS = read_labels(ROOT)


def _text_of(rel: str) -> str:
    """Decoded headers and text parts of one message, lower-cased, for 'appears in' checks."""
    message = parse_eml(ROOT, rel)
    chunks = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in LABELS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_proportions_look_like_one_inbox() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == KINDS
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45
    languages = Counter(row["language"] for row in LABELS)
    assert 0.55 <= languages["en"] / len(LABELS) <= 0.70
    assert min(languages[lang] for lang in ("de", "fr", "es")) >= 15


@for_each(LABELS)
def test_every_file_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert all(not part.defects for part in message.walk()), message.defects
    for header in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    when = parsedate_to_datetime(str(message["Date"]))
    assert when.year == 2026 and 7 <= when.month <= 10
    assert message.get_body(preferencelist=("plain", "html")) is not None


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in LABELS]
    assert len(ids) == len(set(ids))


@for_each([r for r in LABELS if r["contact"]])
def test_contact_is_a_human_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert "@" in contact and contact == contact.strip().lower()
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), contact
    assert contact in _text_of(row["file"])


def test_contact_rule_reply_to_then_sender() -> None:
    """Reply-To wins when it names a person; otherwise the sender if human; never own mail."""
    for row in LABELS:
        message = parse_eml(ROOT, row["file"])
        sender = getaddresses([str(message["From"])])[0][1].lower()
        reply_to = [a.lower() for _, a in getaddresses([str(message.get("Reply-To", ""))]) if a]
        if sender == CANDIDATE:
            assert row["kind"] == "other" and not row["contact"], row
        elif row["contact"]:
            assert row["contact"] in {*reply_to, sender}, row
            if reply_to and not NO_REPLY.search(reply_to[0]) and "substack" not in reply_to[0]:
                assert row["contact"] == reply_to[0], row
        elif row["kind"] != "other":
            # Job mail left without a contact comes from a machine, not a person.
            assert NO_REPLY.search(sender) or sender.endswith(SYSTEM_DOMAINS), row


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in LABELS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "make_tenth.py"), str(tmp_path)], check=True)
    generated = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.eml"))
    assert generated == sorted(row["file"] for row in LABELS)
    for rel in [*generated, "labels.csv"]:
        assert (tmp_path / rel).read_bytes() == (ROOT / rel).read_bytes(), rel
