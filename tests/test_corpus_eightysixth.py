"""Sanity checks for the eighty-sixth labelled corpus (tests/corpus_eightysixth): the labels cover
every message once with valid values, every message parses, contacts are people who appear in
the message, and the files are exactly what the committed generator writes. No classifier here;
imports the shared corpus reader and the corpus generator only."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_eightysixth"
CANDIDATE = "priya.hm@example.com.au"
NOT_A_PERSON = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|nicht-antworten|no-responder|notification|mailer|bounce",
    re.I)
ROWS = read_labels(ROOT)


def _generator() -> ModuleType:
    """The corpus generator, loaded under its own unique name with its folder importable."""
    sys.path.insert(0, str(ROOT))
    try:
        path = ROOT / "make_eightysixth.py"
        spec = importlib.util.spec_from_file_location("make_eightysixth", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT))


def test_labels_cover_every_message_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(ROWS) >= 140


def test_values_are_valid_and_files_sit_in_their_kind_folder() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_well_represented() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert all(kinds[kind] >= 10 for kind in KINDS), kinds
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert all(languages[lang] >= 20 for lang in LANGUAGES), languages
    assert languages["en"] > len(ROWS) / 2


@for_each(ROWS)
def test_message_parses_and_is_addressed_consistently(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Subject"] is not None
    assert parsedate_to_datetime(str(message["Date"])).year == 2026
    texts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert texts and all(text.strip() for text in texts)
    senders, recipients = addresses(message, "From"), addresses(message, "To")
    assert len(senders) == 1
    if CANDIDATE in senders:  # the candidate's own sent mail is never job mail to act on
        assert row["kind"] == "other"
    else:
        assert recipients == [CANDIDATE]


@for_each(ROWS)
def test_contact_is_a_person_named_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    assert contact == contact.lower() and "@" in contact
    assert not NOT_A_PERSON.search(contact), contact
    assert contact != CANDIDATE
    assert contact in visible_text(parse_eml(ROOT, row["file"]))


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "" and row["contact"] == "", row
        else:
            assert row["company"], row
            assert not re.search(r"\b(GmbH|Ltd|Limited|S\.A\.|SpA|AB|Pvt)\s*$", row["company"]), row


def test_message_ids_are_unique_and_replies_point_at_real_threads() -> None:
    messages = {row["file"]: parse_eml(ROOT, row["file"]) for row in ROWS}
    ids = [str(m["Message-ID"]) for m in messages.values()]
    assert len(ids) == len(set(ids))
    known = set(ids)
    parents = [str(m["In-Reply-To"]) for m in messages.values() if m["In-Reply-To"]]
    assert sum(parent in known for parent in parents) >= 5


def test_files_are_exactly_what_the_generator_writes() -> None:
    """Guards against hand edits drifting from the committed generator (output is deterministic)."""
    generator = _generator()
    sys.path.insert(0, str(ROOT))
    try:
        specs = [s for name in generator.MODULES for s in __import__(name).MESSAGES]
    finally:
        sys.path.remove(str(ROOT))
    ids = {str(s["scen"]): generator.message_id(s, n) for n, s in enumerate(specs, start=1)}
    for number, (spec, row) in enumerate(zip(specs, ROWS, strict=True), start=1):
        assert row["file"] == f"{spec['kind']}/{number:03d}_{spec['scen']}.eml"
        assert (ROOT / row["file"]).read_bytes() == generator.build(spec, number, ids), row["file"]
        assert row["contact"] == generator.contact_of(spec)
