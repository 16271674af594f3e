"""Sanity checks on corpus 223 (Gaspard Lindqvist-Mensah, sommelier moving into wine export).

They guard the labels and the message files of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentythird"
CANDIDATE = "gaspard.lm@example.fr"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"^(?:[\w.+-]*[._-])?"
    r"(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|no-?contestar|notifications?|alerts?|"
    r"alertes|mailer-daemon|bounces?)"
    r"(?:[._-][\w.+-]*)?@",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|"
    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
    r"successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com|"
    r"workablemail\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:GmbH|AG|SA|SAS|SARL|SL|S\.L|S\.A|SE|Ltd|Limited|Inc|LLC|plc|KG|BV|"
    r"e\.V|S\.p\.A|S\.L\.U)\.?$",
    re.IGNORECASE,
)


def is_system(address: str) -> bool:
    """A no-reply, notification or applicant-tracking-system address: nobody reads replies."""
    return bool(SYSTEM_LOCAL.search(address) or ATS_DOMAIN.search(address))


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, name = row["file"].split("/")
    assert folder == row["kind"], f"{folder} != {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


def test_kinds_present_and_counted() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), set(KINDS) - set(counts)
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share = counts["fr"] / len(LABELS)
    assert 0.40 <= share <= 0.60, share
    for language in LANGUAGES:
        assert counts[language] >= 10, (language, counts[language])


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    defects = [defect for part in message.walk() for defect in part.defects]
    defects += [defect for _, value in message.items()
                for defect in getattr(value, "defects", ())]
    assert not defects, defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
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
        return
    if not contact:
        if row["kind"] != "other":
            humans = [a for a in addresses(message, "Reply-To", "From") if not is_system(a)]
            assert not humans, f"job mail from a human but no contact: {humans}"
        return
    assert contact == contact.lower(), "contact not lower-case"
    assert contact != CANDIDATE
    assert not is_system(contact), f"system address as contact: {contact}"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
