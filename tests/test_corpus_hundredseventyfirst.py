"""Sanity checks for corpus 171 (Aminata Leclerc-Dubois, Nice event hostess into tourism marketing).

They guard the labels and the message files of the hand-written corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredseventyfirst"
CANDIDATE = "aminata.ld@example.fr"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifications?|alert(e)?s?|digest"
    r"|newsletter|mailer-daemon|bounces?|jobagent|boletin)([._+-]|$)"
    r"|[._-](no-?reply|noreply|notifications?)([._+-]|$)"
)
LEGAL_FORM = re.compile(
    r"(?:\s|,)(GmbH|AG|SA|SAS|SARL|S\.?L\.?U?|S\.?A\.?U?|Ltd\.?|Limited|Inc\.?|LLC|plc|BV|NV"
    r"|KG|SE|Srl|SpA|ETT)$",
    re.IGNORECASE,
)

ROWS = read_labels(ROOT)
BY_FILE = {row["file"]: row for row in ROWS}


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.search(local))


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in ROWS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    langs = Counter(row["language"] for row in ROWS)
    assert 0.40 <= langs["fr"] / len(ROWS) <= 0.60
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(sorted(BY_FILE))
def test_message_parses_cleanly(rel: str) -> None:
    message = _message(BY_FILE[rel])
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(sorted(BY_FILE))
def test_contact_rules(rel: str) -> None:
    row = BY_FILE[rel]
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", rel
        assert row["kind"] == "other", rel
        return
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not _is_system(contact), rel
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


def test_company_rules() -> None:
    for row in ROWS:
        company = row["company"]
        if row["kind"] == "other":
            assert company == "", row
        else:
            assert company.strip(), row
            assert company == company.strip(), row
            assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
