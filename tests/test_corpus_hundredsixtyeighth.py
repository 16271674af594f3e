"""Sanity checks for corpus 168 (Joaquín Mbatha-Ferreyra, call-centre agent into data analysis).

They guard the hand-written labels and messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredsixtyeighth"
CANDIDATE = "joaquin.mf@example.com.ar"

SYSTEM_ADDRESS = re.compile(
    r"(no-?reply|do-?not-?reply|ne-pas-repondre|notification|notificaciones"
    r"|benachrichtigung|mailer-daemon|postmaster|bounce|alert|newsletter|digest"
    r"|@(?:[\w-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|greenhouse\.io|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$)"
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.?|SL|S\.L\.?|SAS|SARL|SRL|S\.R\.L\.?|SpA|Ltd\.?|Limited|Inc\.?"
    r"|LLC|PLC|plc|BV|B\.V\.|KG|SE|SAU|S\.A\.U\.?|Cía\.?)$"
)

LABELS: list[dict[str, str]] = read_labels(ROOT)
IDS = [row["file"] for row in LABELS]


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(IDS) == on_disk
    assert len(IDS) == len(set(IDS))
    assert len(IDS) >= 140


def test_kinds_and_languages() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    langs = Counter(row["language"] for row in LABELS)
    share_es = langs["es"] / len(LABELS)
    assert 0.45 <= share_es <= 0.65, langs
    for lang in LANGUAGES:
        assert langs[lang] >= 10, langs


@for_each(LABELS)
def test_message_parses(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, (row["file"], part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], (row["file"], name)
    date = parsedate_to_datetime(str(message["Date"]))
    assert date.year == 2026, row["file"]
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), row["file"]


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    senders = addresses(message, "From")
    if CANDIDATE in senders:
        assert contact == "", row["file"]
        assert row["kind"] == "other", row["file"]
        return
    replyable = addresses(message, "Reply-To", "From")
    if all(SYSTEM_ADDRESS.search(addr) for addr in replyable):
        assert contact == "", row["file"]
    if not contact:
        return
    assert contact == contact.lower(), row["file"]
    assert contact != CANDIDATE, row["file"]
    assert not SYSTEM_ADDRESS.search(contact), row["file"]
    assert contact in replyable, row["file"]
    assert contact in visible_text(message), row["file"]


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", row["file"]
        return
    assert company.strip(), row["file"]
    assert company == company.strip(), row["file"]
    assert not LEGAL_FORM.search(company), row["file"]


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in LABELS]
    assert all(ids)
    assert len(ids) == len(set(ids))
