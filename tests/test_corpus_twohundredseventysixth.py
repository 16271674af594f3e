"""Sanity checks on corpus 276 (Tomás Eriksen-Vallejo, a cellar hand moving into quality).

They guard the labels and the written messages, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventysixth"
CANDIDATE = "tomas.ev@example.cl"
LABELS = read_labels(ROOT)

SEVEN_KINDS = frozenset(
    {
        "rejection",
        "interview_invitation",
        "interview_reschedule_or_cancel",
        "missed_interview_notice",
        "application_received",
        "offer",
        "other",
    }
)

# Mailboxes nobody reads: no-reply and notification senders, and every ATS sending domain.
SYSTEM_ADDRESS = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|no-?responder|no-?contestar"
    r"|ne-?pas-?repondre|notifications?|notificaciones|benachrichtigung|alerts?|alertas|alertes"
    r"|avisos|mailer-daemon|postmaster|newsletter|boletin|digest|jobletter|rundbrief)"
    r"(?:[._+-][^@]*)?@"
    r"|@(?:[^@]+\.)?(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com"
    r"|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$",
    re.IGNORECASE,
)

# A legal form at the end of a company name (GmbH, S.L., Ltd, SAS, (Pty) ...).
LEGAL_FORM = re.compile(
    r"(?:^|[\s,(])(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|eg|ohg|ug|se|sa|s\.a\.?|sau|s\.a\.u\.?"
    r"|sl|s\.l\.?|slu|s\.l\.u\.?|sas|s\.a\.s\.?|sarl|s\.a\.r\.l\.?|ltd\.?|limited|inc\.?|llc"
    r"|plc|\(?pty\)?(?:\s*ltd\.?)?|lda\.?|bv|b\.v\.?|nv|ab|oy|srl|s\.r\.l\.?"
    r"|sdad\.?\s*coop\.?|s\.?\s*coop\.?)\)?\s*$",
    re.IGNORECASE,
)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid() -> None:
    assert SEVEN_KINDS <= KINDS
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == SEVEN_KINDS, kinds
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    share_es = languages["es"] / len(LABELS)
    assert 0.40 <= share_es <= 0.60, languages
    for language in ("en", "de", "fr", "es"):
        assert languages[language] >= 10, languages


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), (name, value.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"missing {header}"
    assert message["Date"].datetime.year == 2026
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html")
    ]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "the candidate's own mail has no contact"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names the employer"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
