"""Sanity checks of corpus 308 (Hugo Marchetti, UX/UI designer in Liège): its labels and its
messages. These check the corpus itself, never the classifier."""

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

ROOT = Path(__file__).parent / "corpus_threehundredeighth"
ROWS = read_labels(ROOT)
CANDIDATE = "hugo.marchetti@example.be"
MAIN_LANGUAGE = "fr"
SYSTEM_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
                  "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
                  "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
                  "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|alerts?|"
                          r"news(letter)?|mailer|bounce|digest|system)\b")
LEGAL_FORM = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|SRL|BV|NV|SPRL|KG|"
                        r"Sàrl|plc|LLC|e\.V\.)(\s|$|\.)")


def is_system(address: str) -> bool:
    local, domain = address.lower().rsplit("@", 1)
    if any(domain == d or domain.endswith("." + d) for d in SYSTEM_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.match(local))


def message_of(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_message_labelled_once() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"only {counts[language]} messages in {language}"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = message_of(row)
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = message_of(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert not contact, "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is an ATS or no-reply address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert not company, "company must be empty on other"
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message_of(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
