"""Sanity checks on corpus 278 (Cormac Lindqvist-Otieno, bus driver to transport scheduler).

They guard the labels and the written messages of the corpus, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredseventyeighth"
CANDIDATE = "cormac.lo@example.ie"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|donotreply|notifications?|notificaciones|alerts?|alertes"
    r"|jobalert|mailer-daemon|postmaster|bounces?|system|automated|newsletter|boletin"
    r"|avisos|registrations|candidatos|appointments|bookings)([._+-].*)?$"
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de"
    r"|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io|bamboohr\.com"
    r"|workablemail\.com|recruitee\.com)$"
)
LEGAL_FORM = re.compile(
    r"(^|[\s,])(GmbH|AG|SE|KG|e\.\s?V\.|SA|S\.A\.|SL|S\.L\.|SLU|S\.L\.U\.|SAS|SARL|Ltd\.?"
    r"|Limited|Inc\.?|LLC|DAC|CLG|plc|BV|NV)$",
    re.IGNORECASE,
)


@cache
def message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def is_candidates_own(row: dict[str, str]) -> bool:
    return addresses(message(row["file"]), "From") == [CANDIDATE]


def text_parts(msg: EmailMessage) -> list[str]:
    return [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]


def test_every_file_labelled_once() -> None:
    labelled = sorted(row["file"] for row in LABELS)
    on_disk = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert labelled == on_disk
    assert len(labelled) >= 140


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"], "folder and kind differ"


def test_kind_and_language_counts() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    languages = Counter(row["language"] for row in LABELS)
    assert set(kinds) == set(KINDS), f"missing kinds: {set(KINDS) - set(kinds)}"
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25
    share_en = languages["en"] / len(LABELS)
    assert 0.50 <= share_en <= 0.70, share_en
    for language in LANGUAGES:
        assert languages[language] >= 10, (language, languages[language])


@for_each(LABELS)
def test_message_parses_and_has_headers(row: dict[str, str]) -> None:
    msg = message(row["file"])
    for part in msg.walk():
        assert not part.defects, part.defects
        for name in part:
            for value in part.get_all(name, []):
                assert not getattr(value, "defects", ()), (name, value.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"no {name}"
    assert msg["Date"].datetime.year == 2026, msg["Date"]
    assert any(text.strip() for text in text_parts(msg)), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    contact = row["contact"]
    if is_candidates_own(row):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is `other`"
        return
    if not contact:
        return
    msg = message(row["file"])
    local, _, domain = contact.partition("@")
    assert contact == contact.lower(), "contact must be lower-case"
    assert contact != CANDIDATE
    assert not SYSTEM_LOCAL.match(local), f"{contact} is a system address"
    assert not ATS_DOMAIN.search(domain), f"{contact} is an ATS address"
    assert contact in addresses(msg, "Reply-To", "From"), "contact not in Reply-To or From"
    assert contact in visible_text(msg), "contact not visible"


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "`other` has no company"
        return
    assert company.strip(), "job mail needs a company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"


def test_message_ids_unique() -> None:
    ids = [str(message(row["file"])["Message-ID"]).strip() for row in LABELS]
    duplicates = [mid for mid, count in Counter(ids).items() if count > 1]
    assert not duplicates, duplicates
