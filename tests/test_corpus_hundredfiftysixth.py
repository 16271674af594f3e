"""Sanity checks for the 156th hand-written corpus (a master baker moving into food planning).

These tests guard the labels and the well-formedness of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredfiftysixth"
CANDIDATE = "tobias.km@example.de"

ROWS: list[dict[str, str]] = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
    r"notifications?|benachrichtigung(en)?|alerts?|newsletter|news|digest|updates|"
    r"mailer-daemon|postmaster)([._+-]|@)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|SE|KG|OHG|eG|eGen|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|PLC|SA|S\.A\.|SL|"
    r"S\.L\.|SAS|SARL|S\.à\s?r\.l\.|BV|NV|Co\.|& Co\.? KG)\s*$)",
    re.IGNORECASE,
)


def test_every_file_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in ROWS)
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == set(KINDS)
    assert len(KINDS) == 7
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in ROWS)
    share_de = languages["de"] / len(ROWS)
    assert 0.40 <= share_de <= 0.60, share_de
    for lang in ("de", "en", "fr", "es"):
        assert languages[lang] >= 10, (lang, languages[lang])


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], (row["file"], header)
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
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


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
