"""Sanity checks of corpus 352 (Baptiste Kerhervé-Nakamura, sommelier → wine export sales):
its labels and its messages, not the classifier."""

from __future__ import annotations

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

ROOT = Path(__file__).parent / "corpus_threehundredfiftysecond"
ROWS = read_labels(ROOT)
CANDIDATE = "baptiste.kerherve@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
NO_REPLY = ("noreply", "no-reply", "donotreply", "do-not-reply", "ne-pas-repondre",
            "mailer-daemon", "notifications")
LEGAL_FORMS = frozenset({
    "GmbH", "SA", "S.A.", "SAS", "S.A.S.", "SARL", "S.L.", "SL", "Ltd", "Ltd.", "Limited",
    "Inc", "Inc.", "AG", "KG", "LLC", "plc", "SE", "SCA", "S.C.A.", "S.p.A.",
})


def test_every_message_is_labelled_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(ROWS) >= 140
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"{MAIN_LANGUAGE} is {share:.0%} of the messages"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"only {counts[language]} messages in {language}"


def test_unique_message_ids() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))


@for_each(ROWS)
def test_kind_and_language_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"


@for_each(ROWS)
def test_message_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"no {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content().strip() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(texts), "no non-empty text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if addresses(message, "From")[0] == CANDIDATE:
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    local, domain = contact.split("@", 1)
    assert not domain.endswith(ATS_DOMAINS), "an ATS address is no contact"
    assert local not in NO_REPLY, "a no-reply address is no contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    words = company.replace(",", " ").split()
    assert not LEGAL_FORMS.intersection(words), "legal form in company"
