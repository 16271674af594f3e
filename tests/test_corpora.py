"""Sanity checks shared by the labelled corpora under tests/corpus_*/, one spec per corpus.

They guard the corpora, never the classifier: every file is labelled exactly once with a known
kind and language and sits in its kind's folder, every message parses as real mail (From, To,
Subject, a 2026 Date, Message-ID, no defects, readable text), company is labelled on job mail
only and without a legal form, a contact is a human address the message offers and never the
candidate, and the candidate's own sent mail is `other` without a contact. What differs between
corpora (candidate, size, kind and language mix, the words that mark a robot sender or a legal
form, where a contact must be found, a few corpus-specific rules) is a field of CorpusSpec.

A corpus not listed here keeps its own tests/test_corpus_<name>.py, whose one-message checks
run over every row inside one test (`corpus_common.for_each`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from functools import cache
from pathlib import Path

import pytest

from tests.corpus_common import (
    KINDS,
    LANGUAGES,
    addresses,
    check_each,
    parse_eml,
    read_labels,
    visible_text,
)

TESTS = Path(__file__).parent
Mix = Callable[[Counter[str], Counter[str], int], bool]  # (kinds, languages, rows) -> holds


@dataclass(frozen=True)
class CorpusSpec:
    name: str  # the folder tests/corpus_<name>
    candidate: str  # the mailbox owner: never a contact, her own mail is `other`
    not_human: re.Pattern[str]  # a contact matching this is a robot, not a person
    legal_form: re.Pattern[str]  # a company label must not end in one
    mix: Mix  # the kind and language mix the corpus's README promises
    min_files: int = 140
    # Where a contact must be found: "reply_to_first" (the Reply-To if there is one, else From),
    # or "visible" (a From/Reply-To/To/Cc address or the decoded text).
    contact_in: str = "reply_to_first"
    contact_in_raw: bool = True  # the contact also appears in the raw bytes of the file
    other_company_max: int = 0  # how many `other` messages may name a company
    other_has_no_contact: bool = False
    company_named_in_text: bool = False  # a word of the company is in the headers or text
    min_own: int = 1  # the least number of the candidate's own sent messages
    file_pattern: str | None = None  # every labelled path matches this in full
    # "job": job mail has the candidate in To or Cc; "all": all mail not sent by her has her in To
    to_candidate: str = ""
    dates: tuple[datetime, datetime] | None = None  # [first, last) instead of "in 2026"
    # On job mail without a contact, every From/Reply-To address matches this (a robot or ATS).
    no_contact_senders: re.Pattern[str] | None = None

    @property
    def root(self) -> Path:
        return TESTS / f"corpus_{self.name}"


def _re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


SPECS = [
    CorpusSpec(
        name="nineteenth",
        candidate="amara.okafor@example.org",
        not_human=_re(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|ne-pas-repondre|noresponder"
                      r"|notification|mailer-daemon", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.A\.|SA|AS|plc|Sp\. z o\.o\.)$"),
        mix=lambda k, lang, n: min(k.values()) >= 10 and lang["en"] / n < 0.75,
        min_own=3,
    ),
    CorpusSpec(
        name="twentieth",
        candidate="lucia.fernandez@example.com",
        not_human=_re(r"(no-?reply|do-?not-?reply|noresponder|ne-pas-repondre|notification|alert|"
                      r"newsletter|mailer)", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.A\.|SA|SL|S\.L\.|Inc|LLC|SAS|B\.V\.|AB|AS|PartGmbB)\.?$"),
        mix=lambda k, lang, n: 0.2 <= k["other"] / n <= 0.4,
        dates=(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 9, 1, tzinfo=UTC)),
    ),
    CorpusSpec(
        name="twentysixth",
        candidate="siobhan.murphy@example.com",
        not_human=_re(r"no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifications?@|"
                      r"alerts?@|mailer-daemon", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.A\.|AG|AB|DAC|Pte|Sp\. z o\.o\.)\.?$"),
        mix=lambda k, lang, n: True,
    ),
    CorpusSpec(
        name="thirtythird",
        candidate="karim.benali@example.net",
        not_human=_re(r"no-?reply|ne-?pas-?r[eé]pondre|noresponder|do-?not-?reply|mailer-daemon",
                      re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.?A\.?|SAS|plc|B\.V\.|AG|Inc)\.?$"),
        mix=lambda k, lang, n: (min(k.values()) >= 10 and k["other"] >= max(k.values()) - 1
                                and lang["fr"] > lang["en"] > lang["de"] >= 15),
        company_named_in_text=True,
    ),
    CorpusSpec(
        name="thirtyfifth",
        candidate="lucia.fernandez@example.org",
        not_human=_re(r"no-?reply|do-?not-?reply|donotreply|no-contestar|ne-pas-repondre|"
                      r"notifications?@|notificaciones@|mailer-daemon", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.A\.?|AG|LLP|S\.L\.U?)$"),
        mix=lambda k, lang, n: (min(k.values()) >= 10
                                and lang["es"] > lang["en"] > lang["fr"] > lang["de"] > 0),
    ),
    CorpusSpec(
        name="fortythird",
        candidate="mateo.salazar@example.net",
        not_human=_re(r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|"
                      r"no[-_.]contestar|noresponder|notification|mailer-daemon|alert|jobagent|"
                      r"calendar-)", re.I),
        legal_form=_re(r"\b(S\.?A\.?|S\.?L\.?|GmbH|AG|Ltd\.?|LLP|LLC|Inc\.?|SA|S\.C\.|Pvt\.?)$"),
        mix=lambda k, lang, n: (k["other"] >= 40 and k["rejection"] >= 25
                                and lang["es"] > lang["en"] > lang["fr"] > 0 and lang["de"] > 0),
        contact_in="visible",
    ),
    CorpusSpec(
        name="fortysixth",
        candidate="amadou.diallo@example.fr",
        not_human=_re(r"no-?reply|ne-?pas-?repondre|do-?not-?reply|notification|mailer-daemon|"
                      r"alert", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.?A\.?S?|SARL|Inc)\.?$"),
        mix=lambda k, lang, n: (k["rejection"] >= 25 and k["other"] >= 40
                                and lang["fr"] / n >= 0.45
                                and all(lang[x] >= 10 for x in ("en", "es", "de"))),
        min_files=150,
        contact_in="visible",
        contact_in_raw=False,
    ),
    CorpusSpec(
        name="fiftyfirst",
        candidate="aoife.bk@example.ie",
        not_human=_re(r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|"
                      r"notification|mailer-daemon|bounce|^alerts?@|jobalerts|"
                      r"calendar-notification|^dse@)", re.I),
        legal_form=_re(r"( GmbH| Ltd| Limited| S\.A\.| SAS| B\.V\.| plc| Inc| SpA| e\.V\.| ehf)$"),
        mix=lambda k, lang, n: (k["other"] >= 40 and k["rejection"] >= 25
                                and 0.5 <= lang["en"] / n <= 0.65),
        other_company_max=2,  # two out-of-office replies from a recruiter name her firm
    ),
    CorpusSpec(
        name="fiftyfifth",
        candidate="f.osterhagen@example.de",
        not_human=_re(r"no-?reply|do-?not-?reply|notifica|mailer-daemon|mailrobot|jobagent"
                      r"|alerts?@|inmail-hit", re.I),
        legal_form=_re(r"\b(GmbH|gGmbH|AG|Ltd|S\.A\.|SAS|SARL|e\. ?V\.|Pvt)\.?$"),
        mix=lambda k, lang, n: (k["other"] >= 40 and k["rejection"] >= 25
                                and lang["de"] > n * 0.4
                                and min(lang[x] for x in ("en", "fr", "es")) >= 10),
        other_has_no_contact=True,
        to_candidate="job",
        # The robot words above, or an applicant-tracking system's own domain.
        no_contact_senders=_re(
            r"no-?reply|do-?not-?reply|notifica|mailer-daemon|mailrobot|jobagent|alerts?@"
            r"|inmail-hit|@([\w.-]+\.)?(myworkday|successfactors|smartrecruiters|greenhouse-mail"
            r"|taleo|personio|softgarden|dvinci-mail|abacus-mail|umantis-mail|rexx-systems"
            r"|goodtime|teamtailor|lever)\.", re.I),
    ),
    CorpusSpec(
        name="sixtysecond",
        candidate="jordan.cw@example.com",
        not_human=_re(r"no-?reply|do-?not-?reply|donotreply|noresponder|ne-pas-repondre|"
                      r"notification|mailer-daemon", re.I),
        legal_form=_re(r"\b(GmbH|AG|KG|Ltd|Limited|LLC|Inc|S\.A\.|SA de CV|SAS|Pvt)\.?$"),
        mix=lambda k, lang, n: (lang["en"] > n / 2
                                and min(lang[x] for x in ("es", "de", "fr")) >= 10),
    ),
    CorpusSpec(
        name="sixtythird",
        candidate="lukas.bo@example.de",
        not_human=_re(r"no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|notification|"
                      r"mailer-daemon|alert|mailrobot", re.I),
        legal_form=_re(r"\b(GmbH|AG|SE|Ltd|S\.A\.|SAS|S\.L\.|Sp\. z o\.o\.)$"),
        mix=lambda k, lang, n: lang["de"] > lang["en"] > lang["fr"] > 0 and lang["es"] > 0,
    ),
    CorpusSpec(
        name="sixtyfourth",
        candidate="vale.ruiz@example.es",
        not_human=_re(r"no-?reply|do-?not-?reply|ne-pas-repondre|no-responder|notifica|mailer|"
                      r"alert", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.A\.|B\.V\.|AG|Inc)\.?$"),
        mix=lambda k, lang, n: (k["rejection"] >= 28 and k["other"] >= 45 and k["offer"] >= 8
                                and lang["es"] / n >= 0.45 and lang["fr"] >= 12
                                and lang["de"] >= 12),
        min_files=150,
    ),
    CorpusSpec(
        name="seventythird",
        candidate="dana.wo@example.com",
        not_human=_re(r"no-?reply|do-?not-?reply|noresponder|no-responder|ne-pas-repondre|"
                      r"nepasrepondre|notification|mailer-daemon|alert|jobagent|scheduling@", re.I),
        legal_form=_re(r"\b(GmbH|AG|Ltd|Pvt|Inc|LLC|S\.A\.|SAS|S\.A\. de C\.V\.|Co\., Ltd)\.?$"),
        mix=lambda k, lang, n: (min(k.values()) >= 10 and abs(lang["en"] / n - 0.6) <= 0.08
                                and min(lang[x] for x in ("es", "fr", "de")) >= 12),
        # `other` mail carries a company only for steps of a live application (see its README).
        other_company_max=6,
    ),
    CorpusSpec(
        name="seventyfourth",
        candidate="jonas.rl@example.at",
        not_human=_re(r"no-?reply|do-?not-?reply|no-?responder|ne-pas-repondre|notification|"
                      r"mailer-daemon", re.I),
        legal_form=_re(r"\b(GmbH|AG|SE|Ltd|S\.A\.|SAS|AB|KG)\.?$"),
        mix=lambda k, lang, n: (min(k.values()) >= 10
                                and lang["de"] > lang["en"] > lang["es"] > lang["fr"] >= 10),
        contact_in="visible",
        contact_in_raw=False,
    ),
    CorpusSpec(
        name="seventyninth",
        candidate="maelle.kb@example.be",
        not_human=_re(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|"
                      r"notification|mailer", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|S\.A\.|SA|AS|asbl|e\.V\.)$"),
        mix=lambda k, lang, n: (k["other"] >= 45 and k["rejection"] >= 25
                                and lang["fr"] > lang["en"] > lang["de"] > 0 and lang["es"] > 0),
        contact_in="visible",
        contact_in_raw=False,
        other_has_no_contact=True,
    ),
    CorpusSpec(
        name="eightieth",
        candidate="callum.nh@example.com.au",
        not_human=_re(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne-pas-repondre|no-?responder|"
                      r"notification", re.I),
        legal_form=_re(r"\b(GmbH|Ltd|Pty|S\.A\.|SAS|AG|LLP)\s*$"),
        mix=lambda k, lang, n: (lang["en"] / n > 0.6
                                and all(lang[x] >= 10 for x in ("fr", "es", "de"))),
    ),
    CorpusSpec(
        name="eightysecond",
        candidate="dorothea.lm@example.ch",
        not_human=_re(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|notification|"
                      r"mailrobot|mailer-daemon|bounce|alerts?@|jobagent@", re.I),
        legal_form=_re(r"\b(GmbH|gGmbH|AG|Ltd|S\.A\.|SA|A/S|B\.V\.|Pte|Inc|LLC|SE|SAS)\.?$"),
        mix=lambda k, lang, n: (min(k[x] for x in KINDS) >= 10 and k["other"] >= 45
                                and k["rejection"] >= 28 and lang["de"] / n >= 0.45
                                and min(lang[x] for x in ("en", "fr", "es")) >= 12),
        file_pattern=r"[a-z_]+/\d{3}_[a-z0-9_]+\.eml",
        to_candidate="all",
    ),
]

ROWS = {spec.name: read_labels(spec.root) for spec in SPECS}
SPEC_IDS = [spec.name for spec in SPECS]


@cache
def _message(name: str, rel: str) -> EmailMessage:
    return parse_eml(TESTS / f"corpus_{name}", rel)


def _is_own(spec: CorpusSpec, message: EmailMessage) -> bool:
    return (spec.candidate in addresses(message, "From")
            or spec.candidate in str(message["From"]).lower())


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_every_file_is_labelled_exactly_once(spec: CorpusSpec) -> None:
    on_disk = sorted(p.relative_to(spec.root).as_posix() for p in spec.root.rglob("*.eml"))
    labelled = [row["file"] for row in ROWS[spec.name]]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk
    assert len(on_disk) >= spec.min_files
    if spec.file_pattern:
        for rel in labelled:
            assert re.fullmatch(spec.file_pattern, rel), rel


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_kind_and_language_mix(spec: CorpusSpec) -> None:
    rows = ROWS[spec.name]
    kinds = Counter(row["kind"] for row in rows)
    languages = Counter(row["language"] for row in rows)
    assert set(kinds) == KINDS, "every kind is represented"
    assert set(languages) == LANGUAGES, "every language is represented"
    assert spec.mix(kinds, languages, len(rows)), (kinds, languages)


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_company_on_other_mail_is_rare_or_absent(spec: CorpusSpec) -> None:
    named = [row["file"] for row in ROWS[spec.name] if row["kind"] == "other" and row["company"]]
    assert len(named) <= spec.other_company_max, named


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_message_ids_are_unique(spec: CorpusSpec) -> None:
    ids = [_message(spec.name, row["file"])["Message-ID"] for row in ROWS[spec.name]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_the_candidates_own_mail_is_other_without_contact(spec: CorpusSpec) -> None:
    own = [row for row in ROWS[spec.name] if _is_own(spec, _message(spec.name, row["file"]))]
    assert len(own) >= spec.min_own, "the corpus holds some of the candidate's own sent mail"
    for row in own:
        assert row["kind"] == "other" and row["contact"] == "", row


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_every_message_parses_and_its_labels_follow_the_rules(spec: CorpusSpec) -> None:
    def check(row: dict[str, str]) -> None:
        message = _message(spec.name, row["file"])
        _check_message(spec, message)
        _check_labels(spec, row, message)

    check_each(ROWS[spec.name], check)


def _check_message(spec: CorpusSpec, message: EmailMessage) -> None:
    """Real mail: no defects, every part decodes, the usual headers, a dated readable body."""
    assert not message.defects, message.defects
    for part in message.walk():
        assert not part.defects, (part.get_content_type(), part.defects)
        if not part.is_multipart():
            part.get_content()  # the transfer encoding and charset decode
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[header], f"no {header}"
    sent = message["Date"].datetime
    if spec.dates:
        assert spec.dates[0] <= sent.astimezone(UTC) < spec.dates[1], sent
    else:
        assert sent.year == 2026, sent
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and len(body.get_content().strip()) > 40, "no readable text"


def _check_labels(spec: CorpusSpec, row: dict[str, str], message: EmailMessage) -> None:
    """The row's kind, language, company and contact agree with the rules and the message."""
    kind, company, contact = row["kind"], row["company"], row["contact"].lower()
    assert kind in KINDS and row["language"] in LANGUAGES
    assert Path(row["file"]).parent.name == kind, "a file sits in its kind's folder"
    # company: on job mail always, on `other` mail only where the spec allows (counted above)
    assert company == company.strip()
    if kind != "other":
        assert company, "job mail names its employer"
    assert not spec.legal_form.search(company), f"legal form in {company!r}"
    if company and spec.company_named_in_text:
        # Some employers show their name only in the domain ('pixelmare'), so one word will do.
        text = "\n".join([*map(str, message.values()), visible_text(message)]).lower()
        words = [w.lower() for w in re.findall(r"\w{3,}", company)]
        assert any(w in text for w in words), f"{company!r} appears nowhere"
    if kind == "other" and spec.other_has_no_contact:
        assert contact == "", "contact is labelled on job mail only"
    if spec.to_candidate == "all" and not _is_own(spec, message):
        assert spec.candidate in addresses(message, "To"), "mail is addressed to the candidate"
    if spec.to_candidate == "job" and kind != "other":
        assert spec.candidate in addresses(message, "To", "Cc"), "job mail is to the candidate"
    if not contact:
        if spec.no_contact_senders and kind != "other":
            for address in addresses(message, "From", "Reply-To"):
                assert spec.no_contact_senders.search(address), f"{address} could be the contact"
        return
    assert "@" in contact and contact != spec.candidate, contact
    assert not spec.not_human.search(contact), f"{contact} is not a human address"
    if spec.contact_in == "reply_to_first":
        reply_to = addresses(message, "Reply-To")
        assert contact in (reply_to or addresses(message, "From")), "Reply-To, else From"
    else:
        assert contact in visible_text(message), f"{contact} is nowhere in the message"
    if spec.contact_in_raw:
        assert contact.encode() in (spec.root / row["file"]).read_bytes().lower()
