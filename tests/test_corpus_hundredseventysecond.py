"""Sanity checks for corpus 172 (Pablo Iturriaga-Weiss, blind and hand-written).

They guard the labels and the messages' well-formedness, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_hundredseventysecond"
CANDIDATE = "pablo.iw@example.mx"

SYSTEM_ADDRESS = re.compile(
    r"(?:^|[._+-])(?:no-?reply|noreply|do-?not-?reply|ne-?pas-?repondre|notifications?"
    r"|notificaciones|alerts?|alertas|mailer-daemon|postmaster|bounces?)(?:[._+-]|@)"
    r"|@(?:[a-z0-9-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?:,?\s)(?:GmbH|AG|KG|SE|SA|S\.A\.|SAS|S\.A\.S\.|S\.L\.|SL|SRL|S\.R\.L\.|SARL|Ltd\.?"
    r"|Inc\.?|LLC|plc|Corp\.?|B\.V\.|S\.A\. de C\.V\.|de C\.V\.|S\. de R\.L\.|S\.C\.|inc\.)\s*$"
)

LABELS: list[dict[str, str]] = read_labels(ROOT)
FILES: list[str] = [row["file"] for row in LABELS]


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages_valid() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    langs = Counter(row["language"] for row in LABELS)
    share_es = langs["es"] / len(LABELS)
    assert 0.45 <= share_es <= 0.65, langs
    for lang in LANGUAGES:
        assert langs[lang] >= 10, langs


@for_each(FILES)
def test_message_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (rel, header)
    assert parsedate_to_datetime(str(message["Date"])).year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
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
    assert not SYSTEM_ADDRESS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
