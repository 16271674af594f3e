"""Sanity checks on corpus 183 (Aurélien Kowalczyk-Mensah, postman turning logistics planner).

These tests guard the hand-written labels and messages of the corpus, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_hundredeightythird"
CANDIDATE = "aurelien.km@example.be"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com",
    "personio.de", "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io",
    "bamboohr.com", "workablemail.com", "workable.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer-daemon|"
    r"postmaster|bounces?|jobs-noreply|auto-?reply|system|newsletter)([._+-].*)?$"
    r"|[._-](no-?reply|notifications?)$"
)
LEGAL_FORM = re.compile(
    r"(?i)(?:^|[\s,])(gmbh|ag|sa|s\.a\.|nv|n\.v\.|bv|b\.v\.|srl|sprl|bvba|sarl|s\.a\.r\.l\.|"
    r"s\.l\.|sl|slu|s\.l\.u\.|ltd|ltd\.|limited|inc|inc\.|llc|sas|plc|kg|co\.\s?kg|ohg|ug|"
    r"asbl|vzw|scrl|cv|s\.c\.)\.?$"
)
JOB_KINDS = KINDS - {"other"}


def _labels() -> list[dict[str, str]]:
    return read_labels(ROOT)


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.search(local))


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


LABELS = _labels()
FILES = [row["file"] for row in LABELS]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    langs = Counter(row["language"] for row in LABELS)
    share_fr = langs["fr"] / len(LABELS)
    assert 0.40 <= share_fr <= 0.60, share_fr
    for lang in LANGUAGES:
        assert langs[lang] >= 10, (lang, langs[lang])


@for_each(FILES)
def test_message_parses_cleanly(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), rel


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", row
        assert row["kind"] == "other", row
        return
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not _is_system(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), row
        assert company == company.strip(), row
        assert not LEGAL_FORM.search(company), row
    else:
        assert company == "", row


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
