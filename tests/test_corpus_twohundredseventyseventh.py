"""Sanity checks of corpus 277 (Henrike Adjei-Sommer, ski instructor moving into tourism marketing).

They guard the labels and the well-formedness of the hand-written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventyseventh"
CANDIDATE = "henrike.as@example.at"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})

SYSTEM_ADDRESS = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|mailer-daemon"
    r"|bounces?|alerts?|alertes|alertas|jobalarm|newsletter|livetrack)([._+-]|@)"
    r"|@([\w-]+\.)*(myworkday\.com|greenhouse(-mail)?\.io|lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor(-mail)?\.com|personio\.(de|com)"
    r"|successfactors\.(eu|com)|taleo\.net|softgarden\.(io|de)|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$"
)

LEGAL_FORM = re.compile(
    r"(^|\s)(GmbH|AG|SA|SAS|SARL|SL|SLU|S\.L\.|S\.A\.|Ltd\.?|Inc\.?|LLC|plc|KG|OG|e\.U\."
    r"|SE|SpA|S\.p\.A\.|Srl|S\.r\.l\.|Co\.|Corp\.?)$"
)


def _files_on_disk() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == _files_on_disk()
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["kind"] in SEVEN_KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert SEVEN_KINDS <= KINDS
    assert set(counts) == SEVEN_KINDS, counts
    assert counts["other"] >= 40, counts
    assert counts["rejection"] >= 25, counts


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert set(counts) <= LANGUAGES, counts
    share_de = counts["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, share_de
    for language in ("en", "de", "fr", "es"):
        assert counts[language] >= 10, counts


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert not contact, "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert not company, "other carries no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
