"""Sanity of the labelled corpus itself (tests/corpus): labels, counts, languages, structures.

The classifier's precision/recall against this corpus is measured elsewhere; this file only
guards that the corpus stays what tests/corpus/README.md says it is.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest

from tests.corpus_common import KINDS, LANGUAGES, parse_eml, read_labels

FLOORS = {  # the least number of messages of each kind
    "rejection": 45,
    "interview_invitation": 35,
    "interview_reschedule_or_cancel": 20,
    "missed_interview_notice": 15,
    "application_received": 30,
    "offer": 15,
    "other": 60,
}

CORPUS = Path(__file__).parent / "corpus"
USER = "alex.rivera@example.net"
NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|mailer-daemon|notification",
                      re.IGNORECASE)


LABELS = read_labels(CORPUS)


MESSAGES = {row["file"]: parse_eml(CORPUS, row["file"]) for row in LABELS}


def test_header_is_exact() -> None:
    with (CORPUS / "labels.csv").open(encoding="utf-8") as fh:
        assert fh.readline().strip() == "file,kind,company,contact,language"


def test_labels_cover_every_file_once() -> None:
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.eml")}
    labelled = [row["file"] for row in LABELS]
    assert len(labelled) == len(set(labelled))
    assert set(labelled) == on_disk


def test_kinds_valid_and_match_folder() -> None:
    for row in LABELS:
        assert row["kind"] in KINDS, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_count_floors() -> None:
    counts = Counter(row["kind"] for row in LABELS)
    assert len(LABELS) >= 220
    for kind, floor in FLOORS.items():
        assert counts[kind] >= floor, (kind, counts[kind])


def test_languages_present_and_mixed() -> None:
    langs = Counter(row["language"] for row in LABELS)
    assert set(langs) == LANGUAGES
    assert 0.5 <= langs["en"] / len(LABELS) <= 0.7
    for kind in KINDS:  # every kind is represented in every language
        assert {r["language"] for r in LABELS if r["kind"] == kind} == LANGUAGES, kind


def test_every_message_parses_cleanly() -> None:
    for rel, msg in MESSAGES.items():
        assert not msg.defects, rel
        for part in msg.walk():
            assert not part.defects, rel
            if not part.is_multipart():
                part.get_content()  # decodes transfer encoding and charset
        assert msg["Message-ID"] and msg["From"] and msg["To"], rel
        assert parsedate_to_datetime(msg["Date"]).year == 2026, rel


def test_message_ids_unique() -> None:
    ids = [msg["Message-ID"] for msg in MESSAGES.values()]
    assert len(ids) == len(set(ids))


def test_job_mail_has_company_and_no_noreply_contact() -> None:
    for row in LABELS:
        if row["kind"] != "other":
            assert row["company"], row
        if row["contact"]:
            assert not NO_REPLY.search(row["contact"]), row
            assert row["contact"] != USER, row


def test_contact_appears_in_message() -> None:
    """A labelled contact is one the message itself offers: From, Reply-To, Cc or the text."""
    for row in LABELS:
        if not row["contact"]:
            continue
        msg = MESSAGES[row["file"]]
        headers = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To", "Cc")).lower()
        body = _all_text(msg).lower()
        assert row["contact"] in headers or row["contact"] in body, row


def test_users_own_mail_is_other() -> None:
    own = [rel for rel, msg in MESSAGES.items()
           if USER in [a for _, a in getaddresses([str(msg["From"])])]]
    assert len(own) >= 5
    for rel in own:
        row = next(r for r in LABELS if r["file"] == rel)
        assert row["kind"] == "other" and not row["contact"], row
        assert USER not in str(MESSAGES[rel]["To"])


def _all_text(msg: EmailMessage) -> str:
    return "\n".join(
        part.get_content() for part in msg.walk()
        if part.get_content_maintype() == "text" and not part.is_multipart()
    )


def _structures(msg: EmailMessage) -> set[str]:
    found: set[str] = set()
    parts = [p for p in msg.walk() if not p.is_multipart()]
    types = {p.get_content_type() for p in parts}
    if msg.get_content_type() == "text/plain":
        found.add("plain")
    if msg.get_content_type() == "text/html":
        found.add("html_only")
    if any(p.get_content_type() == "multipart/alternative" for p in msg.walk()):
        found.add("alternative")
    if "text/calendar" in types:
        found.add("calendar")
    for p in parts:
        cte = str(p.get("Content-Transfer-Encoding", "")).lower()
        found.add({"quoted-printable": "qp", "base64": "base64"}.get(cte, "other_cte"))
        charset = (p.get_content_charset() or "").lower()
        if charset in ("iso-8859-1", "windows-1252"):
            found.add(charset)
    return found


def _raw_headers(rel: str) -> str:
    data = (CORPUS / rel).read_bytes()
    return data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")


@pytest.mark.parametrize(
    "structure",
    ["plain", "html_only", "alternative", "calendar", "qp", "base64", "iso-8859-1",
     "windows-1252"],
)
def test_every_structure_present(structure: str) -> None:
    hits = [rel for rel, msg in MESSAGES.items() if structure in _structures(msg)]
    assert len(hits) >= 5, structure


def test_header_features_present() -> None:
    raw = {row["file"]: _raw_headers(row["file"]) for row in LABELS}
    encoded_subject = [r for r, h in raw.items() if re.search(r"^Subject: =\?", h, re.M)]
    encoded_name = [r for r, h in raw.items() if re.search(r"^From: =\?", h, re.M)]
    threaded = [r for r, m in MESSAGES.items() if m["In-Reply-To"] and m["References"]]
    listed = [r for r, m in MESSAGES.items() if m["List-Id"] or m["List-Unsubscribe"]]
    reply_to = [r for r, m in MESSAGES.items() if m["Reply-To"]]
    assert len(encoded_subject) >= 10
    assert len(encoded_name) >= 10
    assert len(threaded) >= 15
    assert len(listed) >= 10
    assert len(reply_to) >= 10


def test_reply_chains_quote_earlier_mail() -> None:
    quoted = re.compile(r"^(>|On .* wrote:|Am .* schrieb|Le .* a écrit|El .* escribió|From: )",
                        re.M)
    threaded = [r for r, m in MESSAGES.items() if m["In-Reply-To"]]
    for rel in threaded:
        assert quoted.search(_all_text(MESSAGES[rel])), rel


def test_ats_senders_present() -> None:
    domains = Counter()
    for msg in MESSAGES.values():
        for _, addr in getaddresses([str(msg["From"])]):
            domains[addr.split("@")[-1]] += 1
    for ats in ("greenhouse-mail.io", "lever.co", "myworkday.com", "smartrecruiters.com",
                "icims.com", "ashbyhq.com", "teamtailor.com", "personio.de"):
        assert any(d.endswith(ats) for d in domains), ats


def test_committed_files_match_generator() -> None:
    """The .eml files are exactly what make_corpus.py writes, so edits go through the script."""
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    sys.path.insert(0, str(CORPUS))
    try:
        spec.loader.exec_module(module)
        scenarios = module.load_scenarios()
        counters: Counter[str] = Counter()
        for m in scenarios:
            counters[m.kind] += 1
            rel = f"{m.kind}/{counters[m.kind]:03d}_{m.scenario}.eml"
            assert (CORPUS / rel).read_bytes() == module.build(m, counters[m.kind]), rel
    finally:
        sys.path.remove(str(CORPUS))
        for name in [n for n in sys.modules if n == "make_corpus" or n.startswith("scenarios")]:
            del sys.modules[name]
