"""Sanity checks for the fifty-ninth labelled corpus (tests/corpus_fiftyninth/).

The corpus measures the classifier on mail it was never tuned on, so these tests check only
the corpus itself: every file labelled once, labels well-formed, every message readable the way
a mail program reads it, contacts that are real human reply addresses, and files that are
exactly what the generator writes.  They never import or run the classifier.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fiftyninth"
CANDIDATE = "s.okafor.lindqvist@example.ie"
NO_REPLY = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-responder|notification|"
    r"mailer-daemon|alert|bounce)", re.IGNORECASE)
LEGAL_FORMS = re.compile(r"\b(GmbH|Ltd|Limited|S\.A\.|SA|AG|B\.V\.|DAC|Inc\.?|A\.Ş\.|SAS|plc)$")
ROWS = read_labels(ROOT)


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_size_and_mix() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS, "every kind is represented"
    assert kinds["rejection"] >= 25 and kinds["other"] >= 45
    assert set(languages) == LANGUAGES
    assert 0.5 <= languages["en"] / len(ROWS) <= 0.62
    for lang in ("de", "fr", "es"):
        assert languages[lang] / len(ROWS) >= 0.12


@for_each(ROWS)
def test_row_is_well_formed(row: dict[str, str]) -> None:
    assert row["kind"] in KINDS
    assert row["language"] in LANGUAGES
    assert row["file"].split("/")[0] == row["kind"], "the folder names the kind"
    if row["kind"] == "other":
        assert row["company"] == "", "company is labelled on job mail only"
    else:
        assert row["company"].strip() == row["company"] != ""
        assert not LEGAL_FORMS.search(row["company"]), "company without a legal form"


@for_each(ROWS)
def test_message_parses_with_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"].addresses and message["Date"].datetime.year == 2026
    assert message["Message-ID"].startswith("<") and message["Subject"]
    body = message.get_body(("plain", "html"))
    assert body is not None
    text = body.get_content()
    assert len(text.strip()) > 40
    assert "\ufffd" not in text, "the declared charset decodes the body"
    sender = message["From"].addresses[0].addr_spec
    recipients = [a.addr_spec for a in message["To"].addresses]
    assert CANDIDATE in (sender, *recipients), "the candidate sent or received it"


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", contact)
    assert not NO_REPLY.search(contact)
    assert contact != CANDIDATE
    message = parse_eml(ROOT, row["file"])
    headers = [a.addr_spec.lower() for name in ("From", "Reply-To", "Cc")
               for a in (message[name].addresses if message[name] else ())]
    body = message.get_body(("plain", "html")).get_content().lower()
    assert contact in headers or contact in body


def test_no_reply_senders_never_give_a_contact_of_their_own() -> None:
    for row in ROWS:
        sender = parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec
        if NO_REPLY.search(sender):
            assert row["contact"] != sender, row["file"]


def test_files_are_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("make_fiftyninth", ROOT / "make_fiftyninth.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    messages = (generator.msgs59_jobs_a.MESSAGES + generator.msgs59_jobs_b.MESSAGES
                + generator.msgs59_other.MESSAGES)
    parents = {msg["slug"]: generator.message_id(msg) for msg in messages}
    assert len(messages) == len(ROWS)
    for msg, row in zip(messages, ROWS, strict=True):
        assert row["file"].endswith(f"_{msg['slug']}.eml")
        assert (ROOT / row["file"]).read_bytes() == generator.build(msg, parents)
