"""Sanity checks for the seventieth labelled corpus (tests/corpus_seventieth/).

They guard the labels and the messages themselves, not the classifier: every file is labelled
once with a valid kind and language, parses as a mail program would, names a contact that is a
human address present in the message, and is exactly what the committed generator writes.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventieth"
CANDIDATE = "luc.hn@example.lu"
NOT_HUMAN = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
    r"notifications?|alerts?|jobalerts|mailer-daemon|bounce)([._+-]|@)",
    re.IGNORECASE,
)
# ATS senders whose local part names the employer or the service rather than a no-reply word.
ATS_DOMAINS = ("@myworkday.com", "@goodtime.io")
LABELS = read_labels(ROOT)


def test_labels_cover_every_file_exactly_once() -> None:
    listed = [row["file"] for row in LABELS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(listed) == len(set(listed)), "a file is labelled twice"
    assert sorted(listed) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_match_the_brief() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert len(LABELS) >= 140
    assert set(kinds) == set(KINDS)
    assert kinds["rejection"] >= 25 and kinds["other"] >= 40
    assert languages["fr"] >= 0.3 * len(LABELS) and languages["en"] >= 0.3 * len(LABELS)
    assert languages["de"] >= 0.15 * len(LABELS) and languages["es"] >= 0.08 * len(LABELS)


@for_each(LABELS)
def test_message_parses_and_labels_hold(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["From"] and message["Subject"] is not None
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            assert "BEGIN:VEVENT" in part.get_content()
    contact = row["contact"]
    if contact:
        assert "@" in contact and not NOT_HUMAN.search(contact), row
        assert contact != CANDIDATE
        raw = (ROOT / row["file"]).read_bytes().decode("ascii", "replace")
        assert contact in raw
        pairs = getaddresses([str(message.get("Reply-To", "")), str(message["From"])])
        assert contact.lower() in {addr.lower() for _, addr in pairs}, "Reply-To or sender"
    if row["kind"] != "other":
        assert row["company"], "job mail carries its employer"
        assert not re.search(r"\b(GmbH|Ltd|S\.A\.|SA|AG|LLP|S\.à r\.l\.)$", row["company"])


def test_job_mail_without_contact_comes_only_from_systems() -> None:
    """On job mail an empty contact means nobody human can be replied to (SPEC section 3)."""
    for row in LABELS:
        if row["contact"] or row["kind"] == "other":
            continue
        message = parse_eml(ROOT, row["file"])
        pairs = getaddresses([str(message.get("Reply-To", "")), str(message["From"])])
        senders = [addr for _, addr in pairs if addr]
        assert senders and all(NOT_HUMAN.search(a) or a.endswith(ATS_DOMAINS) for a in senders), row


def test_files_are_what_the_generator_writes() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from msgs70_build import build
        from msgs70_inbox import ALL
    finally:
        sys.path.remove(str(ROOT))
    assert len(ALL) == len(LABELS)
    for serial, (msg, row) in enumerate(zip(ALL, LABELS, strict=True), start=1):
        assert row["file"] == f"{msg.kind}/{serial:03d}_{msg.slug}.eml"
        assert (ROOT / row["file"]).read_bytes() == build(msg, serial), row["file"]
