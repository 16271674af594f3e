"""Sanity of the thirty-ninth labelled corpus (tests/corpus_thirtyninth): labels and messages.

The corpus exists for one blind measurement of the classifier; these tests only guard that it
stays what its README says: every file labelled once, every message readable by a mail
program, and labels that keep the SPEC's rules (no no-reply contact, never the candidate).
Imports only the shared corpus reader and the generator, never the classifier.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).resolve().parent / "corpus_thirtyninth"
ME = "tomas.herrera@example.com"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|donotreply|no-responder|ne-pas-repondre|"
                      r"notification|mailer-daemon|alert", re.I)
LEGAL_FORM = re.compile(r"\b(GmbH|Ltd|S\.A\.?|S\.L\.U?\.?|S\.A\.S\.?|SAS|Inc\.?|LLC|Pvt)$")
ROWS = read_labels(ROOT)


def _ids(rows: list[dict[str, str]]) -> list[str]:
    return [row["file"] for row in rows]


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.eml"))
    labelled = _ids(ROWS)
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_proportions() -> None:
    assert {row["kind"] for row in ROWS} == KINDS
    assert {row["language"] for row in ROWS} <= LANGUAGES
    assert len(ROWS) >= 140
    kinds = Counter(row["kind"] for row in ROWS)
    assert kinds["other"] >= 45 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert languages["es"] > languages["en"] > languages["fr"] > 0 and languages["de"] > 0
    for row in ROWS:  # the folder is the label, so a mislabelled row is visible in review
        assert row["file"].split("/")[0] == row["kind"], row["file"]


@for_each(ROWS)
def test_message_parses_and_has_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    assert str(message["Date"].datetime.year) == "2026"
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    text = body.get_content()
    assert len(text.strip()) > 40
    assert "\ufffd" not in text, f"{row['file']}: body decodes with replacement characters"


@for_each(ROWS)
def test_contact_is_a_human_address_found_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    if message["From"].addresses[0].addr_spec == ME:
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other", "the candidate's own mail is never a trigger"
    if not contact:
        return
    assert contact != ME
    assert not NO_REPLY.search(contact), contact
    headers = " ".join(str(message[h] or "") for h in ("From", "Reply-To"))
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert contact in headers or contact in body.get_content()


@for_each(ROWS)
def test_company_is_labelled_on_job_mail_only(row: dict[str, str]) -> None:
    company = row["company"]
    if row["kind"] == "other":
        assert company == ""
    else:
        assert company, f"{row['file']}: job mail needs a company"
        assert company == company.strip() and not LEGAL_FORM.search(company), company


def test_message_ids_are_unique() -> None:
    ids = [str(parse_eml(ROOT, row["file"])["Message-ID"]) for row in ROWS]
    assert len(ids) == len(set(ids))


def test_generator_reproduces_the_committed_files(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("make_thirtyninth",
                                                  ROOT / "make_thirtyninth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for rel in [*_ids(ROWS), "labels.csv"]:
        assert (tmp_path / rel).read_bytes() == (ROOT / rel).read_bytes(), rel
