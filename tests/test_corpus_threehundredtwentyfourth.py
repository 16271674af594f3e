"""Sanity checks of corpus 324 (Maëlle Quéméneur): its labels and its messages.

These check the corpus itself, never the classifier: every file labelled once, kinds and
languages valid and balanced as written, every message well formed, and the contact and
company labels following the corpus rules.
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

ROOT = Path(__file__).parent / "corpus_threehundredtwentyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "maelle.quemeneur@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|mailer-daemon|postmaster|"
    r"newsletter|alerts?|digest)\b|noreply"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|LLC|plc|BV|NV|SE|KG|eG|S\.à r\.l\.)\.?$"
)


def test_every_message_is_labelled_exactly_once() -> None:
    files = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"
    assert (ROOT / row["file"]).is_file()


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
        assert counts[language] >= 10, f"{language}: only {counts[language]} messages"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [repr(d) for part in message.walk() for d in part.defects]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    sender = addresses(message, "From")
    contact = row["contact"]
    if sender == [CANDIDATE]:
        assert contact == "", "her own mail has no contact"
        assert row["kind"] == "other", "her own mail is always other"
    if not contact:
        return
    assert contact == contact.lower() == contact.strip()
    assert contact != CANDIDATE
    local, _, domain = contact.partition("@")
    assert not domain.endswith(ATS_DOMAINS), f"ATS address {contact}"
    assert not SYSTEM_LOCAL.search(local), f"system address {contact}"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)
    reply_to = addresses(message, "Reply-To")
    if reply_to and contact not in reply_to:
        assert SYSTEM_LOCAL.search(reply_to[0].split("@")[0]), "a human Reply-To wins"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))


def test_candidate_threads_point_to_known_messages() -> None:
    ids = {str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS}
    replies = 0
    for row in ROWS:
        parent = parse_eml(ROOT, row["file"])["In-Reply-To"]
        if parent:
            replies += 1
            assert str(parent).strip() in ids, f"{row['file']}: unknown parent"
    assert replies >= 30
