"""Sanity checks for the sixty-seventh labelled corpus (tests/corpus_sixtyseventh).

Guards the labels, not the classifier: every file labelled once, kinds and languages valid,
every message parses, and each contact is a human address that really appears in its message.
Imports only tests/corpus_common.py and the standard library.
"""

from __future__ import annotations

from collections import Counter
from email.utils import getaddresses
from pathlib import Path

from tests.corpus_common import KINDS, LANGUAGES, for_each, parse_eml, read_labels

ROOT = Path(__file__).parent / "corpus_sixtyseventh"
ME = "jana.wa@example.ch"
NOREPLY = (
    "noreply", "no-reply", "donotreply", "do-not-reply", "do_not_reply",
    "notification", "mailer-daemon",
)
LEGAL_FORMS = (" AG", " GmbH", " Ltd", " S.A.", " SA", " SAS", " S.L.", " Inc", " LLC", " Pvt")
ROWS = read_labels(ROOT)


def _header_addresses(rel: str) -> set[str]:
    message = parse_eml(ROOT, rel)
    fields = [str(v) for name in ("From", "Reply-To", "Cc") for v in message.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(fields) if addr}


def test_every_file_is_labelled_exactly_once() -> None:
    on_disk = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*.eml"))
    labelled = [row["file"] for row in ROWS]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def test_kinds_languages_and_folders_agree() -> None:
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["language"] in LANGUAGES, row
        assert row["file"].split("/")[0] == row["kind"], row


def test_size_and_mix_match_the_brief() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    languages = Counter(row["language"] for row in ROWS)
    assert len(ROWS) >= 140
    assert set(kinds) == KINDS
    assert kinds["other"] >= 40 and kinds["rejection"] >= 25
    assert languages["de"] > len(ROWS) * 0.4
    assert min(languages.values()) >= 10


@for_each(ROWS)
def test_message_parses_with_a_readable_body(row: dict[str, str]) -> None:
    message = parse_eml(ROOT, row["file"])
    assert message["From"] and message["Message-ID"] and message["Date"]
    assert message["Date"].datetime.year == 2026
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None
    assert len(body.get_content().strip()) > 20


@for_each(ROWS)
def test_contact_is_human_and_present(row: dict[str, str]) -> None:
    contact = row["contact"].lower()
    if not contact:
        return
    assert contact != ME
    assert not any(marker in contact.split("@")[0] for marker in NOREPLY), contact
    raw = (ROOT / row["file"]).read_bytes()
    assert contact in _header_addresses(row["file"]) or contact.encode() in raw


def test_company_only_on_job_mail_and_without_legal_form() -> None:
    for row in ROWS:
        company = row["company"]
        if row["kind"] != "other":
            assert company, f"{row['file']}: job mail needs a company"
        assert not company.endswith(LEGAL_FORMS), row


def test_own_sent_mail_has_no_contact() -> None:
    own = [row for row in ROWS if parse_eml(ROOT, row["file"])["From"].addresses[0].addr_spec == ME]
    assert own, "the corpus should hold some of the candidate's own mail"
    assert all(row["kind"] == "other" and not row["contact"] for row in own)
