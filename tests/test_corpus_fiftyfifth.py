"""Sanity checks for corpus 55 (tests/corpus_fiftyfifth): labels and files agree, every file
parses, and the labels keep the contact and company rules. Reads the corpus only, never the
classifier (tests/corpus_common.py is a plain reader)."""

from __future__ import annotations

import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftyfifth"
CANDIDATE = "f.osterhagen@example.de"
ROBOT = re.compile(r"no-?reply|do-?not-?reply|notifica|mailer-daemon|mailrobot|jobagent"
                   r"|alerts?@|inmail-hit", re.IGNORECASE)
# Applicant-tracking systems send from their own domains; such a sender is no person to answer.
ATS = re.compile(r"@([\w.-]+\.)?(myworkday|successfactors|smartrecruiters|greenhouse-mail|taleo"
                 r"|personio|softgarden|dvinci-mail|abacus-mail|umantis-mail|rexx-systems"
                 r"|goodtime|teamtailor|lever)\.", re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|gGmbH|AG|Ltd|S\.A\.|SAS|SARL|e\. ?V\.|Pvt)\.?$")

ROWS = read_labels(ROOT)


def _addresses(message, *names: str) -> set[str]:
    values = [str(v) for name in names for v in message.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = {p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml")}
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert set(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_mix_is_an_inbox_not_a_single_kind() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["de"] > len(ROWS) * 0.4
    assert min(languages[lang] for lang in ("en", "fr", "es")) >= 10


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_file_parses_and_contact_rule_holds(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Date"] and message["From"]
    assert message.get_body(preferencelist=("plain", "html")) is not None
    assert message.get_body(preferencelist=("plain", "html")).get_content().strip()
    contact = row["contact"]
    if row["kind"] == "other":
        assert contact == "" and row["company"] == "", "company/contact label job mail only"
        return
    assert row["company"], "job mail names its employer"
    assert not LEGAL_FORM.search(row["company"]), row["company"]
    if contact:
        assert not ROBOT.search(contact), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _addresses(message, "Reply-To", "From")
        if message["Reply-To"]:
            assert contact.lower() in _addresses(message, "Reply-To")
    else:
        for address in _addresses(message, "From", "Reply-To"):
            assert ROBOT.search(address) or ATS.search(address), address


def test_job_mail_is_addressed_to_the_candidate() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            continue
        message = parse_eml(ROOT, row["file"])
        assert CANDIDATE in _addresses(message, "To", "Cc"), row["file"]
        assert CANDIDATE not in _addresses(message, "From"), row["file"]
