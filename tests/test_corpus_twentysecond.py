"""Sanity checks for the twenty-second labelled corpus (tests/corpus_twentysecond/).

They guard the corpus itself, not the classifier: every message is labelled once, parses as a
mail program would read it, and its labels follow the rules in the corpus README (contact is the
Reply-To or the human sender, never a no-reply address nor the candidate; company only on job
mail). Imports only the shared corpus reader and the corpus's own generator.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from email.utils import getaddresses, parseaddr
from pathlib import Path
from types import ModuleType

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_twentysecond"
ME = "camille.dubois@example.com"
ROWS = read_labels(ROOT)
_NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|notification|mailer-daemon|jobalerts?@|alert@",
    re.IGNORECASE,
)
_LEGAL_FORMS = re.compile(r"\b(GmbH|Ltd|LLP|S\.?A\.?|SAS|B\.V\.|a\.s\.|Inc|Pvt|KG|plc)\.?$")


def _generator() -> ModuleType:
    name = "corpus_twentysecond_generator"
    spec = importlib.util.spec_from_file_location(name, ROOT / "make_twentysecond.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve string annotations through sys.modules while the class is built.
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def test_labels_cover_every_file_exactly_once() -> None:
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= 140


def test_kinds_and_languages_are_valid_and_match_folders() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_every_kind_and_language_is_represented() -> None:
    kinds = {row["kind"] for row in ROWS}
    languages = [row["language"] for row in ROWS]
    assert kinds == set(KINDS)
    assert set(languages) == {"en", "fr", "de", "es"}
    assert languages.count("fr") > languages.count("en") > languages.count("es")


@for_each(ROWS)
def test_message_parses_with_headers_and_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["Message-ID"] and message["Subject"] is not None
    assert message["Date"].datetime.year == 2026
    sender = parseaddr(str(message["From"]))[1].lower()
    recipients = [a.lower() for _, a in getaddresses([str(message["To"])])]
    assert sender == ME or ME in recipients, "job mail is addressed to the candidate"
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 40


@for_each(ROWS)
def test_contact_is_a_human_reply_address_from_the_headers(row: dict[str, str]) -> None:
    contact = row["contact"]
    if not contact:
        return
    message = parse_eml(ROOT, row["file"])
    assert contact.lower() != ME
    assert not _NO_REPLY.search(contact), contact
    reply_to = parseaddr(str(message.get("Reply-To", "")))[1].lower()
    sender = parseaddr(str(message["From"]))[1].lower()
    assert contact.lower() in {reply_to, sender}, "contact is the Reply-To or the sender"
    assert contact.lower().encode() in (ROOT / row["file"]).read_bytes().lower()


def test_company_is_labelled_on_job_mail_only_without_legal_form() -> None:
    for row in ROWS:
        if row["kind"] == "other":
            assert row["company"] == "", row
            assert row["contact"] == "", row
        else:
            assert not _LEGAL_FORMS.search(row["company"]), row
    job_rows = [row for row in ROWS if row["kind"] != "other"]
    named = [row for row in job_rows if row["company"]]
    assert len(named) >= len(job_rows) - 2, "only an agency hiding its client may leave it empty"


def test_the_candidates_own_mail_is_labelled_other() -> None:
    own = [row for row in ROWS
           if parseaddr(str(parse_eml(ROOT, row["file"])["From"]))[1].lower() == ME]
    assert len(own) >= 3
    assert all(row["kind"] == "other" for row in own)


def test_generator_reproduces_the_committed_files_and_labels() -> None:
    generator = _generator()
    assert len(generator.MESSAGES) == len(ROWS)
    for index, (msg, row) in enumerate(zip(generator.MESSAGES, ROWS, strict=True), start=1):
        assert row["file"] == f"{msg.kind}/{index:03d}_{msg.scenario}.eml"
        assert [row["kind"], row["company"], row["contact"], row["language"]] == [
            msg.kind, msg.company, msg.contact, msg.lang]
        assert generator.render(msg, index) == (ROOT / row["file"]).read_bytes(), row["file"]


def test_calendar_parts_and_encodings_are_varied() -> None:
    raw = [(ROOT / row["file"]).read_bytes() for row in ROWS]
    assert sum(b"text/calendar" in r for r in raw) >= 6
    for marker in (b"quoted-printable", b"base64", b"iso-8859-1", b"windows-1252",
                   b"=?utf-8?", b"multipart/alternative", b"text/html"):
        assert sum(marker in r for r in raw) >= 5, marker
