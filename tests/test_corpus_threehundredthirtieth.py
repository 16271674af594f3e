"""Sanity checks of corpus 330 (tests/corpus_threehundredthirtieth): its labels and messages.

These check the hand-written corpus itself, not the classifier: every message is labelled once,
well formed, and its labels follow the corpus rules (see the corpus README).
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

ROOT = Path(__file__).parent / "corpus_threehundredthirtieth"
ROWS = read_labels(ROOT)
CANDIDATE = "declan.whitfield@example.ie"
MAIN_LANGUAGE = "en"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
                          r"notifications?|notificaciones|avisos|alert(e|a)?s?|jobletter|"
                          r"newsletters?|news|mailer|bounces?|updates|digest|calendar)"
                          r"([-.+_].*)?$")
LEGAL_FORM = re.compile(r"\b(gmbh|ag|kg|sa|s\.a\.|sas|sarl|s\.l\.|s\.l\.u\.|sl|slu|ltd|"
                        r"limited|inc|plc|llc|dac|e\.u\.|og|co\.)(?=\W|$)", re.IGNORECASE)


def is_system(address: str) -> bool:
    """An ATS, no-reply or other automated sending address (never a contact)."""
    local, _, domain = address.lower().partition("@")
    return (any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
            or bool(SYSTEM_LOCAL.match(local)) or "noreply" in local.replace("-", ""))


def is_own(row: dict[str, str]) -> bool:
    """Mail the candidate sent himself."""
    return addresses(parse_eml(ROOT, row["file"]), "From") == [CANDIDATE]


def test_every_message_is_labelled_exactly_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(ROWS) >= 140


@for_each(ROWS)
def test_kind_and_language_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "the folder must be the kind"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == set(KINDS), f"missing kinds: {set(KINDS) - set(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_shares() -> None:
    counts = Counter(row["language"] for row in ROWS)
    assert set(counts) == set(LANGUAGES)
    assert 0.40 <= counts[MAIN_LANGUAGE] / len(ROWS) <= 0.60
    assert all(count >= 10 for count in counts.values()), counts


@for_each(ROWS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, part.defects
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no text part"


@for_each(ROWS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if is_own(row):
        assert row["kind"] == "other" and not contact, "own mail: other, no contact"
    if not contact:
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not is_system(contact), "an ATS or no-reply address is not a contact"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)
    reply_to = [a for a in addresses(message, "Reply-To") if not is_system(a)]
    if reply_to:
        assert contact == reply_to[0], "a human Reply-To comes first"


@for_each(ROWS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "no company on other mail"
        return
    assert company, "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
    message = parse_eml(ROOT, row["file"])
    seen = " ".join([visible_text(message), str(message["Subject"]), str(message["From"]),
                     str(message.get("Reply-To", ""))]).lower()
    assert company.lower() in " ".join(seen.split()), f"{company!r} is not named in the mail"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in ROWS]
    assert len(ids) == len(set(ids))
