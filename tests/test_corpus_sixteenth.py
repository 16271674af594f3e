"""Sanity checks for the sixteenth labelled corpus (tests/corpus_sixteenth/).

The corpus measures how well the classifier generalizes; these tests only check that the corpus
itself is well formed and that its labels keep the rules in its README. They import the shared
reader (tests/corpus_common.py) and nothing from the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixteenth"
CANDIDATE = "marc.dubois@example.org"
NO_REPLY = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|notification|mailer-daemon|"
    r"calendar-notification|jobalerts|@.*\b(greenhouse|lever|myworkday|icims|smartrecruiters|ashbyhq|"
    r"teamtailor|personio|taleo|successfactors|goodtime|docusign)\b)",
    re.IGNORECASE,
)
# A machine speaks: nobody reads replies to it, so it is never a contact.
AUTOMATED = re.compile(
    r"(do not reply|not monitored|unmonitored|automated|automatic|auto[- ]generated|"
    r"ne pas (y )?répondre|nicht auf diese e-mail|automatisch|generado automáticamente)",
    re.IGNORECASE,
)
ROWS = read_labels(ROOT)


def _text(message: EmailMessage) -> str:
    """Header values and every decoded text part: where a label's address may appear."""
    chunks = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_every_kind_is_represented_in_realistic_proportions() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25
    assert min(counts.values()) >= 10


def test_languages_mix() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert set(counts) == LANGUAGES
    assert 0.5 <= counts["en"] / len(ROWS) <= 0.7


def _addresses(message: EmailMessage, header: str) -> list[str]:
    return [address.lower() for _, address in getaddresses(message.get_all(header, []))]


@for_each(ROWS)
def test_message_parses(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("Message-ID", "Date", "From", "To", "Subject"):
        assert message[header], header
    assert message.defects == [], message.defects
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()


@for_each(ROWS)
def test_contact_rule(row: dict[str, str]) -> None:
    """Reply-To if human, else the human sender, else empty (README: label rules)."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    human_reply_to = [a for a in _addresses(message, "Reply-To") if not NO_REPLY.search(a)]
    human_from = [
        a for a in _addresses(message, "From") if not NO_REPLY.search(a) and a != CANDIDATE
    ]
    expected = (human_reply_to or human_from or [""])[0]
    bulk = message["List-Id"] or message["Precedence"] == "bulk"
    automated = bulk or AUTOMATED.search(_text(message))
    if contact:
        assert not NO_REPLY.search(contact), contact
        assert contact != CANDIDATE
        assert contact in _text(message).lower()
        assert contact == expected, (contact, expected)
        assert not bulk
    else:
        assert not expected or automated, f"{expected} looks human: label it or say why"


@for_each(ROWS)
def test_company_only_on_job_mail(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == ""
    else:
        company = row["company"]
        assert company and company == company.strip()
        assert not re.search(r"\b(GmbH|Ltd|S\.A\.|SRL|AG|Inc|Pvt)\.?$", company), company


def test_candidates_own_mail_has_no_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert len(own) >= 3
    for row in own:
        assert row["kind"] == "other" and row["contact"] == ""


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] != "other":
            assert CANDIDATE in str(parse_eml(ROOT, row["file"])["To"]).lower(), row["file"]
