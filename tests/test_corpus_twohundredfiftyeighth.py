"""Sanity checks on corpus 258 (Mateo Villanueva-Okoro, waiter to junior data analyst).

They guard the hand-written labels and the messages' form, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredfiftyeighth"
CANDIDATE = "mateo.vo@example.es"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|no-?responder|notifica|mailer-daemon|bounce|alert)"
    r"|@(?:[a-z0-9-]+\.)*(?:" + "|".join(re.escape(d) for d in ATS_DOMAINS) + r")$"
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|AG|KG|SE|S\.?A\.?|S\.?L\.?U?\.?|S\.?A\.?U\.?|Ltd\.?|Limited|Inc\.?|"
    r"LLC|LLP|plc|PLC|SAS|SARL|S\.?à\.?r\.?l\.?|Lda\.?|DAC|B\.?V\.?|N\.?V\.?|Co\.)$"
)


def _defects(rel: str) -> list[str]:
    message = parse_eml(ROOT, rel)
    found = []
    for part in message.walk():
        found += [type(defect).__name__ for defect in part.defects]
        for name, value in part.items():
            found += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ())]
    return found


def test_every_file_labelled_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert 0.45 <= languages["es"] / len(LABELS) <= 0.65, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, languages


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    """Parses without defects, has the usual headers, a 2026 date and some text."""
    assert not _defects(row["file"])
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """Own mail has no contact; a contact is a human sender or Reply-To the reader can see."""
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
    assert contact in addresses(message, "Reply-To", "From"), f"{contact} not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names its employer, without legal form; other mail names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company.strip(), "job mail needs a company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
