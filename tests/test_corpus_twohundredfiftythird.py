"""Sanity checks on the labels of corpus 253 (Consuelo Baptiste-Reinholt, 165 messages).

They guard the labels and the written messages, not the classifier: every file is labelled once,
every label is well-formed and agrees with what the message itself shows.
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

ROOT = Path(__file__).parent / "corpus_twohundredfiftythird"
CANDIDATE = "consuelo.br@example.cl"
LABELS = read_labels(ROOT)

NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|no-?responder|mailer-daemon|bounce|notification|notificacion"
    r"|benachrichtigung|newsletter|digest|jobalert|(^|[._-])alert(a|e)?s?@",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@(?:[a-z0-9-]+\.)*(?:myworkday\.com|workday\.com|greenhouse-mail\.io|greenhouse\.io"
    r"|lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
    r"|teamtailor\.com|personio\.(?:de|com)|successfactors\.(?:eu|com)|taleo\.net"
    r"|softgarden\.(?:io|de)|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|se|sa|s\.a\.?|sau|s\.a\.u\.?|sl|s\.l\.?"
    r"|slu|s\.l\.u\.?|spa|ltd\.?|limited|inc\.?|llc|plc|sas|s\.a\.s\.?|sarl|lda\.?|bv|nv)\s*$",
    re.IGNORECASE,
)
FILE_NAME = re.compile(r"(?P<kind>[a-z_]+)/\d{3}_[a-z0-9_]+\.eml")


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(set(labelled)) == len(labelled)
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    match = FILE_NAME.fullmatch(row["file"])
    assert match, f"bad file name {row['file']}"
    assert match["kind"] == row["kind"], "folder and kind differ"


def test_every_kind_is_present_in_number() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.40 <= counts["es"] / len(LABELS) <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part with content"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not NO_REPLY.search(contact), f"{contact} is a system address"
    assert not ATS_DOMAIN.search(contact), f"{contact} is an ATS address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    assert all(ids)
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
