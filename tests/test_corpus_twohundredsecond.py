"""Sanity checks for corpus 202 (Declan Ferreira-Nowak's blind, hand-written mailbox).

They guard the labels and the written messages, not the classifier: every file is labelled once,
kinds, languages, companies and contacts follow the labelling rules, and every message parses.
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

ROOT = Path(__file__).parent / "corpus_twohundredsecond"
CANDIDATE = "declan.fn@example.co.uk"
LABELS = read_labels(ROOT)

# An address nobody answers: a no-reply or notification mailbox, or an applicant-tracking system.
SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?"
    r"|mailer-daemon|bounces?)([._+-]|@)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|KG|e\.\s?V\.|UG|SA|S\.\s?A\.?|SAS|SARL|S\.\s?L\.?|SL|SLU|Ltd\.?|Limited"
    r"|plc|PLC|Inc\.?|LLC|LLP|BV|B\.\s?V\.|NV|N\.\s?V\.|Co\.)\s*$"
)


def test_every_file_labelled_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_kind_and_language_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, f"share of en {share_en:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicated = sorted(i for i, n in Counter(ids).items() if n > 1)
    assert not duplicated, duplicated


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), "file name pattern"


@for_each(LABELS)
def test_message_parses(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026, "Date is not in 2026"
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert row["kind"] == "other", "the candidate's own mail must be `other`"
        assert contact == "", "the candidate's own mail has no contact"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact not lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not SYSTEM_ADDRESS.search(contact), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has surrounding spaces"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
