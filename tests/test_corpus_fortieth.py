"""Sanity checks for the fortieth labelled corpus (tests/corpus_fortieth).

They guard the labels, not the classifier: every message is labelled once, parses the way a
mail program reads it, and its contact is a human address that really appears in the message.
Imports only the shared corpus reader and the standard library.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortieth"
ROWS = read_labels(ROOT)
CANDIDATE = "lena.hoffmann@example.net"
NOT_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|no-responder|notification|mailrobot|alert|mailer-daemon", re.I)
LEGAL_FORM = re.compile(
    r"\s(GmbH|AG|SE|KG|Ltd\.?|Inc\.?|S\.A\.?|SA|SAS|S\.L\.?|SL|Pvt\.?|AB|A/S|B\.V\.)$")


def _all_text(message: EmailMessage) -> str:
    """Every header value and every decoded text part, lower-cased: where a contact may appear."""
    chunks = [str(value) for value in message.values()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
            chunks.extend(str(value) for value in part.values())
    return "\n".join(chunks).lower()


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_proportions_follow_the_brief() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert 0.45 <= languages["de"] / len(ROWS) <= 0.55
    for kind in KINDS:
        assert len({row["language"] for row in ROWS if row["kind"] == kind}) >= 3, kind


@for_each(ROWS)
def test_message_parses_and_labels_fit_it(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    assert message["Message-ID"] and message["From"] and message["Subject"] is not None
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if contact:
        assert not NOT_HUMAN.search(contact), contact
        assert contact.lower() != CANDIDATE
        assert contact.lower() in _all_text(message)
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    else:
        assert row["company"] and not LEGAL_FORM.search(row["company"]), row["company"]


def test_generator_reproduces_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("make_fortieth", ROOT / "make_fortieth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_fortieth", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    module.ROOT = tmp_path
    module.write_all()
    assert (tmp_path / "labels.csv").read_bytes() == (ROOT / "labels.csv").read_bytes()
    for row in ROWS:
        written = (tmp_path / row["file"]).read_bytes()
        assert written == (ROOT / row["file"]).read_bytes(), row["file"]
