"""Sanity checks for the 81st labelled corpus (tests/corpus_eightyfirst): the labels are
complete and keep the label rules, and every message is real, parseable mail.

Imports only the shared corpus reader; the classifier is deliberately not used here.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_eightyfirst"
ROWS = read_labels(ROOT)
CANDIDATE = "valentina.ro@example.com.mx"
NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|noresponder|no[-_.]?responder|"
                      r"no[-_.]?contestar|ne[-_.]?pas[-_.]?repondre|notification|"
                      r"mailer[-_.]?daemon|alert|scheduling@|jobs@", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.?A\.?(S\.?|C\.?|A\.?)?|S\.L\.|B\.V\.|AB|Inc|LLC|"
                        r"S\.A\. de C\.V\.|Pvt)\.?$")


def _all_text(message: EmailMessage) -> str:
    """Headers and every decoded text part, as a reader of the message would see them."""
    parts = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_labels_cover_every_message_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_and_languages_are_valid_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_mix_is_a_realistic_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45
    assert min(kinds[k] for k in KINDS) >= 10
    assert languages["es"] >= 0.45 * len(ROWS)
    assert min(languages[lang] for lang in ("en", "fr", "de")) >= 0.08 * len(ROWS)


@for_each(ROWS)
def test_message_parses_and_contact_follows_the_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Message-ID"] and message["Subject"] is not None
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    assert message.get_body(preferencelist=("plain", "html")) is not None
    assert not message.defects, message.defects
    contact = row["contact"]
    if contact:
        assert not NO_REPLY.search(contact), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _all_text(message).lower()
        reply_to = [a for _, a in getaddresses([str(message.get("Reply-To", ""))]) if a]
        if reply_to:
            assert contact == reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_is_labelled_on_job_mail_only(row: dict[str, str]) -> None:
    if row["kind"] == "other":
        assert row["company"] == ""
    else:
        assert row["company"].strip() == row["company"] != ""
        assert not LEGAL_FORM.search(row["company"]), row["company"]


def test_candidates_own_mail_is_never_a_trigger() -> None:
    own = [row for row in ROWS
           if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"]).lower()]
    assert own, "the corpus should hold some of the candidate's sent mail"
    assert {row["kind"] for row in own} == {"other"}


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))
