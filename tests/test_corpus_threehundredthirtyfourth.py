"""Sanity checks of corpus 334 (Wiebke Harmsen-Ortiz, airport operations): its labels and its
messages, not the classifier."""

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredthirtyfourth"
ROWS = read_labels(ROOT)
CANDIDATE = "wiebke.harmsen@example.de"
MAIN_LANGUAGE = "de"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|do-?not-?reply|donotreply|notifications?|"
                          r"mailer-daemon|postmaster|alerts?|newsletter|digest)\b")
LEGAL_FORMS = re.compile(
    r"(?:^|\s)(GmbH|AG|SA|S\.A\.|S\.A\.U\.|S\.L\.|SL|SAS|SARL|Ltd\.?|Inc\.?|B\.V\.|BV|KG|SE|"
    r"mbH|LLC|plc|N\.V\.)(?=$|[\s,])")


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def is_system(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    return bool(SYSTEM_LOCAL.match(local)) or any(
        domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)


def is_own(row: dict[str, str]) -> bool:
    return addresses(message(row), "From") == [CANDIDATE]


def test_every_message_labelled_once() -> None:
    on_disk = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"


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
def test_message_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], f"no {header}"
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in msg.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    if is_own(row):
        assert contact == "" and row["kind"] == "other", "the candidate's own mail"
    if not contact:
        return
    assert contact == contact.lower().strip()
    assert contact != CANDIDATE
    assert not is_system(contact), "ATS or no-reply address as contact"
    assert contact in addresses(msg, "Reply-To", "From")
    assert contact in visible_text(msg)
    human_reply_to = [a for a in addresses(msg, "Reply-To") if not is_system(a)]
    if human_reply_to:
        assert contact == human_reply_to[0], "a human Reply-To is the contact"


@for_each(ROWS)
def test_job_mail_has_a_human_or_none(row: dict[str, str]) -> None:
    if row["kind"] == "other" or row["contact"]:
        return
    msg = message(row)
    humans = [a for a in addresses(msg, "Reply-To", "From") if not is_system(a)]
    assert not humans, f"job mail from a human without contact: {humans}"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "company on other"
        return
    assert company, "job mail without company"
    assert company == company.strip()
    assert not LEGAL_FORMS.search(company), f"legal form in {company!r}"


def test_unique_message_ids() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
