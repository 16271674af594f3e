"""Sanity checks for tests/corpus_twelfth: the labels describe exactly the files there, and
each label keeps the corpus's own rules (README). No classifier code is imported here."""

from __future__ import annotations

import re
import runpy
from collections import Counter
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twelfth"
ROWS = read_labels(ROOT)
CANDIDATE = "lukas.brenner@example.com"
NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|notification|"
    r"mailer-daemon|@.*(greenhouse|lever\.co|myworkday|smartrecruiters|ashbyhq|"
    r"teamtailor|personio|icims|taleo|successfactors|goodtime)",
    re.I,
)
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|Ltd|Limited|S\.A\.|S\.L\.|SAS|B\.V\.|S\.p\.A\.|plc|Pty|Inc)\.?$"
)


def test_labels_cover_every_file_once() -> None:
    files = [row["file"] for row in ROWS]
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert len(files) == len(set(files))
    assert sorted(files) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_proportions_are_those_of_a_real_inbox() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert 150 <= len(ROWS) <= 170
    assert kinds["other"] >= 45 and kinds["rejection"] >= 28 and kinds["interview_invitation"] >= 23
    assert all(kinds[kind] >= 10 for kind in KINDS)
    assert languages["en"] / len(ROWS) >= 0.5
    assert all(languages[lang] >= 12 for lang in LANGUAGES)


@for_each(ROWS)
def test_file_parses_and_labels_hold(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    raw = (ROOT / row["file"]).read_bytes().decode("utf-8", "replace").lower()
    assert message["From"] and message["Date"] and message["Message-ID"] and message["Subject"]
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and body.get_content().strip()
    contact = row["contact"]
    if row["kind"] == "other":
        assert not row["company"] and not contact
        return
    assert row["company"] and not LEGAL_FORM.search(row["company"]), row
    recipients = message["To"].addresses
    assert [a.addr_spec for a in recipients] == [CANDIDATE]
    if contact:
        assert not NO_REPLY.search(contact) and contact != CANDIDATE
        assert contact.lower() in raw
        senders = {a.addr_spec.lower() for a in message["From"].addresses}
        if message["Reply-To"]:
            senders |= {a.addr_spec.lower() for a in message["Reply-To"].addresses}
        assert contact.lower() in senders, "contact is the Reply-To or the sender"


def test_candidates_own_mail_is_labelled_other() -> None:
    for row in ROWS:
        sender = parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec
        if sender == CANDIDATE:
            assert row["kind"] == "other", row["file"]


def test_generator_reproduces_files_and_labels() -> None:
    rendered = runpy.run_path(str(ROOT / "make_twelfth.py"))["rendered"]()
    assert [(rel, m.kind, m.company, m.contact, m.lang) for rel, m, _ in rendered] == [
        (row["file"], row["kind"], row["company"], row["contact"], row["language"]) for row in ROWS
    ]
    for rel, _, data in rendered:
        assert (ROOT / rel).read_bytes() == data, rel
