"""Sanity checks on corpus 160 (Alba Ferrandis-Kowal's mailbox): files, labels and messages.

They guard the hand-written labels and the generated messages, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_hundredsixtieth"
CANDIDATE = "alba.fk@example.es"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)
SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|no-?responder|ne-pas-repondre|notification|mailer-daemon"
    r"|^alert|^alertas@|^jobagent@)"
    r"|@(" + "|".join(re.escape(d) for d in ATS_DOMAINS) + r")$"
)
LEGAL_FORM = re.compile(
    r"[\s,](GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|Ltd\.?|Limited|Inc\.?|SAS|SARL|LLC|plc|S\.p\.A\.|"
    r"BV|NV|KG|e\.V\.|Lda\.?|S\.A\.S\.)$"
)

ROWS = read_labels(ROOT)
BY_FILE = {row["file"]: row for row in ROWS}


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    assert 0.45 <= langs["es"] / len(ROWS) <= 0.65
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(sorted(BY_FILE))
def test_message_parses(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), rel


@for_each(sorted(BY_FILE))
def test_contact_rules(rel: str) -> None:
    row = BY_FILE[rel]
    message = parse_eml(ROOT, rel)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", rel
        assert row["kind"] == "other", rel
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not SYSTEM_ADDRESS.search(contact), rel
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


def test_company_rules() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip(), row
            assert not LEGAL_FORM.search(row["company"]), row


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in BY_FILE]
    assert len(ids) == len(set(ids))
