"""Sanity checks of corpus 288 (Anaïs Delacroix-Mensah, school cook moving into HACCP audit).

They guard the labels and the message files of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredeightyeighth"
CANDIDATE = "anais.dm@example.fr"
LABELS = read_labels(ROOT)

NO_REPLY = re.compile(
    r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?"
    r"|mailer-daemon|bounces?|postmaster)([._+-]|@)",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|sa|sas|sasu|sarl|sàrl|s\.?l\.?u?\.?|s\.?a\.?u?\.?|ltd\.?|limited|inc\.?"
    r"|llc|plc|b\.?v\.?|n\.?v\.?|spa|kg|se|ug|dac|co\.)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_fr = languages["fr"] / len(LABELS)
    assert 0.40 <= share_fr <= 0.60, share_fr
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), f"{contact} is a no-reply/notification address"
    assert not ATS_DOMAIN.search(contact), f"{contact} is an ATS system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
