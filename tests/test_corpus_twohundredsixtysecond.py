"""Sanity checks on corpus 262 (Fernando Aguilar-Nakamura, taxi driver turned fleet coordinator).

They guard the labels and the messages of the corpus, not the classifier: nothing here runs it.
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

ROOT = Path(__file__).parent / "corpus_twohundredsixtysecond"
CANDIDATE = "fernando.an@example.mx"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|no-?responder|notifications?|notificaciones|notify"
    r"|mailer-daemon|postmaster|bounces?|alerts?|alertas|alertes|jobalarm|newsletter|boletin"
    r"|avisos|informes|seguimiento|citaprevia)([._+-]|$)"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "lever.co", "smartrecruiters.com",
    "icims.com", "ashbyhq.com", "teamtailor-mail.com", "teamtailor.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
LEGAL_FORM = re.compile(
    r"(?i)[\s,](gmbh|ag|kg|co\.? kg|e\.k\.|s\.?a\.?|s\.?a\.?s\.?|s\.?l\.?|s\.?l\.?u\.?"
    r"|s\.?a\.?r\.?l\.?|ltd\.?|limited|inc\.?|llc|plc|b\.?v\.?|n\.?v\.?|as|eg)$"
)


def is_system_address(address: str) -> bool:
    """A no-reply, notification or ATS-system address (never a person to reply to)."""
    local, _, domain = address.lower().partition("@")
    on_ats = any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS)
    return on_ats or bool(SYSTEM_LOCAL.search(local))


def message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def is_own_mail(msg: EmailMessage) -> bool:
    return addresses(msg, "From") == [CANDIDATE]


def test_every_file_labelled_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


def test_kind_and_language_spread() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == KINDS, f"kinds present: {sorted(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    assert 0.40 <= languages["es"] / len(LABELS) <= 0.60, languages
    assert all(languages[lang] >= 10 for lang in LANGUAGES), languages


def test_message_ids_unique() -> None:
    ids = [str(message(row)["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder differs from kind"
    assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), "file name pattern"


@for_each(LABELS)
def test_message_is_well_formed(row: dict[str, str]) -> None:
    msg = message(row)
    for part in msg.walk():
        assert not part.defects, f"defects: {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None and str(msg[name]).strip(), f"missing {name}"
        assert not getattr(msg[name], "defects", None), f"{name} defects"
    assert msg["Date"].datetime.year == 2026, str(msg["Date"])
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact_rules(row: dict[str, str]) -> None:
    msg = message(row)
    contact = row["contact"]
    if is_own_mail(msg):
        assert row["kind"] == "other", "the candidate's own mail is always other"
        assert contact == "", "the candidate's own mail has no contact"
        return
    if not contact:
        return
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE, "contact is the candidate"
    assert not is_system_address(contact), "contact is a no-reply/notification/ATS address"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To or From"
    assert contact in visible_text(msg), "contact not visible"


@for_each(LABELS)
def test_company_rules(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other has no company"
        return
    assert company.strip() == company and company, "job mail needs a company"
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
