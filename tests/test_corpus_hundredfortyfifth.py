"""Sanity checks on corpus 145 (Katharina Ebner-Osei, nurse moving into health data).

They guard the hand-written labels and the messages' form, not the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage
from functools import cache
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

ROOT = Path(__file__).parent / "corpus_hundredfortyfifth"
CANDIDATE = "katharina.eo@example.at"

ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co",
    "smartrecruiters.com", "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
    "successfactors.eu", "successfactors.com", "taleo.net", "softgarden.io", "bamboohr.com",
    "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|donotreply|kein-antworten|notifications?|benachrichtigungen"
    r"|alerts?|alertas|avisos|newsletter|mailer-daemon|bounce|jobabo)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|\s)(GmbH|gGmbH|AG|SA|SAS|SARL|S\.?L\.?U?|S\.?A\.?|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc"
    r"|a\.G\.|KG|OG|e\.V\.|Co\.)$",
)


@cache
def labels() -> list[dict[str, str]]:
    return read_labels(ROOT)


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.search(local))


def from_candidate(msg: EmailMessage) -> bool:
    return addresses(msg, "From") == [CANDIDATE]


def test_every_file_labelled_once() -> None:
    rows = [row["file"] for row in labels()]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(rows) == on_disk
    assert len(rows) == len(set(rows))
    assert len(rows) >= 140


def test_kinds_and_languages() -> None:
    kinds: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    for row in labels():
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
        kinds[row["kind"]] += 1
        langs[row["language"]] += 1
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    total = sum(langs.values())
    assert 0.40 <= langs["de"] / total <= 0.60
    for lang in LANGUAGES:
        assert langs[lang] >= 10, (lang, langs)


@for_each([row["file"] for row in read_labels(ROOT)])
def test_message_form(rel: str) -> None:
    msg = message(rel)
    for part in msg.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], (rel, name)
    assert msg["Date"].datetime.year == 2026, rel
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


def test_contacts() -> None:
    for row in labels():
        msg = message(row["file"])
        contact = row["contact"]
        if from_candidate(msg):
            assert contact == "", row
            assert row["kind"] == "other", row
        if not contact:
            continue
        assert contact == contact.lower(), row
        assert contact != CANDIDATE, row
        assert not is_system(contact), row
        assert contact in addresses(msg, "Reply-To", "From"), row
        assert contact in visible_text(msg), row


def test_companies() -> None:
    for row in labels():
        company = row["company"]
        if row["kind"] == "other":
            assert company == "", row
        else:
            assert company.strip(), row
            assert company == company.strip(), row
            assert not LEGAL_FORM.search(company), row


def test_message_ids_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in labels()]
    assert len(ids) == len(set(ids))
