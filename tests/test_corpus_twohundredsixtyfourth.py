"""Sanity checks on corpus 264 (Konstantin Mensah-Weber, electrician to facility engineer).

They guard the labels and the message files of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtyfourth"
CANDIDATE = "konstantin.mw@example.de"
LABELS = read_labels(ROOT)

SEVEN = frozenset({
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
})
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
    "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)
SYSTEM_ADDRESS = re.compile(
    r"(?i)(^|[^a-z])(no-?reply|do-?not-?reply|ne-?pas-?repondre|no-?responder|"
    r"notifications?|notificaciones|benachrichtigungen|mailer-daemon|bounces?|"
    r"alerts?|alertas|alertes)([^a-z]|$)"
    r"|@(.+\.)?(" + "|".join(re.escape(domain) for domain in ATS_DOMAINS) + r")$"
)
LEGAL_SUFFIX = re.compile(
    r"(?i)[\s,](gmbh|ggmbh|ag|se|kg|kgaa|ohg|ug|eg|gbr|mbh|e\.\s?v\.|ltd\.?|limited|inc\.?|"
    r"llc|llp|plc|s\.a\.?|sa|s\.l\.?|sl|slu|sas|sarl|s\.a\.r\.l\.|sp\. z o\.o\.|bv|nv)$"
)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(on_disk) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS and row["kind"] in SEVEN, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_kind_counts() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert SEVEN <= KINDS
    assert set(counts) == SEVEN, f"kinds present: {sorted(counts)}"
    assert counts["other"] >= 40
    assert counts["rejection"] >= 25


def test_language_share() -> None:
    counts = Counter(row["language"] for row in LABELS)
    share_de = counts["de"] / len(LABELS)
    assert 0.40 <= share_de <= 0.60, f"German share {share_de:.2f}"
    for language in sorted(LANGUAGES):
        assert counts[language] >= 10, f"{language}: {counts[language]} messages"


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{name} header defects"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    contact = row["contact"]
    if addresses(message, "From") == [CANDIDATE]:
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "no contact on the candidate's own mail"
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_ADDRESS.search(contact), "contact is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other carries no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_SUFFIX.search(company), f"legal form in {company!r}"


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]).strip() for row in LABELS]
    repeated = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not repeated, repeated
