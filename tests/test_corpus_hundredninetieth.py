"""Sanity checks on corpus 190 (Esperanza Mwangi-Etxeberria, canteen cook into purchasing).

They guard the hand-written labels and the well-formedness of the messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredninetieth"
CANDIDATE = "esperanza.me@example.es"

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|donotreply|do-not-reply|no-?responder|ne-pas-repondre|"
    r"notifications?|notificaciones|alert(e)?s?|alertas|mailer-daemon|bounces?|newsletter|"
    r"boletin|avisos?)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|kg|e\.\s?v\.|sa|s\.a\.|sl|s\.l\.|slu|s\.l\.u\.|s\.?\s?coop\.?|ltd\.?|"
    r"limited|plc|inc\.?|llc|sas|sasu|sarl|sàrl|bv|nv|co\.)$"
)


def _labels() -> list[dict[str, str]]:
    return read_labels(ROOT)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


LABELS = _labels()
FILES = [row["file"] for row in LABELS]


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(FILES) == on_disk
    assert len(FILES) == len(set(FILES))
    assert len(FILES) >= 140


def test_kinds_and_languages() -> None:
    kinds: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
        kinds[row["kind"]] += 1
        languages[row["language"]] += 1
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_es = languages["es"] / len(LABELS)
    assert 0.45 <= share_es <= 0.65, share_es
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


def _defects(message: EmailMessage) -> list[str]:
    found: list[str] = []
    for part in message.walk():
        found += [repr(defect) for defect in part.defects]
        for name, value in part.items():
            found += [f"{name}: {defect!r}" for defect in getattr(value, "defects", [])]
    return found


@for_each(FILES)
def test_message_well_formed(rel: str) -> None:
    message = _message(rel)
    assert _defects(message) == []
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{rel}: no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), f"{rel}: no text"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row["file"])
    contact = row["contact"]
    own = CANDIDATE in addresses(message, "From")
    if own:
        assert contact == "", row
        assert row["kind"] == "other", row
    if not contact:
        return
    assert contact == contact.lower(), row
    assert contact != CANDIDATE, row
    assert not SYSTEM_ADDRESS.search(contact), row
    assert contact in addresses(message, "Reply-To", "From"), row
    assert contact in visible_text(message), row


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row
        return
    assert company.strip() == company and company, row
    assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in FILES]
    duplicated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert duplicated == []
