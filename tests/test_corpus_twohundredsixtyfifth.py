"""Sanity checks on corpus 265 (Apolline Diallo-Vernet, florist moving into marketing).

They guard the labels and the messages' well-formedness, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtyfifth"
CANDIDATE = "apolline.dv@example.fr"
LABELS = read_labels(ROOT)

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com",
    "personio.de", "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io",
    "bamboohr.com", "workablemail.com", "workable.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|noreply|do-?not-?reply|ne-?pas-?repondre|no-?responder|notifications?|"
    r"mailer-daemon|postmaster|bounces?|alerts?|alertes|newsletter|[a-z-]*-noreply|"
    r"benachrichtigung|messages-noreply)$"
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(GmbH|AG|SA|SAS|SARL|S\.?A\.?S?\.?|S\.?L\.?U?\.?|Ltd\.?|Limited|Inc\.?|LLC|"
    r"plc|KG|eG|e\.V\.|SE|BV|S\.?\s?Coop\.?|Co\.)(?:\s|,|$)"
)


def _is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.match(local))


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_is_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    share_fr = languages["fr"] / len(LABELS)
    assert 0.40 <= share_fr <= 0.60, f"share of fr is {share_fr:.2f}"
    for language in LANGUAGES:
        assert languages[language] >= 10, f"{language}: only {languages[language]}"


@for_each(LABELS)
def test_label_values_are_valid(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    folder, _, name = row["file"].partition("/")
    assert folder == row["kind"], f"folder {folder} != kind {row['kind']}"
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.eml", name), name


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is always other"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not _is_system(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From"), "contact not in Reply-To/From"
    assert contact in visible_text(message), "contact not visible"


@for_each(LABELS)
def test_job_mail_names_a_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


@for_each(LABELS)
def test_system_senders_have_no_contact_unless_reply_to(row: dict[str, str]) -> None:
    message = _message(row)
    humans = [a for a in addresses(message, "Reply-To", "From")
              if not _is_system(a) and a != CANDIDATE]
    if not humans:
        assert row["contact"] == "", "only system addresses, so no contact"


def test_message_ids_are_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, n in Counter(ids).items() if n > 1]
    assert not duplicates, duplicates
