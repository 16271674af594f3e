"""Sanity tests for the seventh labelled corpus (tests/corpus_seventh).

These guard the corpus itself, not the classifier: every file is labelled once, labels use the
SPEC kinds, every message parses with the standard library, and the `contact` labels obey the
SPEC rule (a human address that really is in the message; never a no-reply address and never
the candidate's own). Imports only the standard library and the corpus generator.
"""

from __future__ import annotations

import html
import importlib.util
import re
import sys
import unicodedata
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventh"
CANDIDATE = "noor.haddad@example.net"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailrobot|jobalerts?|alerts?@|^alert",
    re.IGNORECASE,
)


LABELS = read_labels(ROOT)


def _text(msg: EmailMessage) -> str:
    """All decoded header and body text, so label checks see what a reader would see."""
    parts = [str(msg.get(h, "")) for h in ("From", "Reply-To", "To", "Cc", "Subject")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(html.unescape(part.get_content()))
    return "\n".join(parts)


def test_header_and_every_file_labelled_exactly_once() -> None:
    with (ROOT / "labels.csv").open(encoding="utf-8") as fh:
        assert fh.readline().strip() == "file,kind,company,contact,language"
    listed = [row["file"] for row in LABELS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(listed) == len(set(listed))
    assert sorted(listed) == on_disk
    assert len(on_disk) >= 150


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert {row["kind"] for row in LABELS} == KINDS
    english = sum(row["language"] == "en" for row in LABELS)
    assert 0.5 <= english / len(LABELS) <= 0.7


@for_each(LABELS)
def test_message_parses_and_labels_are_in_it(row: dict[str, str]) -> None:
    msg = parse_eml(ROOT, row["file"])
    assert not msg.defects, msg.defects
    for header in ("From", "To", "Date", "Message-ID", "Subject"):
        assert msg[header] is not None, header
    assert msg["Date"].datetime.year == 2026
    body = msg.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    text = _text(msg)
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in text.lower()
    if row["kind"] != "other":
        assert row["company"], "job mail must name its employer"
        assert _company_named(row["company"], msg, text), row["company"]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def _company_named(company: str, msg: EmailMessage, text: str) -> bool:
    """The employer is named in full, or (as people do in threads and agency mail) by one
    distinctive word of its name, in the text or the sender's domain."""
    if _fold(company) in _fold(text):
        return True
    addrs = getaddresses([str(msg.get("From", "")), str(msg.get("Reply-To", ""))])
    domains = " ".join(addr.split("@")[-1] for _, addr in addrs)
    words = [w for w in re.findall(r"[a-z]+", _fold(company)) if len(w) >= 4]
    return any(re.search(rf"\b{w}\b", _fold(text)) or w in domains for w in words)


def test_contact_follows_reply_to_then_sender_rule() -> None:
    """The contact is the Reply-To when a person reads it, else the sender, else empty."""
    for row in LABELS:
        msg = parse_eml(ROOT, row["file"])
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        reply_to = [a.lower() for _, a in getaddresses([str(msg.get("Reply-To", ""))]) if a]
        contact = row["contact"].lower()
        if sender == CANDIDATE:
            assert contact == "", row
        elif contact:
            assert contact in reply_to or (not reply_to and contact == sender), row


def test_message_ids_unique_and_threads_resolve() -> None:
    """Replies to messages inside the corpus point at a Message-ID that exists."""
    messages = [parse_eml(ROOT, row["file"]) for row in LABELS]
    ids = {str(msg["Message-ID"]) for msg in messages}
    assert len(ids) == len(LABELS)
    replies = [str(m.get("In-Reply-To", "")) for m in messages]
    parents = [p for p in replies if p.startswith("<0")]
    assert len(parents) >= 10
    assert all(parent in ids for parent in parents)


def test_generator_reproduces_the_committed_files() -> None:
    spec = importlib.util.spec_from_file_location("make_seventh", ROOT / "make_seventh.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_seventh"] = module
    try:
        spec.loader.exec_module(module)
        files, labels = module.build()
    finally:
        del sys.modules["make_seventh"]
    assert labels == (ROOT / "labels.csv").read_text(encoding="utf-8")
    for rel, data in files.items():
        assert (ROOT / rel).read_bytes() == data, rel
