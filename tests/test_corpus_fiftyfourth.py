"""Sanity checks for corpus 54 (tests/corpus_fiftyfourth): its labels agree with its files.

These tests guard the corpus, not the classifier: every file labelled exactly once, labels drawn
from the contract's kinds and languages, every message readable by Python's email package, and
contacts that a follow-up could really be sent to. Imports only tests.corpus_common.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "elodie.vr@example.be"
AUTOMATED = re.compile(
    r"no-?reply|ne-pas-repondre|notification|mailer-daemon|donotreply|jobalerts?", re.I
)
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SRL|SAS|Ltd|AS|Pvt\. Ltd\.|S\.L\.|Inc\.?)$")


def _text_of(rel: str) -> str:
    """Every header and decoded text part of one message, for 'does the label appear' checks."""
    message = parse_eml(ROOT, rel)
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_use_contract_values_and_folders_match_kinds() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_follow_the_brief() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45
    assert languages["fr"] > languages["de"] > languages["en"] > languages["es"] > 0


@for_each([row["file"] for row in ROWS])
def test_every_message_parses_with_a_readable_body(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    assert message["From"] and message["Date"] and message["Message-ID"]
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


def test_contacts_are_human_present_and_never_the_candidate() -> None:
    for row in ROWS:
        contact = row["contact"]
        if not contact:
            continue
        assert not AUTOMATED.search(contact), row
        assert contact.lower() != CANDIDATE, row
        assert contact.lower() in _text_of(row["file"]).lower(), row


def test_job_mail_names_its_employer_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] != "other":
            assert row["company"], row
        if row["company"]:
            assert not LEGAL_FORMS.search(row["company"]), row


def test_the_candidates_own_mail_is_from_her_and_unlabelled() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus should hold at least one message the candidate sent"
    for row in own:
        assert row["kind"] == "other" and not row["contact"] and not row["company"]


def test_structures_vary() -> None:
    seen: Counter[str] = Counter()
    for row in ROWS:
        for part in parse_eml(ROOT, row["file"]).walk():
            seen[part.get_content_type()] += 1
            seen[str(part.get("Content-Transfer-Encoding", "")).lower()] += 1
            seen[str(part.get_content_charset() or "")] += 1
    for wanted in ("text/html", "text/calendar", "application/pdf", "multipart/alternative",
                   "quoted-printable", "base64", "iso-8859-1", "windows-1252"):
        assert seen[wanted] > 0, wanted
