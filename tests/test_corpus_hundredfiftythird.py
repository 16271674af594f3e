"""Sanity checks on the 153rd corpus (Morag Sinclair-Obi, librarian into data governance).

They guard the labels and the messages as written, not the classifier: nothing here runs it.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
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

ROOT = Path(__file__).parent / "corpus_hundredfiftythird"
CANDIDATE = "morag.so@example.co.uk"

SYSTEM_LOCAL = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
    r"notifications?|alerts?|mailer-daemon|postmaster|bounces?)([._+-]|$)"
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(?:,|\s)(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Sàrl|Ltd\.?|Limited|plc|PLC|Inc\.?|LLC|LLP|"
    r"BV|B\.V\.|NV|N\.V\.|KG|e\.V\.|UG|S\.p\.A\.)$"
)


def _labels() -> list[dict[str, str]]:
    return read_labels(ROOT)


LABELS = _labels()
ROWS = {row["file"]: row for row in LABELS}


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def test_every_file_labelled_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(on_disk) >= 140
    assert len(set(labelled)) == len(labelled)


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    langs = Counter(row["language"] for row in LABELS)
    for row in LABELS:
        assert row["kind"] in KINDS, row["file"]
        assert row["language"] in LANGUAGES, row["file"]
        assert row["file"].split("/", 1)[0] == row["kind"], row["file"]
    assert {
        "rejection",
        "interview_invitation",
        "interview_reschedule_or_cancel",
        "missed_interview_notice",
        "application_received",
        "offer",
        "other",
    } <= set(kinds)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_en = langs["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for lang in LANGUAGES:
        assert langs[lang] >= 10, lang


@for_each(sorted(ROWS))
def test_message_parses_cleanly(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (rel, name)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (rel, name)
    assert parsedate_to_datetime(str(message["Date"])).year == 2026, rel
    texts = [
        part.get_content()
        for part in message.walk()
        if part.get_content_type() in ("text/plain", "text/html")
    ]
    assert any(text.strip() for text in texts), rel


@for_each(sorted(ROWS))
def test_contact_rules(rel: str) -> None:
    row = ROWS[rel]
    message = _message(rel)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", rel
        assert row["kind"] == "other", rel
        return
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not _is_system(contact), rel
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


@for_each(sorted(ROWS))
def test_company_rules(rel: str) -> None:
    row = ROWS[rel]
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", rel
        return
    assert company.strip() == company and company, rel
    assert not LEGAL_FORM.search(company), (rel, company)


def test_message_ids_unique() -> None:
    ids = [str(_message(row["file"])["Message-ID"]).strip() for row in LABELS]
    assert len(ids) == len(set(ids))
