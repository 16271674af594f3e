"""Sanity checks on corpus 243 (Aurelio Ferncastle-Diop, porter turned dispatcher, 165 messages).

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

ROOT = Path(__file__).parent / "corpus_twohundredfortythird"
CANDIDATE = "aurelio.fd@example.it"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notification|benachrichtigung|mailer-daemon"
    r"|@(?:[\w.-]+\.)?(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh|ag|sa|s\.a\.|sl|s\.l\.|ltd|ltd\.|inc|inc\.|sas|sarl|llc|plc|kg|se|e\.k\."
    r"|ges\.m\.b\.h\.|gmbh & co\. kg|co\. kg|bv|srl|s\.r\.l\.|limited)$",
    re.IGNORECASE,
)


def _own_mail(row: dict[str, str]) -> bool:
    return CANDIDATE in addresses(parse_eml(ROOT, row["file"]), "From")


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_distribution() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    share_de = languages["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates


@for_each(LABELS)
def test_kind_language_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/", 1)[0] == row["kind"], "folder differs from kind"


@for_each(LABELS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [(part.get_content_type(), d) for part in message.walk() for d in part.defects]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026, str(message["Date"])
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    if _own_mail(row):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not SYSTEM_ADDRESS.search(contact), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has surrounding spaces"
    assert not LEGAL_FORM.search(company), f"legal form in company: {company}"
