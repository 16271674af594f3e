"""Sanity checks for corpus 164 (Declan Mbeki-Hartley, forklift driver to safety advisor).

They guard the labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtyfourth"
CANDIDATE = "declan.mh@example.co.uk"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?@"
    r"|benachrichtigung@|notificaciones@|mailer-daemon|postmaster|bounce"
    r"|@(\w+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(gmbh|ag|sa|sas|sarl|s\.?l\.?|s\.?a\.?|ltd|limited|inc|llc|plc|nv|bv|kg|co\. ?kg)\.?$",
    re.IGNORECASE,
)

ROWS = read_labels(ROOT)
FILES = [row["file"] for row in ROWS]


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _own_mail(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in ROWS)
    share = langs["en"] / len(ROWS)
    assert 0.50 <= share <= 0.70, share
    for lang in LANGUAGES:
        assert langs[lang] >= 10, (lang, langs[lang])


@for_each(FILES)
def test_message_well_formed(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert message["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    if _own_mail(message):
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not SYSTEM_ADDRESS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip(), row
    assert company == company.strip(), row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    assert len(ids) == len(set(ids))
