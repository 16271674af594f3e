"""Sanity checks for the 82nd labelled corpus (tests/corpus_eightysecond/).

The corpus measures the classifier once, on mail it was never tuned on; these tests only
guard the corpus itself (labels, parsing, the contact rule), never the classifier's answers.
Imports only tests.corpus_common and the standard library.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eightysecond"
CANDIDATE = "dorothea.lm@example.ch"
ROBOT = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|notification|"
                   r"mailrobot|mailer-daemon|bounce|alerts?@|jobagent@", re.I)
LEGAL_FORMS = re.compile(r"\b(GmbH|gGmbH|AG|Ltd|S\.A\.|SA|A/S|B\.V\.|Pte|Inc|LLC|SE|SAS)\.?$")
LABELS = read_labels(ROOT)


def _addresses(message, header: str) -> list[str]:
    return [addr.lower() for _name, addr in getaddresses(message.get_all(header, []))]


def test_labels_cover_every_file_exactly_once() -> None:
    listed = [row["file"] for row in LABELS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(listed) == len(set(listed)), "a file is labelled twice"
    assert sorted(listed) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row


def test_mix_is_an_inbox_not_a_benchmark() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert len(LABELS) >= 140
    assert all(kinds[k] >= 10 for k in KINDS), kinds
    assert kinds["other"] >= 45 and kinds["rejection"] >= 28, kinds
    assert languages["de"] / len(LABELS) >= 0.45, languages
    assert min(languages[x] for x in ("en", "fr", "es")) >= 12, languages


@pytest.mark.parametrize("row", LABELS, ids=lambda row: row["file"])
def test_message_parses_and_labels_follow_the_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()

    senders = _addresses(message, "From")
    reply_to = _addresses(message, "Reply-To")
    contact = row["contact"].lower()
    if contact:
        assert not ROBOT.search(contact), f"{row['file']}: robot contact {contact}"
        assert contact != CANDIDATE
        assert contact in (reply_to or senders), f"{row['file']}: contact is not the reply target"
        assert contact in (ROOT / row["file"]).read_bytes().decode("ascii", "replace").lower()
    if senders == [CANDIDATE]:
        assert row["kind"] == "other" and not contact, "own sent mail is never a trigger"
    else:
        assert CANDIDATE in _addresses(message, "To")

    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "company is labelled on job mail only"
    else:
        assert company and company == company.strip()
        assert not LEGAL_FORMS.search(company), f"{row['file']}: legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, row["file"])["Message-ID"] for row in LABELS]
    assert len(ids) == len(set(ids))
