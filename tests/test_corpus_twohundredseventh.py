"""Sanity checks of corpus 207 (Lucía Hartley-Mendoza, 165 hand-written messages).

They guard the labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventh"
CANDIDATE = "lucia.hm@example.ar"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com"
    r"|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com"
)
SYSTEM_ADDRESS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|notify|alerts?|alertas|mailer-daemon"
    r"|bounces?|auto-?reply|newsletter|boletin|jobs?-?alerts?)[@.+_-]"
    rf"|@(?:[\w-]+\.)*(?:{ATS_DOMAINS})$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:,|\s)\s*(?:GmbH|AG|SA|S\.\s?A\.?|SL|S\.\s?L\.?|SRL|S\.R\.L\.?|SpA|SAS|S\.A\.S\.?"
    r"|Sàrl|Sarl|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|Corp\.?|Co\.|KG|plc|BV|Genossenschaft)$"
)


def _is_own(row: dict[str, str]) -> bool:
    return CANDIDATE in addresses(parse_eml(ROOT, row["file"]), "From")


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_kind_and_language_balance() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.45 <= languages["es"] / len(LABELS) <= 0.65, languages
    assert set(languages) <= LANGUAGES
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_kind_language_and_folder_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, name = row["file"].split("/")
    assert folder == row["kind"], f"{folder} != {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_parses_with_the_usual_headers(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026, message["Date"]
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_follows_the_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    if _is_own(row):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"system address {contact}"
    assert contact in addresses(message, "Reply-To", "From"), "not in Reply-To or From"
    assert contact in visible_text(message), "not visible"


@for_each(LABELS)
def test_company_follows_the_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail names its employer"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not repeated, repeated
