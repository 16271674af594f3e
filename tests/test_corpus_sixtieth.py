"""Sanity of the sixtieth labelled corpus: labels match files, files parse, contacts are replyable.

Reads the corpus through tests/corpus_common.py only; never runs the classifier.
"""

from __future__ import annotations

import email.utils
import re
import sys
from collections import Counter
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtieth"
CANDIDATE = "kai.wozniak@example.at"
AUTOMATED = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon", re.I)
LABELS = read_labels(ROOT)


def _addresses(message: object, *names: str) -> list[str]:
    values = [str(message[name]) for name in names if message[name]]  # type: ignore[index]
    return [addr.lower() for _, addr in email.utils.getaddresses(values)]


def test_labels_cover_every_file_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_is_represented_in_realistic_proportions() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40 and counts["rejection"] >= 25
    assert min(counts.values()) >= 10
    langs = Counter(row["language"] for row in LABELS)
    assert langs["de"] > langs["en"] > langs["fr"] > 0 and langs["es"] > 0
    assert 0.4 <= langs["de"] / len(LABELS) <= 0.6


@for_each(LABELS)
def test_file_parses_with_headers_and_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(LABELS)
def test_contact_and_company_follow_the_label_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if contact:
        assert not AUTOMATED.search(contact), row
        assert contact != CANDIDATE, row
        assert contact.lower() in _addresses(message, "Reply-To", "From"), row
    else:
        reply_to = _addresses(message, "Reply-To")
        human = [a for a in reply_to if not AUTOMATED.search(a)]
        assert not human, f"{row}: a human Reply-To is left unlabelled"
    if CANDIDATE in _addresses(message, "From"):
        assert row["kind"] == "other" and not contact, row
    if row["kind"] == "other":
        assert not row["company"], row
    else:
        assert row["company"] and not re.search(r"\b(GmbH|AG|Ltd|S\.A\.|SA|S\.L\.|Kft)\.?$",
                                                row["company"]), row


def test_committed_files_are_what_the_generator_writes() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import make_sixtieth
        from msgs60_base import message_id, render
    finally:
        sys.path.remove(str(ROOT))
    msgs = make_sixtieth.all_messages()
    ids = {m.slug: message_id(m) for m in msgs}
    by_slug = {Path(row["file"]).stem.split("_", 1)[1]: row for row in LABELS}
    assert set(by_slug) == set(ids)
    for msg in msgs:
        row = by_slug[msg.slug]
        assert (ROOT / row["file"]).read_bytes() == render(msg, ids), row["file"]
        assert (row["kind"], row["company"], row["contact"], row["language"]) == (
            msg.kind, msg.company, msg.contact, msg.lang)
