"""Sanity checks for the fifth labelled corpus (tests/corpus_fifth).

The corpus is a one-off generalization measurement for the classifier; these tests only guard
that its files and labels are consistent, so a measurement on it is not skewed by a broken
file or a label that breaks the SPEC's `contact` rule. They never run the classifier.
"""

from __future__ import annotations

import importlib.util
import re
from email.utils import getaddresses
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).resolve().parent / "corpus_fifth"
CANDIDATE = "kim.novak@example.org"
NOT_HUMAN = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|notification|mailer-daemon|bounce|alerts?@|"
    r"jobalerts|hiring-bot|invitations@|calendar-)",
    re.IGNORECASE,
)
MINIMUM_PER_KIND = {
    "rejection": 28,
    "interview_invitation": 23,
    "interview_reschedule_or_cancel": 14,
    "missed_interview_notice": 10,
    "application_received": 18,
    "offer": 10,
    "other": 45,
}


LABELS = read_labels(ROOT)


def _load_generator() -> ModuleType:
    """Import make_fifth.py by path, so the corpus folder never lands on sys.path."""
    spec = importlib.util.spec_from_file_location("make_fifth_under_test", ROOT / "make_fifth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_header_and_every_file_labelled_exactly_once() -> None:
    with (ROOT / "labels.csv").open(encoding="utf-8") as fh:
        assert fh.readline().strip() == "file,kind,company,contact,language"
    listed = [row["file"] for row in LABELS]
    assert len(listed) == len(set(listed)), "a file is labelled twice"
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    assert sorted(listed) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/", 1)[0] == row["kind"], row


def test_counts_per_kind_and_language_mix() -> None:
    counts = {kind: sum(row["kind"] == kind for row in LABELS) for kind in KINDS}
    for kind, floor in MINIMUM_PER_KIND.items():
        assert counts[kind] >= floor, (kind, counts[kind])
    langs = {lang: sum(row["language"] == lang for row in LABELS) for lang in LANGUAGES}
    assert 0.5 <= langs["en"] / len(LABELS) <= 0.7, langs
    assert min(langs["de"], langs["fr"], langs["es"]) >= 15, langs


def test_job_mail_names_a_company() -> None:
    for row in LABELS:
        if row["kind"] != "other":
            assert row["company"].strip(), row["file"]


@for_each(LABELS)
def test_file_parses_cleanly_with_text_content(row: dict[str, str]) -> None:
    msg = parse_eml(ROOT, row["file"])
    assert msg["Message-ID"] and msg["Date"] and msg["From"] and msg["Subject"] is not None
    assert msg["Date"].datetime.year == 2026
    texts = []
    for part in msg.walk():
        assert not part.defects, (row["file"], part.defects)
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    assert any(len(t.strip()) > 40 for t in texts), row["file"]


@for_each([r for r in LABELS if r["contact"]])
def test_contact_is_a_human_reply_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert contact.lower() != CANDIDATE
    assert not NOT_HUMAN.search(contact), contact
    msg = parse_eml(ROOT, row["file"])
    # The label rule: Reply-To if human, else the human sender.
    reply_to = [a.lower() for _, a in getaddresses(msg.get_all("Reply-To", []))]
    sender = [a.lower() for _, a in getaddresses(msg.get_all("From", []))]
    assert contact.lower() in (reply_to or sender), (row["file"], reply_to, sender)
    assert contact.encode() in (ROOT / row["file"]).read_bytes()


def _sender(rel: str) -> str:
    return getaddresses(parse_eml(ROOT, rel).get_all("From", []))[0][1].lower()


def test_no_reply_senders_without_human_reply_to_have_no_contact() -> None:
    for row in LABELS:
        reply_to = parse_eml(ROOT, row["file"]).get_all("Reply-To")
        if NOT_HUMAN.search(_sender(row["file"])) and not reply_to:
            assert row["contact"] == "", row["file"]


def test_candidates_own_mail_is_other_with_no_contact() -> None:
    own = [r for r in LABELS if _sender(r["file"]) == CANDIDATE]
    assert len(own) >= 3
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row["file"]


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    rows = _load_generator().build(tmp_path)
    assert [r[0] for r in rows] == [row["file"] for row in LABELS]
    for row in LABELS:
        fresh = (tmp_path / row["file"]).read_bytes()
        assert fresh == (ROOT / row["file"]).read_bytes(), row["file"]
    assert (tmp_path / "labels.csv").read_bytes() == (ROOT / "labels.csv").read_bytes()


def test_structure_is_varied() -> None:
    """The corpus exists to test generalization, so its MIME shapes must actually vary."""
    seen: dict[str, int] = {}
    for row in LABELS:
        msg = parse_eml(ROOT, row["file"])
        for part in msg.walk():
            cte = str(part.get("Content-Transfer-Encoding", "")).lower()
            for key in (part.get_content_type(), cte, str(part.get_content_charset() or "")):
                seen[key] = seen.get(key, 0) + 1
        raw = (ROOT / row["file"]).read_bytes()
        for marker in (b"=?utf-8?", b"=?iso-8859-1?", b"In-Reply-To:", b"List-Unsubscribe:"):
            if marker in raw:
                seen[marker.decode()] = seen.get(marker.decode(), 0) + 1
    wanted = ("text/html", "text/calendar", "multipart/alternative", "application/pdf",
              "quoted-printable", "base64", "8bit", "iso-8859-1", "windows-1252",
              "=?utf-8?", "=?iso-8859-1?", "In-Reply-To:", "List-Unsubscribe:")
    for key in wanted:
        assert seen.get(key, 0) >= 3, (key, seen.get(key, 0))
