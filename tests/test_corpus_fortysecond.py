"""Sanity of the 42nd labelled corpus (tests/corpus_fortysecond): labels, structure, contacts.

The classifier is measured against this corpus elsewhere; this file only guards that the corpus
is what tests/corpus_fortysecond/README.md says it is. It imports the shared reader only.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

CORPUS = Path(__file__).parent / "corpus_fortysecond"
CANDIDATE = "camille.nguyen@example.com"
AUTOMATED = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|notification|mailer|alert|jobletter|"
    r"calendar|scheduling|docusign|@hire\.lever|greenhouse|myworkday|smartrecruiters|teamtailor",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.A\.?|SA|SAS|Pvt|S\.r\.l\.|AG|asbl)$")
LANGUAGE_SHARE = {"fr": 0.50, "en": 0.30, "es": 0.10, "de": 0.10}

LABELS = read_labels(CORPUS)
MESSAGES = {row["file"]: parse_eml(CORPUS, row["file"]) for row in LABELS}


def _text(message: EmailMessage) -> str:
    """Every header and decoded text part, as a reader sees them."""
    parts = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def _squash(text: str) -> str:
    """Letters and digits only, so a name written only in a domain ('wattleandgum') is found."""
    return re.sub(r"[\W_]", "", text.lower().replace("&", "and"))


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.eml"))
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_match_the_readme() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert len(LABELS) >= 150
    assert kinds["rejection"] >= 28 and kinds["interview_invitation"] >= 23
    assert kinds["other"] >= 45 and min(kinds.values()) >= 10
    languages = Counter(row["language"] for row in LABELS)
    for language, share in LANGUAGE_SHARE.items():
        assert abs(languages[language] / len(LABELS) - share) < 0.03, languages


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in LABELS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


@for_each(LABELS)
def test_message_parses_with_dated_threaded_headers(row: dict[str, str]) -> None:
    message = MESSAGES[row["file"]]
    assert not message.defects, message.defects
    assert parsedate_to_datetime(message["Date"]).year == 2026
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", message["Message-ID"])
    assert _text(message).strip()
    if row["company"]:
        assert _squash(row["company"]) in _squash(_text(message)), "company must be findable"


@for_each([r for r in LABELS if r["contact"]])
def test_contact_is_human_and_present(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = MESSAGES[row["file"]]
    assert contact != CANDIDATE
    assert not AUTOMATED.search(contact), contact
    fields = message.get_all("Reply-To", []) + message.get_all("From", [])
    senders = [addr for _, addr in getaddresses(fields)]
    assert contact in senders, "the contact is the Reply-To or the sender"


def test_the_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in LABELS if CANDIDATE in str(MESSAGES[row["file"]]["From"])]
    assert own, "the corpus holds some of the candidate's sent mail"
    assert all(row["kind"] == "other" and row["contact"] == "" for row in own)


def test_message_ids_are_unique() -> None:
    ids = Counter(message["Message-ID"] for message in MESSAGES.values())
    assert ids.most_common(1)[0][1] == 1
