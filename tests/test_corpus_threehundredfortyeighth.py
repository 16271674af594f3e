"""Sanity checks of the threehundredfortyeighth corpus: its labels and its messages.

These check the corpus itself (well-formed mail, consistent labels), never the classifier.
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

ROOT = Path(__file__).parent / "corpus_threehundredfortyeighth"
ROWS: list[dict[str, str]] = read_labels(ROOT)
CANDIDATE = "awa.diallo@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|ne-pas-repondre|donotreply|do-not-reply|notifications?|alerts?|"
    r"alertes|newsletter|digest|mailer|bounce|careers?-noreply)\b"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|SA|SAS|SARL|S\.A\.|S\.L\.|SL|Ltd|Inc|AG|B\.V\.|BV|N\.V\.|NV|KG|e\.V\.|SE|ASBL|"
    r"SpA|LLC|plc)\.?$",
    re.IGNORECASE,
)


def _is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    on_ats = any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.match(local))


def test_every_message_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "the folder is the kind"


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
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name in part:
            for value in part.get_all(name, []):
                assert not getattr(value, "defects", ()), (name, value.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
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
    assert not _is_system(contact), "an ATS or no-reply address is no contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    human_reply_to = [a for a in addresses(message, "Reply-To") if not _is_system(a)]
    if human_reply_to:
        assert contact == human_reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), "no legal form"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
