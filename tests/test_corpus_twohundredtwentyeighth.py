"""Sanity checks for corpus 228 (Magdalena Ferreira-Kunz, hand-written and blind).

They guard the labels and the messages' form, not the classifier: a failure here means the
corpus itself is inconsistent.
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentyeighth"
CANDIDATE = "magdalena.fk@example.at"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|no-responder|notifications?|benachrichtigung|mailer-daemon)"
    r"[^@]*@|@(?:[\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?<![\w.])(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|Ltd\.?|Inc\.?|SAS|SARL|LLC|KG|OG|e\.U\.|"
    r"eGen|d\.o\.o\.|plc|SE|BV|NV)(?!\w)"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def test_every_file_labelled_exactly_once() -> None:
    """The label file names every message on disk once, and nothing else."""
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    """Kind and language come from the known sets, and the folder is the kind."""
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"]


def test_kind_counts() -> None:
    """Every kind is present, with enough rejections and enough `other` mail."""
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    """About half German, and at least ten messages in every language."""
    counts = Counter(row["language"] for row in LABELS)
    share_de = counts["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    """Parses without defects, has the usual headers, is dated 2026 and has readable text."""
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), (name, value.defects)
    for name in REQUIRED_HEADERS:
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    """The contact is a human the candidate can answer, taken from Reply-To or From."""
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    """Job mail names the hiring company without its legal form; `other` names none."""
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", company
    else:
        assert company.strip(), "job mail without a company"
        assert company == company.strip()
        assert not LEGAL_FORM.search(company), company


def test_message_ids_are_unique() -> None:
    """No two messages share a Message-ID."""
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
