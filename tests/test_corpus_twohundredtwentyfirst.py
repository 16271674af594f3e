"""Sanity checks on corpus 221 (Yusuf Brennan-Castaño, security guard to SOC analyst).

They guard the labels and the message files of the corpus, not the classifier: a failure here
means the corpus itself is wrong.
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentyfirst"
CANDIDATE = "yusuf.bc@example.es"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?)"
    r"|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com|icims\.com"
    r"|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"[\s,](GmbH|AG|SA|S\.A\.|SL|S\.L\.|SLU|S\.L\.U\.|Ltd\.?|Limited|Inc\.?|SAS|SARL|LLC"
    r"|plc|PLC|DAC|KG|e\.V\.|S\.\s?Coop\.?|BV|B\.V\.|NV)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["es"] / len(LABELS)
    assert 0.45 <= share <= 0.65, share
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (name, value.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` has no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [key for key, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
