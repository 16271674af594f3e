"""Sanity checks for corpus 281 (Lucía Fernández-Kowalski, call centre to UX research).

They guard the hand-written labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredeightyfirst"
CANDIDATE = "lucia.fk@example.es"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|no-?responder|notifications?|notificaciones|benachrichtigung"
    r"|mailer-daemon|alerts?@|alertas@|digest@|newsletter@)"
    r"|@(?:[\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(GmbH|AG|SA|S\.A\.?|S\.L\.?U?\.?|SL|SLU|Ltd\.?|Limited|Inc\.?|SAS|SARL|LLC|plc"
    r"|KG|eG|SE|BV|B\.V\.|Lda\.?|S\.p\.A\.?|Co\.)$"
)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder must equal kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


def test_kind_coverage() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share = languages["es"] / len(LABELS)
    assert 0.45 <= share <= 0.65, f"share of es is {share:.2f}"
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
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
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "no contact on the candidate's own mail"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message), f"{contact} not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
