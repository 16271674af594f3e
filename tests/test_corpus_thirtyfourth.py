"""Sanity checks for the thirty-fourth labelled corpus (tests/corpus_thirtyfourth/).

The corpus measures how the classifier generalizes, so these tests look only at the corpus
itself: every file labelled once, labels well formed, every message readable by a mail
program, and every `contact` a human address that the message really contains.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_thirtyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "priya.raman@example.com"
_MACHINE_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|notification|mailer-daemon|bounce|alert|auto-confirm", re.IGNORECASE
)
_ATS_DOMAINS = (
    "greenhouse-mail.io", "myworkday.com", "icims.com", "lever.co", "taleo.net",
    "successfactors.eu", "jobvite.com", "ashbyhq.com", "smartrecruiters.com",
    "personio.de", "oraclecloud.com", "goodtime.io", "trac.example.net",
)


def _addresses(message: EmailMessage, *names: str) -> set[str]:
    values = [str(message.get(name, "")) for name in names]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def _text(message: EmailMessage) -> str:
    """Every text part decoded, the way a reader sees the message."""
    parts = [p for p in message.walk() if p.get_content_maintype() == "text"]
    return "\n".join(part.get_content() for part in parts)


def test_every_message_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_are_well_formed() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], f"{row['file']}: not in its kind's folder"
        if row["kind"] == "other":
            assert row["company"] == "", f"{row['file']}: company is labelled on job mail only"
        else:
            assert row["company"].strip(), f"{row['file']}: job mail needs a company"
            legal_form = re.search(r"\b(GmbH|Ltd|S\.A\.|AB|Inc\.?|gGmbH|Pvt)$", row["company"])
            assert not legal_form, f"{row['file']}: company without its legal form"


def test_proportions_look_like_an_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 10
    assert kinds["other"] == max(kinds.values())
    assert 0.5 <= languages["en"] / len(ROWS) <= 0.6
    assert all(languages[lang] >= 20 for lang in ("es", "de", "fr"))


@for_each(ROWS)
def test_message_parses_and_contact_is_a_human_in_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026
    assert _text(message).strip()
    assert CANDIDATE in _addresses(message, "From", "To", "Cc")
    contact = row["contact"].lower()
    if not contact:
        return
    local, _, domain = contact.partition("@")
    assert not _MACHINE_LOCAL.search(local), f"{row['file']}: {contact} is a machine address"
    assert not domain.endswith(_ATS_DOMAINS), f"{row['file']}: {contact} is an ATS address"
    assert contact != CANDIDATE
    senders = _addresses(message, "From", "Reply-To", "Cc")
    in_text = contact in _text(message).lower()
    assert contact in senders or in_text, f"{row['file']}: {contact} is not in the message"


def test_reply_to_wins_when_it_is_human() -> None:
    """The label rule: a human Reply-To is the contact, even when From is a person too."""
    checked = 0
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        reply_to = _addresses(message, "Reply-To")
        human = {a for a in reply_to if not _MACHINE_LOCAL.search(a.partition("@")[0])
                 and not a.endswith(_ATS_DOMAINS)}
        if human:
            checked += 1
            assert row["contact"].lower() in human, row["file"]
    assert checked >= 10
