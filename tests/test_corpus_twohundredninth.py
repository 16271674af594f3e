"""Sanity checks on corpus 209 (Ines Okoro-Vandenberghe, records and data roles, 2026).

They guard the labels and the messages they describe, not the classifier.
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

ROOT = Path(__file__).parent / "corpus_twohundredninth"
CANDIDATE = "ines.ov@example.be"
LABELS = read_labels(ROOT)

SYSTEM_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|mailer-daemon|postmaster"
    r"|bounces?|^alerts?$|jobagent|^digest$|^newsletter$",
    re.IGNORECASE,
)
ATS_DOMAIN = re.compile(
    r"(^|\.)(myworkday\.com|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|teamtailor\.com"
    r"|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net|softgarden\.io"
    r"|bamboohr\.com|workablemail\.com|workable\.com|recruitee\.com)$",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(gmbh|ggmbh|ag|a\.g\.|kg|e\.v\.|sa|s\.a\.|sas|sarl|s\.l\.|sl|s\.r\.l\.|srl"
    r"|sprl|scrl|asbl|nv|n\.v\.|bv|b\.v\.|ltd|limited|inc|llc|plc|se)\.?$",
    re.IGNORECASE,
)


def _message(row: dict[str, str]) -> EmailMessage:
    return parse_eml(ROOT, row["file"])


def _is_system(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(SYSTEM_LOCAL.search(local) or ATS_DOMAIN.search(domain))


def _own(message: EmailMessage) -> bool:
    return CANDIDATE in addresses(message, "From")


def test_every_file_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in LABELS]
    on_disk = [path.relative_to(ROOT).as_posix() for path in ROOT.glob("*/*.eml")]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == sorted(on_disk)
    assert len(labelled) >= 140


def test_all_kinds_present_with_enough_other_and_rejections() -> None:
    kinds = Counter(row["kind"] for row in LABELS)
    assert set(kinds) == set(KINDS)
    assert kinds["other"] >= 40
    assert kinds["rejection"] >= 25


def test_language_share() -> None:
    languages = Counter(row["language"] for row in LABELS)
    assert 0.40 <= languages["fr"] / len(LABELS) <= 0.60
    for language in LANGUAGES:
        assert languages[language] >= 10, language


def test_message_ids_unique() -> None:
    ids = [str(_message(row)["Message-ID"]).strip() for row in LABELS]
    assert all(ids)
    assert len(ids) == len(set(ids))


@for_each(LABELS)
def test_kind_language_and_folder(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS, row["kind"]
    assert row["language"] in LANGUAGES, row["language"]
    assert row["file"].split("/")[0] == row["kind"]


@for_each(LABELS)
def test_message_parses_cleanly(row: dict[str, str]) -> None:
    message = _message(row)
    for part in message.walk():
        assert not part.defects, part.defects
        for name, value in part.items():
            assert not getattr(value, "defects", None), (name, value.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"missing {name}"
    assert message["Date"].datetime.year == 2026
    texts = [part.get_content() for part in message.walk()
             if part.get_content_type() in ("text/plain", "text/html")]
    assert any(text.strip() for text in texts), "no non-empty text part"


@for_each(LABELS)
def test_contact(row: dict[str, str]) -> None:
    message = _message(row)
    contact = row["contact"]
    if _own(message):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is other"
    if not contact:
        if row["kind"] != "other" and not _own(message):
            senders = addresses(message, "Reply-To", "From")
            assert all(map(_is_system, senders)), f"no contact although {senders} may be human"
        return
    assert contact == contact.lower()
    assert contact != CANDIDATE
    assert not _is_system(contact), f"{contact} is a system address"
    assert contact in addresses(message, "Reply-To", "From")
    assert contact in visible_text(message)


@for_each(LABELS)
def test_company(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == "", "other mail names no company"
        return
    assert company.strip(), "job mail names its company"
    assert company == company.strip()
    assert not LEGAL_FORM.search(company), f"legal form in {company!r}"
