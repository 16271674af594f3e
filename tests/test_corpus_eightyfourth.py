"""Sanity checks for the 84th labelled corpus (tests/corpus_eightyfourth): the labels and the
messages agree, so a measurement on it measures the classifier and not a broken file.

Imports only tests.corpus_common and the standard library; never the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eightyfourth"
CANDIDATE = "fergus.aw@example.co.uk"
_AUTOMATED = re.compile(
    r"no-?reply|donotreply|do-not-reply|notification|mailer-daemon|bounce", re.I)
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Headers plus every decoded text part, as a reader would see them."""
    chunks = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if isinstance(content, bytes):
                content = content.decode("utf-8", "replace")
            chunks.append(content)
    return "\n".join(chunks)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_corpus_has_the_promised_size_and_mix() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == set(KINDS)
    assert kinds["rejection"] >= 25 and kinds["interview_invitation"] >= 20 and kinds["other"] >= 45
    assert languages["en"] > len(ROWS) / 2
    assert min(languages[lang] for lang in ("de", "fr", "es")) >= 15


@for_each(ROWS)
def test_message_parses_and_labels_hold(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026
    assert message.get_body(preferencelist=("plain", "html")) is not None
    text = _text(message).lower()
    sender = parseaddr(str(message["From"]))[1].lower()

    contact = row["contact"]
    if contact:
        assert not _AUTOMATED.search(contact.split("@")[0]), f"{row['file']}: automated contact"
        assert contact != CANDIDATE
        assert contact.lower() in text, f"{row['file']}: contact not in the message"
    if sender == CANDIDATE:
        assert row["kind"] == "other" and not contact, "the candidate's own mail is never a trigger"

    if row["kind"] == "other":
        assert not row["company"], f"{row['file']}: company is labelled on job mail only"
    else:
        assert row["company"], f"{row['file']}: job mail needs a company"
        assert not re.search(r"\b(GmbH|Ltd|Limited|S\.A\.|SE|AG|plc|LLP|DAC)$", row["company"])


def test_message_ids_are_unique_and_replies_thread() -> None:
    ids: dict[str, str] = {}
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        ids[str(message["Message-ID"])] = row["file"]
    assert len(ids) == len(ROWS)
    threaded = 0
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        parent = message["In-Reply-To"]
        if parent and str(parent) in ids:
            threaded += 1
            assert str(parent) in str(message["References"])
    assert threaded >= 15


def test_structures_are_varied() -> None:
    seen: Counter[str] = Counter()
    for row in ROWS:
        raw = (ROOT / row["file"]).read_bytes()
        message = parse_eml(ROOT, row["file"])
        seen[message.get_content_type()] += 1
        for part in message.walk():
            seen[f"charset:{part.get_content_charset()}"] += 1
            seen[f"cte:{part.get('Content-Transfer-Encoding', '')}"] += 1
            seen[part.get_content_type()] += 1
        if b"=?utf-8?" in raw.lower():
            seen["encoded-word"] += 1
        if message.get("Reply-To"):
            seen["reply-to"] += 1
    for feature in ("text/html", "multipart/alternative", "text/calendar", "application/pdf",
                    "charset:iso-8859-1", "charset:windows-1252", "cte:base64",
                    "cte:quoted-printable", "encoded-word", "reply-to"):
        assert seen[feature] >= 2, feature
