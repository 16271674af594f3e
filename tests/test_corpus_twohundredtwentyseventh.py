"""Sanity checks on the labels of corpus 227 (Clément Oduya-Hartmann, watchmaker to QC inspector).

They guard the hand-written labels and messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredtwentyseventh"
CANDIDATE = "clement.oh@example.ch"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
NOT_HUMAN = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|ne-pas-repondre|notifications?|alerts?|alertes"
    r"|mailer-daemon|postmaster|bounces?|newsletter)([._+-]|@)"
    r"|@(.+\.)?(" + "|".join(re.escape(domain) for domain in ATS_DOMAINS) + r")$"
)
LEGAL_FORM = re.compile(
    r"(?<![\w-])(GmbH|AG|SA|SAS|SARL|Sàrl|S\.A\.|S\.L\.U?|SL|S\.r\.l\.|Srl|S\.p\.A\.|SpA"
    r"|Ltd\.?|Inc\.?|LLC|PLC|plc|KG|BV|NV|Corp\.?)(?![\w-])"
)


def own_mail(row: dict[str, str]) -> bool:
    """Whether the candidate sent the message."""
    return CANDIDATE in addresses(parse_eml(ROOT, row["file"]), "From")


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in LABELS)
    assert 0.40 <= counts["fr"] / len(LABELS) <= 0.60, counts
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), "file name pattern"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        value = message[name]
        assert value is not None and str(value).strip(), f"no {name}"
        assert not getattr(value, "defects", ()), f"{name} defects: {value.defects}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    contact = row["contact"]
    if own_mail(row):
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
        return
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower(), "contact not lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not NOT_HUMAN.search(contact), "contact is a no-reply, notification or ATS address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company.strip() == company and company, "job mail names its employer"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = Counter(str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS)
    assert not [mid for mid, count in ids.items() if count > 1]
