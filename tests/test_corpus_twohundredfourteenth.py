"""Sanity checks on corpus 214 (Kwame Lindgren-Osorio's job-search mailbox, Leeds and abroad).

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

ROOT = Path(__file__).parent / "corpus_twohundredfourteenth"
CANDIDATE = "kwame.lo@example.com"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com"
    r"|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|recruitee\.com"
)
SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?"
    r"|notify|alert[ea]?s?|mailer-daemon|bounces?|benachrichtigung|jobagent|digest|newsletter)"
    r"([._+-][^@]*)?@"
    rf"|@([a-z0-9-]+\.)*({ATS_DOMAINS})$"
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(GmbH|AG|KG|Co\.?\s*KG|e\.\s?V\.|SA|S\.A\.|SAS|SARL|S\.L\.U?\.?|SL|SLU|Ltd\.?"
    r"|Limited|Inc\.?|LLC|PLC|plc|B\.V\.|BV|N\.V\.|NV|S\.p\.A\.|SE)$"
)
JOB_KINDS = KINDS - {"other"}


def _kind_of(row: dict[str, str]) -> str:
    return row["kind"]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kind_and_language_distribution() -> None:
    kinds = Counter(map(_kind_of, LABELS))
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert set(languages) <= LANGUAGES
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, f"share of en: {share_en:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    folder, name = row["file"].split("/")
    assert folder == row["kind"]
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"{part.get_content_type()}: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] in JOB_KINDS:
        assert company.strip(), "job mail names its employer"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
    else:
        assert company == "", "other has no company"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
