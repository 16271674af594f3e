"""Sanity checks for the ninetieth labelled corpus (tests/corpus_ninetieth/): the labels and the
files agree, every message parses, and every contact is a human address that the message shows.

Imports only tests.corpus_common (the shared reader) and the standard library.
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

ROOT = Path(__file__).parent / "corpus_ninetieth"
ROWS = read_labels(ROOT)
CANDIDATE = "friederike.as@example.de"
# Machine senders a reply would never reach a person through.
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer-daemon|"
                      r"mailrobot|alert|jobagent", re.IGNORECASE)
# Applicant-tracking and scheduling systems that send on an employer's behalf.
ATS = re.compile(r"@([\w.-]+\.)?(goodtime|greenhouse-mail|lever|myworkday|ashbyhq|smartrecruiters|"
                 r"teamtailor|personio|workablemail|recruitee|bamboohr|softgarden|dvinci-mail|"
                 r"rexx-recruitment|umantis|onlyfy|join|successfactors|interamt)\.", re.IGNORECASE)
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|SE|Ltd|S\.A\.|SAS|B\.V\.|A/S|AB|Inc\.?|KG|gGmbH)$")


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_size_and_mix_are_as_written_in_the_readme() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is represented"
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["de"] >= len(ROWS) * 0.45 and languages["fr"] >= 10 and languages["es"] >= 10


@for_each(ROWS)
def test_row_is_valid_and_message_parses(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].startswith(row["kind"] + "/"), "the folder names the kind"
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    assert message["Message-ID"] and message["Date"] and message["From"] and message["Subject"]
    assert message.get_body(preferencelist=("plain", "html")) is not None
    text = visible_text(message)
    assert len(text) > 100
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    else:
        assert row["company"], "job mail names its employer"
        assert not LEGAL_FORMS.search(row["company"]), "company is labelled without a legal form"


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_the_message_shows(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert contact == contact.lower() and "@" in contact
    assert not NO_REPLY.search(contact)
    assert contact != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    assert contact in visible_text(message)


@for_each(ROWS)
def test_contact_follows_reply_to_then_sender(row: dict[str, str]) -> None:
    """The label rule: a human Reply-To wins; else a human sender; the candidate's own mail has
    no contact. (An address named only in the body may also be the contact, when every header
    address is a machine.)"""
    message = parse_eml(ROOT, row["file"])
    def human(address: str) -> bool:
        return not NO_REPLY.search(address) and not ATS.search(address)

    reply_to = [a for a in addresses(message, "Reply-To") if human(a)]
    sender = [a for a in addresses(message, "From") if human(a)]
    if CANDIDATE in addresses(message, "From"):
        assert row["contact"] == ""
    elif reply_to:
        assert row["contact"] == reply_to[0]
    elif row["contact"] and sender:
        assert row["contact"] == sender[0]
