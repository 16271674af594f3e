"""Sanity checks for corpus 56 (tests/corpus_fiftysixth): labels, parsing, contact rules.

These tests check the corpus itself, never the classifier: every file is labelled once with a
valid kind and language, every message parses and has a readable body, and the labelled
contact is a human reply address taken from the message (never a no-reply address, never the
candidate). They also check that the committed files are exactly what the generator builds.
"""

from __future__ import annotations

import re
import sys
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftysixth"
CANDIDATE = "priya.rt@example.com.au"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|"
                      r"notification|mailer-daemon|alerts?@|unmonitored", re.IGNORECASE)
LEGAL_FORM = re.compile(r"(?:,|\s)(?:GmbH|AG|Ltd\.?|Limited|Pty|Pte|Inc\.?|LLC|S\.A\.C?\.?|S\.L\.|"
                        r"SAS|SARL|Co\.,? Ltd\.?|PartG mbB|plc)$")
ROWS = read_labels(ROOT)
BY_FILE = {row["file"]: row for row in ROWS}


def _addresses(message: EmailMessage, *names: str) -> list[str]:
    values = [str(v) for name in names for v in message.get_all(name, [])]
    return [addr.lower() for _, addr in getaddresses(values) if addr]


def _texts(message: EmailMessage) -> str:
    """Every decoded text part, so labels can be checked against what a reader sees."""
    out = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert {row["kind"] for row in ROWS} == KINDS


def test_numbers_are_unique_across_kinds() -> None:
    numbers = [Path(row["file"]).name.split("_", 1)[0] for row in ROWS]
    assert len(numbers) == len(set(numbers))


def test_language_mix_is_mostly_english_with_all_four() -> None:
    share = {lang: sum(row["language"] == lang for row in ROWS) / len(ROWS) for lang in LANGUAGES}
    assert 0.5 <= share["en"] <= 0.7, share
    assert all(share[lang] >= 0.08 for lang in ("de", "fr", "es")), share


@for_each(sorted(BY_FILE))
def test_message_parses_with_headers_and_body(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{rel}: no {header}"
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None, rel
    assert len(body.get_content().strip()) > 40, rel


def test_message_ids_are_unique() -> None:
    ids = [parse_eml(ROOT, rel)["Message-ID"] for rel in BY_FILE]
    assert len(ids) == len(set(ids))


@for_each(sorted(BY_FILE))
def test_contact_is_a_human_reply_address_from_the_message(rel: str) -> None:
    row = BY_FILE[rel]
    contact = row["contact"].lower()
    if not contact:
        return
    message = parse_eml(ROOT, rel)
    assert not NO_REPLY.search(contact), rel
    assert contact != CANDIDATE, rel
    reply_to = _addresses(message, "Reply-To")
    sender = parseaddr(str(message["From"]))[1].lower()
    expected = reply_to[0] if reply_to and not NO_REPLY.search(reply_to[0]) else sender
    assert contact == expected, f"{rel}: contact should be Reply-To if human, else the sender"
    assert contact in _addresses(message, "From", "Reply-To") or contact in _texts(message).lower()


@for_each(sorted(BY_FILE))
def test_company_is_labelled_on_job_mail_only_without_legal_form(rel: str) -> None:
    row = BY_FILE[rel]
    if row["kind"] == "other":
        assert row["company"] == "" and row["contact"] == "", rel
        return
    assert row["company"], f"{rel}: job mail needs a company"
    assert not LEGAL_FORM.search(row["company"]), rel
    assert row["company"] == row["company"].strip()


@for_each(sorted(BY_FILE))
def test_job_mail_is_addressed_to_the_candidate(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    sender = parseaddr(str(message["From"]))[1].lower()
    if BY_FILE[rel]["kind"] != "other":
        assert CANDIDATE in _addresses(message, "To", "Cc"), rel
        assert sender != CANDIDATE, rel


def test_the_candidates_own_mail_is_labelled_other() -> None:
    own = [rel for rel in BY_FILE
           if parseaddr(str(parse_eml(ROOT, rel)["From"]))[1].lower() == CANDIDATE]
    assert own, "the corpus should hold some of the candidate's sent mail"
    assert all(BY_FILE[rel]["kind"] == "other" for rel in own)


def test_committed_files_are_what_the_generator_builds() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import msgs56_acks_offers
        import msgs56_changes
        import msgs56_invites
        import msgs56_other
        import msgs56_rejections
        from msgs56_build import build
    finally:
        sys.path.remove(str(ROOT))
    messages = (msgs56_rejections.MESSAGES + msgs56_invites.MESSAGES + msgs56_changes.MESSAGES
                + msgs56_acks_offers.MESSAGES + msgs56_other.MESSAGES)
    by_slug = {Path(rel).stem.split("_", 1)[1]: rel for rel in BY_FILE}
    assert sorted(by_slug) == sorted(m.slug for m in messages)
    for msg in messages:
        rel = by_slug[msg.slug]
        assert (ROOT / rel).read_bytes() == build(msg), rel
        row = BY_FILE[rel]
        assert (row["kind"], row["company"], row["contact"], row["language"]) == (
            msg.kind, msg.company, msg.contact, msg.lang)
