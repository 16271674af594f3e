"""Sanity checks for corpus 146 (Maxime Tremblay-Nguyen): labels, files, headers and contacts.

These tests guard the hand-written labels and messages, not the classifier: nothing here runs it.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_hundredfortysixth"
CANDIDATE = "maxime.tn@example.ca"

SYSTEM_ADDRESS = re.compile(
    r"^(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|mailer-daemon|bounces?)"
    r"([-+._][^@]*)?@"
    r"|^[^@]*[-+._](no-?reply|notifications?)@"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com"
    r"|jobs\.recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(gmbh|ag|eg|kg|se|sa|s\.a\.?|sas|sarl|s\.l\.?|sl|slu|srl|sprl|bv|nv|ltd|ltée"
    r"|ltee|limited|inc|llc|llp|plc|corp|co)\.?$",
    re.IGNORECASE,
)

ROWS = read_labels(ROOT)
IDS = [row["file"] for row in ROWS]


def _is_own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = sorted(IDS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
        assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_shares() -> None:
    languages = Counter(row["language"] for row in ROWS)
    assert 0.40 <= languages["fr"] / len(ROWS) <= 0.60, languages
    for language in LANGUAGES:
        assert languages[language] >= 10, languages


@for_each(IDS)
def test_message_parses_cleanly(rel: str) -> None:
    message = parse_eml(ROOT, rel)
    assert not message.defects, message.defects
    for part in message.walk():
        assert not part.defects, (part.get_content_type(), part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, name
        assert not getattr(message[name], "defects", ()), (name, message[name].defects)
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if _is_own(row):
        assert contact == ""
        assert row["kind"] == "other"
        return
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company != ""
    assert not LEGAL_FORM.search(company), company


def test_system_senders_have_no_contact() -> None:
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        senders = addresses(message, "Reply-To", "From")
        if senders and all(SYSTEM_ADDRESS.search(addr) for addr in senders):
            assert row["contact"] == "", row


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert len(ids) == len(set(ids))
