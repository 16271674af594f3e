"""Sanity checks on the 200th blind corpus (tests/corpus_twohundredth) and its labels.csv.

These tests guard the labels and the messages they describe, not the classifier: they never
run it, they only check that every file is labelled once, consistently and plausibly.
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

ROOT = Path(__file__).parent / "corpus_twohundredth"
CANDIDATE = "sinead.km@example.ie"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|noreply|no-responder|ne-pas-repondre|keine-antwort|"
    r"notifications?|benachrichtigung|alerts?|alertas|alertes|jobalarm|mailer-daemon|"
    r"postmaster|bounces?|digest|newsletter|weekly|jobs-weekly)([+.-].*)?$"
)
LEGAL_FORM = re.compile(
    r"(?i)(?:^|[\s,])(gmbh|ag|se|sa|sas|sarl|s\.?l\.?u?|s\.?a\.?|ltd\.?|limited|inc\.?|llc|"
    r"plc|b\.?v\.?|n\.?v\.?|kg|ohg|e\.?k\.?|dac|co\.)$"
)

LABELS = read_labels(ROOT)
IDS = [row["file"] for row in LABELS]


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    if SYSTEM_LOCAL.match(local):
        return True
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    assert sorted(IDS) == on_disk
    assert len(IDS) == len(set(IDS))
    assert len(IDS) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    langs = Counter(row["language"] for row in LABELS)
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.50 <= langs["en"] / len(LABELS) <= 0.70
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (row["file"], name)
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", row["file"]
        assert row["kind"] == "other", row["file"]
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not _is_system(contact), contact
    assert contact in addresses(message, "Reply-To", "From"), row["file"]
    assert contact in visible_text(message), row["file"]


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row["file"]
        return
    assert company.strip() == company != "", row["file"]
    assert not LEGAL_FORM.search(company), company


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, rel)["Message-ID"]).strip() for rel in IDS]
    assert len(ids) == len(set(ids))
