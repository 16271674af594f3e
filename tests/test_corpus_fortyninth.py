"""Sanity checks of the forty-ninth labelled corpus (tests/corpus_fortyninth/).

They guard the corpus itself, not the classifier: every file labelled once, labels well formed,
every message readable by a mail program, contacts that a person could reply to, dates and
threads that agree, and the committed files equal to what the generator writes.
"""

from __future__ import annotations

import collections
import re
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_fortyninth"
ROWS = read_labels(ROOT)
CANDIDATE = "camille.nguyen@example.fr"
NOT_HUMAN = re.compile(
    r"(no[-_.]?reply|ne[-_.]?pas[-_.]?repondre|donotreply|do[-_.]not[-_.]reply|no[-_.]responder"
    r"|notification|mailer-daemon|alert|jobagent|newsletter)",
    re.IGNORECASE,
)

# mail sent by an ATS or job board on an employer's behalf: not a person's mailbox
PLATFORM = re.compile(
    r"@([\w.-]+\.)?(myworkday|greenhouse-mail|taleo|successfactors|smartrecruiters|teamtailor-mail"
    r"|personio|recruitee-mail|goodtime-mail|flatchr|taleez|jobaffinity|hire\.lever|linkedin)\.",
    re.IGNORECASE,
)


def _message(rel: str) -> EmailMessage:
    return parse_eml(ROOT, rel)


def _text(message: EmailMessage) -> str:
    """Headers plus every decoded text part: where a reader would find an address."""
    chunks = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def test_labels_cover_every_file_once() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == files
    assert len(files) >= 140


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
        assert re.fullmatch(r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml", row["file"]), row


def test_proportions_are_those_of_the_brief() -> None:
    kinds = collections.Counter(row["kind"] for row in ROWS)
    assert kinds["rejection"] >= 25 and kinds["interview_invitation"] >= 20
    assert kinds["interview_reschedule_or_cancel"] >= 12 and kinds["missed_interview_notice"] >= 8
    assert kinds["application_received"] >= 15 and kinds["offer"] >= 8 and kinds["other"] >= 40
    languages = collections.Counter(row["language"] for row in ROWS)
    share = {lang: count / len(ROWS) for lang, count in languages.items()}
    assert 0.45 <= share["fr"] <= 0.55 and 0.20 <= share["en"] <= 0.30
    assert 0.12 <= share["de"] <= 0.18 and 0.08 <= share["es"] <= 0.12


def test_company_is_labelled_on_job_mail_only() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] != "", row
            legal_form = r"\b(GmbH|Ltd|S\.A\.?|SA|AG|SE|S\.L\.|SAS|Pvt)$"
            assert not re.search(legal_form, row["company"]), row


@for_each(ROWS)
def test_message_parses_with_the_headers_of_real_mail(row: dict[str, str]) -> None:
    message = _message(row["file"])
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    sent = parsedate_to_datetime(str(message["Date"]))
    assert datetime(2026, 1, 1, tzinfo=UTC) <= sent < datetime(2026, 11, 1, tzinfo=UTC)
    assert message.get_body(preferencelist=("plain", "html")) is not None
    people = getaddresses([str(message["To"]), str(message["From"])])
    addresses = [addr.lower() for _, addr in people]
    assert CANDIDATE in addresses, "job-search mail is to or from the candidate"


@for_each([r for r in ROWS if r["contact"]])
def test_contact_is_a_human_address_found_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", contact), contact
    assert not NOT_HUMAN.search(contact), contact
    assert contact.lower() != CANDIDATE
    message = _message(row["file"])
    assert contact.lower() in _text(message).lower()


def test_contact_follows_reply_to_then_sender() -> None:
    """A human Reply-To wins; else a human From; mail without either has no contact."""
    for row in ROWS:
        message = _message(row["file"])
        reply_to = [a.lower() for _, a in getaddresses([str(message.get("Reply-To", ""))]) if a]
        sender = next(a.lower() for _, a in getaddresses([str(message["From"])]) if a)
        human_reply = [a for a in reply_to if not NOT_HUMAN.search(a)]
        if human_reply:
            assert row["contact"] == human_reply[0], row
        elif sender == CANDIDATE or NOT_HUMAN.search(sender) or PLATFORM.search(sender):
            # the candidate's own mail, or a robot: at most a human named in the text
            assert row["contact"] != sender, row
        else:
            assert row["contact"] in {sender, ""}, row


def test_message_ids_are_unique_and_threads_point_back() -> None:
    ids = {}
    for row in ROWS:
        message = _message(row["file"])
        ids[str(message["Message-ID"])] = (row["file"], parsedate_to_datetime(str(message["Date"])))
    assert len(ids) == len(ROWS)
    linked = 0
    for row in ROWS:
        message = _message(row["file"])
        parent = message.get("In-Reply-To")
        if parent and str(parent) in ids:
            linked += 1
            assert ids[str(parent)][1] < parsedate_to_datetime(str(message["Date"])), row["file"]
    assert linked >= 15, "threads inside the corpus: replies to earlier messages"


def test_candidates_own_mail_is_other() -> None:
    own = [r for r in ROWS if CANDIDATE in str(_message(r["file"])["From"]).lower()]
    assert own and all(r["kind"] == "other" and r["contact"] == "" for r in own)


def test_structure_varies() -> None:
    seen = collections.Counter()
    for row in ROWS:
        message = _message(row["file"])
        seen[message.get_content_type()] += 1
        for part in message.walk():
            seen[str(part.get("Content-Transfer-Encoding", "")).lower()] += 1
            seen[str(part.get_content_charset() or "")] += 1
            if part.get_content_type() == "text/calendar":
                seen["calendar"] += 1
        raw = (ROOT / row["file"]).read_bytes()
        if re.search(rb"^(Subject|From):.*=\?iso-8859-1\?", raw, re.IGNORECASE | re.MULTILINE):
            seen["latin1-word"] += 1
        if message.get("List-Id"):
            seen["list"] += 1
    wanted = ("text/plain", "text/html", "multipart/alternative", "multipart/mixed", "base64",
              "quoted-printable", "iso-8859-1", "windows-1252", "calendar", "latin1-word", "list")
    for key in wanted:
        assert seen[key] >= 2, key


def test_committed_files_are_what_the_generator_writes() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import make_fortyninth
    finally:
        sys.path.remove(str(ROOT))
    files, rows = make_fortyninth.render()
    assert [r[0] for r in rows] == [row["file"] for row in ROWS]
    assert [[r["file"], r["kind"], r["company"], r["contact"], r["language"]] for r in ROWS] == rows
    for rel, data in files.items():
        assert (ROOT / rel).read_bytes() == data, rel
