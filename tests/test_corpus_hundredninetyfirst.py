"""Sanity checks for corpus 191 (Hamish Delacroix-Oyelowo, postman to GIS technician).

These tests guard the hand-written labels and the messages they describe, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
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

ROOT = Path(__file__).parent / "corpus_hundredninetyfirst"
CANDIDATE = "hamish.do@example.co.uk"

SYSTEM_ADDRESS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notifications?|alerts?"
    r"|mailer-daemon|postmaster|bounces?|newsletter|digest)(?:[+._-][^@]*)?@"
    r"|[-.]no-?reply@"
    r"|@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh|ag|sa|s\.a\.?|sl|s\.l\.?|slu|s\.l\.u\.?|ltd\.?|limited|inc\.?|sas"
    r"|llc|plc|llp|kg|co\.\s*kg|as|asa|sàrl|sarl|s\.à\s*r\.l\.?|bv|nv|aör|e\.v\.|ug)$",
    re.IGNORECASE,
)

ROWS = read_labels(ROOT)
ROW_IDS = [row["file"] for row in ROWS]


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_own_mail(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(ROW_IDS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) <= KINDS
    assert set(kinds) == KINDS, f"missing kinds: {KINDS - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    langs = Counter(row["language"] for row in ROWS)
    assert set(langs) <= LANGUAGES
    share_en = langs["en"] / len(ROWS)
    assert 0.50 <= share_en <= 0.70, share_en
    for lang in sorted(LANGUAGES):
        assert langs[lang] >= 10, f"{lang}: {langs[lang]}"


@for_each(ROWS)
def test_folder_matches_kind(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/", 1)[0] == row["kind"]
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row["file"]


@for_each(ROWS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", ()), name
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _is_own_mail(message):
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


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in ROWS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates
