"""Sanity checks for the seventy-seventh labelled corpus (tests/corpus_seventyseventh).

They guard the labels, not the classifier: every file labelled exactly once, labels drawn from
the fixed vocabularies, every message readable by Python's email package, and every contact a
human address that really occurs in its message. Imports only tests.corpus_common.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_seventyseventh"
ROWS = read_labels(ROOT)
CANDIDATE = "jonas.wa@example.at"
NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder"
    r"|notification|mailer-daemon|mailrobot|^alert|jobalerts",
    re.I,
)
LEGAL_FORM = re.compile(r"\b(GmbH|AG|Ltd|S\.A\.|SE|Inc|S\.p\.A\.|Oyj|Kft|DAC|eGen)\.?$")


def _texts(message: EmailMessage) -> str:
    """Every header and decoded text part, so a contact can be looked for wherever it appears."""
    chunks = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_labels_use_the_fixed_vocabularies_and_folders_match() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert bool(row["company"]) == (row["kind"] != "other"), row
        assert not LEGAL_FORM.search(row["company"]), row


def test_proportions_look_like_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert kinds["other"] >= 45 and kinds["rejection"] >= 25 and kinds["interview_invitation"] >= 20
    assert min(kinds[k] for k in KINDS) >= 10
    assert languages["de"] / len(ROWS) >= 0.45 and min(languages.values()) >= 12


@for_each(ROWS)
def test_message_parses_and_contact_is_a_human_address_in_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Message-ID"] and message["Date"] is not None
    assert message.get_body(preferencelist=("plain", "html")) is not None
    text = _texts(message)
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact.split("@")[0]), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in text.lower(), f"{contact} does not occur in {row['file']}"
        replyable = message.get_all("Reply-To", []) + message.get_all("From", [])
        senders = {addr.lower() for _, addr in getaddresses(replyable)}
        assert contact.lower() in senders, "contact must be the human Reply-To or sender"
    if row["company"]:
        # The employer must be findable: in the text, a signature, or at least the domain.
        squeezed = re.sub(r"\W", "", text.casefold())
        assert re.sub(r"\W", "", row["company"].casefold()) in squeezed, row["company"]


def test_candidate_mail_never_has_a_contact() -> None:
    for row in ROWS:
        sender = parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec.lower()
        if sender == CANDIDATE:
            assert row["kind"] == "other" and not row["contact"], row
