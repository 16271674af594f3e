"""Sanity checks for the ninety-third labelled corpus (tests/corpus_ninetythird).

They guard the labels, not the classifier: every file labelled once, kinds and languages valid,
every message parseable, contacts human and present in the message, company only on job mail and
named in the message, calendar parts that agree with each other, threading headers on replies.
Imports only tests/corpus_common.py (a shared reader) and the standard library.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    for_each,
    parse_eml,
    read_labels,
    visible_text,
)

ROOT = Path(__file__).parent / "corpus_ninetythird"
CANDIDATE = "henrike.al@example.de"
NOT_HUMAN = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|benachrichtigung|"
                       r"mailer-daemon|alert|alerta|jobagent|jobmail|newsletter|boletin|avisos|"
                       r"scheduling|sendungsinfo|reiseinfo|warteschlange|kundenservice|updates@|"
                       r"registration|certificates|community@|greenhouse-mail|myworkday|"
                       r"smartrecruiters|softgarden|personio|icims|taleo|workablemail|"
                       r"teamtailor-mail|successfactors|bamboohr|ashbyhq|lever\.co|hirevue",
                       re.IGNORECASE)
LEGAL_FORM = re.compile(r"\b(GmbH|gGmbH|AG|KG|SA|S\.A\.|SAS|SARL|Ltd|Limited|Inc|LLC|LLP|"
                        r"S\.L\.|e\.V\.|DAC)\.?$")
ROWS = read_labels(ROOT)


def test_every_file_is_labelled_exactly_once() -> None:
    labelled = [row["file"] for row in ROWS]
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.eml"))
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == on_disk
    assert 160 <= len(labelled) <= 170


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row
    kinds = Counter(row["kind"] for row in ROWS)
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    languages = Counter(row["language"] for row in ROWS)
    assert 0.4 <= languages["de"] / len(ROWS) <= 0.6
    assert 0.2 <= languages["en"] / len(ROWS) <= 0.4
    assert all(languages[lang] >= 10 for lang in LANGUAGES)


@for_each(ROWS)
def test_message_parses_with_headers_and_text(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert not message.defects, message.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{row['file']}: no {name}"
    date = parsedate_to_datetime(message["Date"])
    assert date.year == 2026 and 1 <= date.month <= 10
    texts = [part.get_content() for part in message.walk() if part.get_content_type() in
             ("text/plain", "text/html")]
    assert texts and all(text.strip() for text in texts)


@for_each(ROWS)
def test_contact_is_a_human_reply_address_in_the_message(row: dict[str, str]) -> None:
    contact = row["contact"]
    message = parse_eml(ROOT, row["file"])
    if CANDIDATE in addresses(message, "From"):
        assert contact == "", "the candidate's own mail has no contact"
        assert row["kind"] == "other"
    if not contact:
        return
    assert contact == contact.lower() and contact != CANDIDATE
    assert not NOT_HUMAN.search(contact), contact
    assert contact in addresses(message, "Reply-To", "From"), "contact is Reply-To or sender"
    assert contact in visible_text(message)


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
        else:
            assert row["company"].strip() == row["company"] and row["company"], row
            assert not LEGAL_FORM.search(row["company"]), row


@for_each([r for r in ROWS if r["company"]])
def test_company_is_named_in_the_message(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    seen = html.unescape(" ".join([visible_text(message), str(message["From"]).lower(),
                                   str(message["Subject"]).lower()]))
    assert row["company"].lower() in seen, row


def test_message_ids_are_unique_and_replies_are_threaded() -> None:
    ids = []
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        ids.append(message["Message-ID"])
        subject = str(message["Subject"])
        if re.match(r"(re|aw|antw|réf|rv)\s*:", subject, re.IGNORECASE):
            assert message["In-Reply-To"] and message["References"], row["file"]
        if message["In-Reply-To"]:
            assert message["In-Reply-To"] in str(message["References"]), row["file"]
    assert len(ids) == len(set(ids))


def test_calendar_parts_agree() -> None:
    found: dict[str, list[tuple[str, str, str]]] = {}
    for row in ROWS:
        message = parse_eml(ROOT, row["file"])
        for part in message.walk():
            if part.get_content_type() != "text/calendar":
                continue
            text = re.sub(r"\r?\n[ \t]", "", part.get_content())  # unfold content lines
            method = re.search(r"^METHOD:(\w+)", text, re.MULTILINE)
            uid = re.search(r"^UID:(.+?)\r?$", text, re.MULTILINE)
            seq = re.search(r"^SEQUENCE:(\d+)", text, re.MULTILINE)
            assert method and uid and seq, row["file"]
            assert part.get_param("method") == method.group(1)
            found.setdefault(uid.group(1), []).append((method.group(1), seq.group(1), row["kind"]))
    methods = {m for events in found.values() for m, _, _ in events}
    assert {"REQUEST", "CANCEL"} <= methods
    for events in found.values():
        assert events[0][:2] == ("REQUEST", "0") and events[0][2] == "interview_invitation"
        for method, seq, kind in events[1:]:
            assert int(seq) >= 1 and kind == "interview_reschedule_or_cancel", (method, seq)
