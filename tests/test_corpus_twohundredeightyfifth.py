"""Sanity checks on the labels of corpus 285 (Ximena Castellanos-Berg, 165 blind messages).

They guard the labels and the files they describe, not the classifier: a failure here means
the corpus is inconsistent, never that the classifier got something wrong.
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

ROOT = Path(__file__).parent / "corpus_twohundredeightyfifth"
CANDIDATE = "ximena.cb@example.mx"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|notifications?|alerts?|alertes|avisos|mailer-daemon|"
    r"postmaster|bounces?|newsletter|digest|benachrichtigung)([+._-][^@]*)?@",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@([\w-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(,?\s)(GmbH|AG|SA|S\.A\.U?|S\.L\.U?\.?|SLU?|Ltd\.?|Limited|Inc\.?|SAS|SARL|S\.A\.R\.L\.|"
    r"LLC|plc|PLC|e\.\s?V\.|KG|SE|BV|Srl|SRL|Coop\.?)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_mix() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["es"] / len(LABELS) <= 0.60, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, languages


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [defect for part in message.walk() for defect in part.defects]
    assert not defects, defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower case"
    assert contact != CANDIDATE
    assert not SYSTEM_LOCAL.search(contact), f"{contact} is a system address"
    assert not ATS_DOMAIN.search(contact), f"{contact} is an ATS address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = Counter(str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS)
    repeated = [mid for mid, count in ids.items() if count > 1]
    assert not repeated, repeated
