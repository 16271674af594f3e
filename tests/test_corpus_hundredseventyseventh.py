"""Sanity checks for corpus 177, Maëlle Brunetti-Okafor's hand-written job-search mailbox.

They guard the labels and the written messages, not the classifier: nothing here runs it.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from functools import cache
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

ROOT = Path(__file__).parent / "corpus_hundredseventyseventh"
CANDIDATE = "maelle.bo@example.fr"

SYSTEM_ADDRESS = re.compile(
    r"^[^@]*(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|mailer-daemon|postmaster"
    r"|bounces?|alerts?)[^@]*@"
    r"|@(?:[^@]+\.)?(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com|"
    r"personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|"
    r"bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|gGmbH|GmbH & Co\. KG|AG|KG|OHG|e\.\s?V\.|SA|S\.A\.|SAS|SASU|SARL|Sàrl"
    r"|EURL|SAM|S\.A\.M\.|SL|S\.L\.|SLU|S\.L\.U\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|PLC|SpA"
    r"|S\.p\.A\.|Srl|S\.r\.l\.|BV|B\.V\.|NV|N\.V\.|SE)\s*$"
)


@cache
def labels() -> tuple[dict[str, str], ...]:
    return tuple(read_labels(ROOT))


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def files() -> list[str]:
    return [row["file"] for row in labels()]


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(files())
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    for row in labels():
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], f"{row['file']}: folder is not its kind"
    kinds = Counter(row["kind"] for row in labels())
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    langs = Counter(row["language"] for row in labels())
    total = sum(langs.values())
    assert 0.40 <= langs["fr"] / total <= 0.60, langs
    for lang in LANGUAGES:
        assert langs[lang] >= 10, f"{lang}: only {langs[lang]} messages"


@for_each(files())
def test_message_parses_cleanly(rel: str) -> None:
    msg = message(rel)
    defects = [d for part in msg.walk() for d in part.defects]
    assert not defects, f"{rel}: {defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"{rel}: no {name}"
    assert msg["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{rel}: no non-empty text part"


@for_each(labels())
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(msg, "From"):
        assert contact == "", f"{row['file']}: the candidate's own mail has no contact"
        assert row["kind"] == "other", f"{row['file']}: the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not SYSTEM_ADDRESS.search(contact), f"{row['file']}: {contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From"), f"{row['file']}: {contact} not a sender"
    assert contact in visible_text(msg), row


@for_each(labels())
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", f"{row['file']}: other mail names no company"
        return
    assert company.strip(), f"{row['file']}: job mail needs a company"
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), f"{row['file']}: legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(message(rel)["Message-ID"]).strip() for rel in files()]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
