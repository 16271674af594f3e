"""Sanity checks for corpus 187 (Fionnuala Dufresne-Abara, hand-written and blind).

They guard the labels and the written messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredeightyseventh"
CANDIDATE = "fionnuala.da@example.ie"

SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|no-?responder"
    r"|notifications?|benachrichtigung(en)?|mailer-daemon|postmaster|bounces?"
    r"|alerts?|alertes|alertas|jobalert|newsletter)([._+-]|$)"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|S\.L\.U\.|Ltd\.?|Limited|Inc\.?"
    r"|LLC|plc|PLC|DAC|BV|B\.V\.|NV|N\.V\.|SRL|mbB|KG|GmbH & Co\. KG|e\.V\.)$"
)

LABELS = read_labels(ROOT)
FILES = [row["file"] for row in LABELS]


def is_system_address(addr: str) -> bool:
    """No-reply, notification and ATS-system senders: nobody reads a reply there."""
    local, _, domain = addr.lower().partition("@")
    if SYSTEM_LOCAL.search(local):
        return True
    return any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def row_of(rel: str) -> dict[str, str]:
    return next(row for row in LABELS if row["file"] == rel)


def message_of(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def text_parts(message: EmailMessage) -> list[str]:
    return [str(part.get_content()) for part in message.walk()
            if part.get_content_maintype() == "text"]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(path.relative_to(ROOT)) for path in ROOT.rglob("*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages)


@for_each(FILES)
def test_message_parses_cleanly(rel: str) -> None:
    message = message_of(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    for name, value in message.items():
        assert not getattr(value, "defects", None), (rel, name, value.defects)
    assert message["Date"].datetime.year == 2026, rel
    assert any(text.strip() for text in text_parts(message)), rel


@for_each(FILES)
def test_contact(rel: str) -> None:
    row = row_of(rel)
    message = message_of(rel)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", rel
        assert row["kind"] == "other", rel
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not is_system_address(contact), (rel, contact)
    assert contact in addresses(message, "Reply-To", "From"), (rel, contact)
    assert contact in visible_text(message), (rel, contact)


@for_each(FILES)
def test_company(rel: str) -> None:
    row = row_of(rel)
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
        return
    assert company.strip(), rel
    assert company == company.strip(), rel
    assert not LEGAL_FORM.search(company), (rel, company)


def test_message_ids_unique() -> None:
    ids = [str(message_of(rel)["Message-ID"]).strip() for rel in FILES]
    assert all(ids)
    assert len(ids) == len(set(ids))
