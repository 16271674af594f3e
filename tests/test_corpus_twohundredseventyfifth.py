"""Sanity checks on corpus 275 (Élodie Marchetti-Owusu, Liège → Euregio and Seville).

They guard the labels and the messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventyfifth"
CANDIDATE = "elodie.mo@example.be"
LABELS = read_labels(ROOT)

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|notify|mailer"
    r"|bounces?|alerts?|alertes|jobalarm|newsletter|digest|benachrichtigungen)([._+-]|@)"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu"
    r"|taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ggmbh|ag|kg|e\.\s?v\.|sa|s\.a\.|sl|s\.l\.|ltd\.?|inc\.?|sas|llc|plc"
    r"|bv|b\.v\.|nv|n\.v\.|srl|sprl|scrl|asbl|vzw|sàrl|sarl|s\.à\s?r\.l\.)$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kind_and_language_distribution() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    for language in sorted(LANGUAGES):
        assert languages[language] >= 10, f"{language}: {languages[language]}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates


@for_each(LABELS)
def test_label_values(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    folder, name = row["file"].split("/")
    assert folder == row["kind"]
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name)


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [d for part in message.walk() for d in part.defects]
    assert not defects, defects
    for name in REQUIRED_HEADERS:
        assert message[name] is not None, f"missing {name}"
        assert not message[name].defects, f"{name}: {message[name].defects}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")
             and not part.is_attachment()]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"system address {contact}"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
        return
    assert company.strip() == company != ""
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
