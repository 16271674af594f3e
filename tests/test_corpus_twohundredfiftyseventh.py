"""Sanity checks on corpus 257 (a Lyon hairdresser moving into retail store management).

They guard the labels and the well-formedness of the hand-written messages, not the classifier.
"""

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

ROOT = Path(__file__).parent / "corpus_twohundredfiftyseventh"
CANDIDATE = "seraphine.al@example.fr"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    r"myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com"
)
SYSTEM_ADDRESS = re.compile(
    r"^(?:[^@]*[._+-])?(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?"
    r"|mailer-daemon|bounces?|alerts?|alertes|newsletter)(?:[._+-][^@]*)?@"
    rf"|@(?:[\w-]+\.)*(?:{ATS_DOMAINS})$"
)
LEGAL_FORM = re.compile(
    r"[\s,](?:GmbH|AG|SA|SAS|SARL|SE|S\.A\.|S\.L\.|SL|SLU|S\.p\.A\.|SpA|S\.r\.l\.|Srl|Ltd"
    r"|Limited|Inc|LLC|PLC|KG|GmbH & Co\. KG|BV|Sàrl)\.?$"
)
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


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
    assert row["file"].split("/")[0] == row["kind"], "folder must equal kind"


def test_kind_and_language_distribution() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert len(kinds) == 7 and set(kinds) <= KINDS, kinds
    assert kinds["other"] >= 40, kinds
    assert kinds["rejection"] >= 25, kinds
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60, languages
    assert all(languages[lang] >= 10 for lang in LANGUAGES), languages


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, f"MIME defects: {part.defects}"
    for name in REQUIRED_HEADERS:
        assert msg[name], f"missing {name}"
    assert msg["Date"].datetime.year == 2026, str(msg["Date"])
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    if CANDIDATE in addresses(msg, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not SYSTEM_ADDRESS.search(contact), f"{contact} is a system address"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(msg), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` mail names no employer"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip(), "company has stray spaces"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = Counter(str(message(row)["Message-ID"]).strip() for row in LABELS)
    assert not [mid for mid, count in ids.items() if count > 1]
