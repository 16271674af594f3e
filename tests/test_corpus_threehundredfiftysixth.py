"""Sanity checks of corpus 356 (Yasmine Belkacem-Hartley): its labels and its messages.

These check the corpus itself, never the classifier.
"""

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

ROOT = Path(__file__).resolve().parent / "corpus_threehundredfiftysixth"
ROWS = read_labels(ROOT)
CANDIDATE = "yasmine.belkacem@example.fr"
MAIN_LANGUAGE = "fr"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_MARKERS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
                  "ne-pas-repondre", "notifications@", "mailer-daemon", "newsletter@")
LEGAL_FORMS = frozenset({
    "gmbh", "sa", "s.a.", "sas", "sasu", "sarl", "eurl", "s.l.", "sl", "slu", "s.l.u.", "sau",
    "s.a.u.", "ltd", "ltd.", "limited", "inc", "inc.", "ag", "se", "llc", "plc", "llp", "kg",
    "kgaa", "vvag", "ug", "bv", "nv",
})


def test_every_message_is_labelled_exactly_once() -> None:
    files = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    duplicates = [name for name, count in Counter(labelled).items() if count > 1]
    assert not duplicates, f"labelled more than once: {duplicates}"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    share = counts[MAIN_LANGUAGE] / len(ROWS)
    assert 0.40 <= share <= 0.60, f"{MAIN_LANGUAGE} share {share:.2f}"
    for language in LANGUAGES:
        assert counts[language] >= 10, f"{language}: {counts[language]}"


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    own = CANDIDATE in addresses(message, "From")
    if own:
        assert row["kind"] == "other", "the candidate's own mail is other"
        assert contact == "", "the candidate's own mail has no contact"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not contact.endswith(ATS_DOMAINS), "contact is an ATS address"
    assert not any(marker in contact for marker in SYSTEM_MARKERS), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message)


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail has no company"
        return
    assert company, "job mail needs a company"
    assert company == company.strip()
    words = {word.lower().strip(",") for word in company.split()}
    assert not words & LEGAL_FORMS, f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(set(ids)) == len(ids)
