"""Sanity of the twenty-third labelled corpus (tests/corpus_twentythird): labels and messages.

It checks the corpus itself, never the classifier: every file is labelled once, labels use the
known kinds and languages, each message parses, contacts are human addresses taken from the
message's own From/Reply-To, and the generator's sources still match the committed files.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentythird"
CANDIDATE = "priya.raman@example.org"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|alert", re.I
)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.A\.|AG|plc|Inc\.?|Corp\.?|LLP)$")
ROWS = read_labels(ROOT)


def _addresses(message, *names: str) -> set[str]:
    values = [str(message.get(name, "")) for name in names]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_counts_match_the_readme() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert kinds == {
        "rejection": 30,
        "interview_invitation": 25,
        "interview_reschedule_or_cancel": 15,
        "missed_interview_notice": 10,
        "application_received": 20,
        "offer": 10,
        "other": 52,
    }
    languages = Counter(row["language"] for row in ROWS)
    assert languages["en"] / len(ROWS) == pytest.approx(0.6, abs=0.05)
    assert all(languages[lang] >= 15 for lang in ("es", "de", "fr"))


@for_each(ROWS)
def test_message_parses_with_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Subject"] and message["Date"] and message["Message-ID"]
    part = message.get_body(preferencelist=("plain", "html"))
    assert part is not None
    assert len(part.get_content().strip()) > 40


@for_each(ROWS)
def test_contact_is_a_human_reply_address_from_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert not NO_REPLY.search(contact), contact
    assert contact.lower() != CANDIDATE
    assert contact.lower() in _addresses(message, "From", "Reply-To")


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


def test_candidate_mail_is_other_without_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in _addresses(parse_eml(ROOT, row["file"]), "From")]
    assert len(own) >= 3
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] != "other":
            assert CANDIDATE in _addresses(parse_eml(ROOT, row["file"]), "To"), row


def test_structures_are_varied() -> None:
    types: Counter[str] = Counter()
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        for part in message.walk():
            types[part.get_content_type()] += 1
            types[f"cte:{part.get('Content-Transfer-Encoding', '7bit').lower()}"] += 1
            types[f"charset:{part.get_content_charset()}"] += 1
    for wanted in ("multipart/alternative", "text/calendar", "application/pdf", "text/html",
                   "cte:base64", "cte:quoted-printable", "cte:8bit",
                   "charset:iso-8859-1", "charset:windows-1252"):
        assert types[wanted] >= 1, wanted


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    """The .eml files are outputs: rebuilding from sources/ must give the same bytes."""
    subprocess.run([sys.executable, str(ROOT / "make_twentythird.py"), str(tmp_path)], check=True)
    for name in ["labels.csv", *(row["file"] for row in ROWS)]:
        assert (tmp_path / name).read_bytes() == (ROOT / name).read_bytes(), name
