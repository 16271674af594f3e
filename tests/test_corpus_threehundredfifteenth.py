"""Sanity checks of the 315th blind corpus (its labels and messages, never the classifier)."""

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredfifteenth"
CANDIDATE = "m.oberholzer@example.at"
MAIN_LANGUAGE = "de"
ROWS = read_labels(ROOT)
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|notificaciones|"
                          r"ne-?pas-?repondre|no-?responder|mailer-daemon)")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Inc|KG|e\.U\.|S\.p\.A\.|"
                        r"S\.r\.l\.|SRL|LLC|plc)(?=\W|$)")


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    ats = any(domain == name or domain.endswith("." + name) for name in ATS_DOMAINS)
    return ats or bool(SYSTEM_LOCAL.match(local))


def is_own(row: dict[str, str]) -> bool:
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_message_labelled_exactly_once() -> None:
    files = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"]


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"kinds missing: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"main language share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: only {counts[language]}"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    contact = row["contact"]
    if is_own(row):
        assert contact == "" and row["kind"] == "other", "own mail: no contact, kind other"
        return
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), f"{contact} is an ATS or no-reply address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "company on an other message"
        return
    assert company, "job mail without company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_job_mail_from_a_system_has_no_contact_unless_a_human_reply_to() -> None:
    for row in ROWS:
        if row["kind"] == "other" or row["contact"]:
            continue
        message = parse_eml(ROOT, row["file"])
        humans = [addr for addr in addresses(message, "Reply-To", "From") if not is_system(addr)]
        assert not humans, f"{row['file']}: human address {humans} but no contact"


def test_message_ids_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
