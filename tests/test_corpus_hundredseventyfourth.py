"""Sanity checks for corpus 174 (Henrik Özdemir-Laval, tram driver to IT service desk).

They guard the labels and the written messages, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_hundredseventyfourth"
CANDIDATE = "henrik.ol@example.at"
SYSTEM = re.compile(
    r"(no-?reply|do-?not-?reply|notification|mailer-daemon|postmaster|"
    r"@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|"
    r"taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$)",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|Ltd|Inc|SAS|SARL|LLC|KG|OG|s\.r\.o\.|a\.s\.|e\.U\.)"
    r"\.?)\s*$",
    re.IGNORECASE,
)
LABELS = read_labels(ROOT)
ROWS = {row["file"]: row for row in LABELS}


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _is_own(message: EmailMessage) -> bool:
    return addresses(message, "From") == [CANDIDATE]


def test_every_file_labelled_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = sorted(row["file"] for row in LABELS)
    assert labelled == on_disk
    assert len(labelled) == len(set(labelled))
    assert len(labelled) >= 140


def test_kinds_and_languages() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in LABELS)
    assert 0.40 <= languages["de"] / len(LABELS) <= 0.60
    for lang in LANGUAGES:
        assert languages[lang] >= 10, lang


@for_each(sorted(ROWS))
def test_message_parses(rel: str) -> None:
    message = _message(rel)
    for part in message.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name] is not None, (rel, name)
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    assert any(text.strip() for text in texts), rel


@for_each(sorted(ROWS))
def test_contact_rules(rel: str) -> None:
    row = ROWS[rel]
    message = _message(rel)
    contact = row["contact"]
    if _is_own(message):
        assert contact == "", rel
        assert row["kind"] == "other", rel
    if not contact:
        return
    assert contact == contact.lower(), rel
    assert contact != CANDIDATE, rel
    assert not SYSTEM.search(contact), rel
    assert contact in addresses(message, "Reply-To", "From"), rel
    assert contact in visible_text(message), rel


@for_each(sorted(ROWS))
def test_company_rules(rel: str) -> None:
    row = ROWS[rel]
    if row["kind"] == "other":
        assert row["company"] == "", rel
    else:
        assert row["company"].strip(), rel
        assert row["company"] == row["company"].strip(), rel
        assert not LEGAL_FORM.search(row["company"]), rel


def test_message_ids_unique() -> None:
    ids = [str(_message(rel)["Message-ID"]).strip() for rel in ROWS]
    assert len(ids) == len(set(ids))
