"""Sanity checks on corpus 180 (Valentina Oyelaran-Ruiz, call centre to HR, 165 messages).

They guard the labels and the files of the corpus, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_hundredeightieth"
CANDIDATE = "valentina.or@example.es"

SYSTEM_ADDRESS = re.compile(
    r"(^|[._-])(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|noreply|notifications?"
    r"|mailer-daemon|postmaster|alerts?|jobagent|bounces?)([._-]|@)"
    r"|@([\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(,|\s)(GmbH|AG|SA|S\.A\.?|S\.A\.U\.?|SL|S\.L\.?|SLU|S\.L\.U\.?|Ltd\.?|Limited|Inc\.?"
    r"|SAS|SARL|LLC|plc|PLC|KG|e\.V\.|Lda\.?|BV|NV|Co\.)$"
)

LABELS = read_labels(ROOT)
FILES = [row["file"] for row in LABELS]


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _row(rel: str) -> dict[str, str]:
    return next(row for row in LABELS if row["file"] == rel)


def test_every_file_labelled_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share = languages["es"] / len(LABELS)
    assert 0.45 <= share <= 0.65, share
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(FILES)
def test_message_parses(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    date = message["Date"].datetime
    assert date is not None and date.year == 2026, rel
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html")
    ]
    assert any(text.strip() for text in texts), rel


@for_each(FILES)
def test_contact_rules(rel: str) -> None:
    row = _row(rel)
    message = _message(rel)
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", rel
        assert row["kind"] == "other", rel
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not SYSTEM_ADDRESS.search(contact), (rel, contact)
    assert contact in addresses(message, "Reply-To", "From"), (rel, contact)
    assert contact in visible_text(message), (rel, contact)


@for_each(FILES)
def test_company_rules(rel: str) -> None:
    row = _row(rel)
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
        return
    assert company.strip() == company and company, rel
    assert not LEGAL_FORM.search(company), (rel, company)


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
