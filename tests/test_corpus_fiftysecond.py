"""Sanity checks for the fifty-second labelled corpus (tests/corpus_fiftysecond/).

They guard the labels, not the classifier: every file labelled exactly once, kinds and languages
valid, every message parseable, contacts human and present in the message. Imports only the
shared corpus reader.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftysecond"
CANDIDATE = "rodrigo.almeida@example.cl"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|no[-_.]?responder|ne[-_.]pas[-_.]repondre"
    r"|notification|notificaciones|mailer-daemon",
    re.IGNORECASE,
)
LEGAL_FORMS = re.compile(r"\b(GmbH|Ltd|S\.A\.?|S\.A\.C\.|SpA|AS|PJSC|Pvt|Inc|LLC|SA|E\.S\.P\.)\s*$")
ROWS = read_labels(ROOT)


def message_text(rel: str) -> str:
    """Headers and every decoded text part, lower-cased: where a reader would find a contact."""
    message = parse_eml(ROOT, rel)
    pieces = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            pieces.append(part.get_content())
    return "\n".join(pieces).lower()


def test_labels_cover_every_file_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_look_like_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["es"] > len(ROWS) * 0.45
    assert min(languages[lang] for lang in ("en", "fr", "de")) >= 12


@for_each(ROWS)
def test_message_parses_and_its_contact_is_human_and_present(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Message-ID"] and message["Date"], row["file"]
    assert message.get_body(preferencelist=("plain", "html")) is not None, row["file"]
    contact = row["contact"]
    if contact:
        assert "@" in contact and not NO_REPLY.search(contact), row
        assert contact != CANDIDATE, row
        assert contact.lower() in message_text(row["file"]), row


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        assert not LEGAL_FORMS.search(row["company"]), row


def test_candidate_sent_mail_is_other_and_job_mail_is_addressed_to_candidate() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        if CANDIDATE in str(message["From"]).lower():
            assert row["kind"] == "other", row
        else:
            assert CANDIDATE in str(message["To"]).lower(), row
