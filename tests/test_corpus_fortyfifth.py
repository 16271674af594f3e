"""Sanity checks on the forty-fifth labelled corpus (tests/corpus_fortyfifth/).

The corpus measures the classifier; these tests only guard the corpus itself: every file is
labelled once, labels follow the rules in its README, every message parses, and the files are
exactly what its generator writes. Imports tests.corpus_common and the generator, never the
classifier.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.utils import getaddresses
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortyfifth"
CANDIDATE = "k.brenner@example.de"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notification|mailrobot"
    r"|mailer-daemon|alerts?@|jobagent@",
    re.I,
)
LEGAL_FORMS = re.compile(
    r"\b(GmbH|gGmbH|AG|Ltd|S\.A\.|SAS|B\.V\.|ApS|AB|A\.Ş\.|Pvt|Inc|KG|S\.à r\.l\.)\.?$"
)
ROWS = read_labels(ROOT)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fortyfifth", ROOT / "make_fortyfifth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_fortyfifth"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_labels_cover_every_file_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    counts = Counter(row["kind"] for row in ROWS)
    assert set(counts) == KINDS
    assert min(counts.values()) >= 10, counts
    languages = Counter(row["language"] for row in ROWS)
    assert languages["de"] > languages["en"] > languages["fr"] > languages["es"] > 0, languages


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            assert not LEGAL_FORMS.search(row["company"]), row


@for_each(ROWS)
def test_message_parses_and_contact_follows_the_rule(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"{row['file']}: no {header}"
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 40
    for part in message.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes with the declared charset and transfer encoding
    contact = row["contact"]
    if not contact:
        return
    assert not NO_REPLY.search(contact), row
    assert contact != CANDIDATE, row
    headers = [str(message.get("Reply-To", "")), str(message["From"])]
    offered = [address.lower() for _, address in getaddresses(headers)]
    assert contact.lower() in offered, row


def test_candidates_own_mail_never_has_a_contact() -> None:
    own = [row for row in ROWS if CANDIDATE in str(parse_eml(ROOT, row["file"])["From"])]
    assert own, "the corpus holds some of the candidate's sent mail"
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row


def test_files_are_the_generators_output() -> None:
    generator = _generator()
    assert len(generator.MAILS) == len(ROWS)
    for index, (mail, row) in enumerate(zip(generator.MAILS, ROWS, strict=True), start=1):
        assert row["file"] == f"{mail.kind}/{index:03d}_{mail.scenario}.eml"
        assert (ROOT / row["file"]).read_bytes() == generator.build(mail, index), row["file"]
