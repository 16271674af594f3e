"""Sanity checks on corpus 273 (Friedemann Osei-Kranz, organist turning event coordinator).

They guard the hand-written labels and the well-formedness of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventythird"
CANDIDATE = "friedemann.ok@example.de"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|no-?responder|notifications?|"
    r"benachrichtigung|mailer-daemon|postmaster|bounce"
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.(eu|com)|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|"
    r"recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?i)(\bg?gmbh\b|\bag$|\bse$|\bkg\b|\bm\.b\.h\.|\be\.\s?v\.|\bs\.?a\.?$|\bs\.?l\.?$|"
    r"\bs\.a\.s\.?$|\bsas$|\bsarl\b|\bltd\.?$|\blimited$|\binc\.?$|\bllc\b|\bplc\b|\bco\.$)"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def _is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def test_every_file_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in LABELS]
    on_disk = [path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml")]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == sorted(on_disk)
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


def test_kind_and_language_balance() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: {languages[language]}"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: {value.defects}"
    for name in REQUIRED_HEADERS:
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html")
    ]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    own = CANDIDATE in addresses(message, "From")
    if own:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not _is_system(contact), f"{contact} is a no-reply/notification/ATS address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


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
