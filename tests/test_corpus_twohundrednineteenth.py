"""Sanity checks on corpus 219 (Carlota Weiss-Mbeki's hand-written job-search mailbox).

They guard the labels and the messages' form, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_twohundrednineteenth"
CANDIDATE = "carlota.wm@example.cl"
LABELS = read_labels(ROOT)

SEVEN = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com"
    r"|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com"
)
NON_HUMAN = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|no-?responder|notifications?|notificaciones"
    r"|alerts?|alertas|avisos|mailer-daemon|postmaster|newsletters?|boletin"
    r"|benachrichtigung)([._+-]|@)"
    rf"|@([\w-]+\.)*({ATS_DOMAINS})$"
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|s\.?a\.?|s\.?l\.?u?\.?|s\.?a\.?s\.?|sarl|ltd\.?|limited|inc\.?"
    r"|llc|plc|kg|se|spa|dac|b\.?v\.?)$"
)


def _eml_on_disk() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))


def test_every_file_is_labelled_exactly_once() -> None:
    files = [row["file"] for row in LABELS]
    assert len(files) == len(set(files)), "a file is labelled twice"
    assert sorted(files) == _eml_on_disk()
    assert len(files) >= 140


@for_each(LABELS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(SEVEN) <= KINDS
    assert set(counts) == set(SEVEN), counts
    assert counts["other"] >= 40, counts
    assert counts["rejection"] >= 25, counts


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["es"] / len(LABELS)
    assert 0.45 <= share <= 0.65, share
    for language in ("en", "de", "fr", "es"):
        assert counts[language] >= 10, (language, counts)


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
        assert not getattr(message[name], "defects", ()), name
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact is not lower-case"
    assert contact != CANDIDATE
    assert not NON_HUMAN.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicated, duplicated
