"""What one employer's mail teaches about the next: how it spells the name its addresses
abbreviate, and the full form of a name other mail shortens.

Imports `records`, `detect.company` (the labels of a mail's addresses), `detect.names`,
`detect.spelling`, `detect.phrases` and `detect.places`; pure. A hiring manager's two-line
"Everything ok?" from marcus@driftwood.example names no company; the recruiter's earlier
invitation from the same domain signed "Driftwood AI". The pipeline (over a mailbox, in date
order) and `classify` (over the files given together) remember each spelling with `learn` and
pass the result to `classify` as `known_names`; between runs, the opportunities keep what
earlier mail taught (`known_names`). An agency's "Halewood" is the "Halewood Foods" its
employer's own mail writes (`FullNames`), and a person who signed for one employer once
writes for it in her terse mail too (`sender_names`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping

from assistant.detect.ats import employer_label, is_no_reply, registered_label
from assistant.detect.company_cues import address_labels, labels_of
from assistant.detect.names import UNIT, company_key
from assistant.detect.phrases import fold
from assistant.detect.places import is_place
from assistant.detect.spelling import Runs, cut_short, spell
from assistant.records import Email, Opportunity

logger = logging.getLogger(__name__)


def taught(email: Email, company: str | None) -> dict[str, str]:
    """The address labels of `email` that `company` spells out, with that spelling.

    Only a name the mail writes teaches: a name made up from an address label ("Driftwood"
    for driftwood.example) is a guess, and a client's name in an agency's mail spells none
    of the agency's labels.
    """
    if not company or not mail_writes(email, company, quoted=False):
        return {}
    runs = Runs(company)
    return {label: company for label in address_labels(email)
            if spell(label, runs)[1] or cut_short(label, company)}


def mail_writes(email: Email, company: str, *, quoted: bool = True) -> bool:
    """Whether `email` writes `company` (subject, sender's name or text, with or without its
    `quoted` reply chain), rather than the classifier making it up from an address label:
    only a written name can teach. A reply's quote is the candidate's own word for the
    employer ("the Pricing Analyst opening at Rookwood Retail"), but not the word of the
    employer whose addresses a name should spell. (Any occurrence counts, inside a longer
    word too, unlike `spelling.writes`.)"""
    text = email.text if quoted else email.new_text or email.text
    sender = email.sender.name if email.sender else ""
    return company in email.subject or company in sender or company in text


def learn(known: dict[str, str], email: Email, company: str | None) -> None:
    """Remember in `known` how `email` spells its address labels. A fuller form replaces a
    shorter one ("Driftwood" -> "Driftwood AI"); another name for a label already known is
    ignored: the first is as good a guess, and answers do not change under the user."""
    for label, name in taught(email, company).items():
        before = known.get(label)
        if before is None or (company_key(name).startswith(company_key(before))
                              and len(name) > len(before)):
            known[label] = name


def known_names(opportunities: Iterable[Opportunity]) -> dict[str, str]:
    """What the stored opportunities teach: each employer's name, for the labels of its mail
    domains that the name spells ("Driftwood AI" for driftwood.example)."""
    known: dict[str, str] = {}
    for opp in opportunities:
        runs = Runs(opp.company)
        for domain in opp.domains:
            label = employer_label(registered_label(domain))
            if spell(label, runs)[1] or cut_short(label, opp.company):
                known.setdefault(label, opp.company)
    return known


class FullNames:
    """The names other mail of the mailbox wrote, folded once and found by their first word:
    a mailbox's every message asks them (`of`)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
        for name in names:
            words = [fold(word) for word in name.split()]
            if words:
                self._by_first[words[0]].append((words, name))

    def of(self, name: str) -> str:
        """The one fuller form of `name`, else `name`: an agency's "Halewood" and a hiring
        manager's "Gantry" are "Halewood Foods" and "Gantry Systems" when the employers' own
        mail says so. People shorten a name, never lengthen it. Two fuller forms ("Greystone
        Analytics", "Greystone Property") leave it short, and so does a place ("Klinikum
        Spreebogen Berlin" is a branch, not a fuller name). Fuller forms that shorten one
        another ("Limmat Rail", "Limmat Rail Systems") are one name, the longest."""
        words = [fold(word) for word in name.split()]
        if not words:
            return name
        fuller: dict[str, tuple[list[str], str]] = {}  # by key: "X GmbH" and "X" are one
        for folded, other in self._by_first.get(words[0], ()):
            if (len(folded) > len(words) and folded[: len(words)] == words
                    and not any(_no_name(word) for word in folded[len(words):])):
                key = company_key(other)
                if key not in fuller or len(other) < len(fuller[key][1]):
                    fuller[key] = (folded, other)  # written "X", without the "GmbH"
        if not fuller:
            return name
        longest, written = max(fuller.values(), key=lambda form: len(form[0]))
        if all(longest[: len(folded)] == folded for folded, _ in fuller.values()):
            return written
        return name


def sender_names(emails: Iterable[Email], companies: Iterable[str | None],
                 known_contacts: Mapping[str, str] | None = None) -> dict[str, str]:
    """The employer each human sender's mail writes, by address: Lucy Hart at
    pennantbooks.example.co.uk signed "Pennant Publishing" once, so her terse "we tried
    calling" is Pennant Publishing too, though the name spells no "books". The contacts
    earlier runs knew (company -> address) count as such mail. A sender whose mail writes
    two employers (a recruiter with many clients) names none."""
    found: dict[str, str] = {}
    rivals: set[str] = set()
    written = [(address, company) for company, address in (known_contacts or {}).items()]
    for email, company in zip(emails, companies, strict=True):
        if email.sender and company and mail_writes(email, company, quoted=False):
            written.append((email.sender.email, company))
    for address, company in written:
        address = address.lower()
        if is_no_reply(address):
            continue
        before = found.setdefault(address, company)
        if company_key(before) != company_key(company):
            rivals.add(address)
    return {address: name for address, name in found.items() if address not in rivals}


def guessed_from_address(email: Email, company: str | None) -> bool:
    """Whether `company` is only the sender's address label made up into a name
    ("Pennantbooks"), written nowhere in the mail. The label of a forward's author is no
    guess: it is the news's source."""
    own = labels_of(email)[:2]
    return company is not None and not mail_writes(email, company) and (
        company_key(company) in {company_key(label) for label in own if label})


# What follows a name without lengthening it: a place ("Costa del Sol", "Lisbon Site"), a
# desk ("Helixa Diagnostics Scheduling"), its training unit ("Skerry Air Training Centre").
_DESK = frozenset({"site", "scheduling", "branch", "office", "campus", "plant", "planta",
                   "standort", "sede", "agence", "filiale", "academy", "akademie", "academie",
                   "training", "trainingszentrum", "schulungszentrum"})


def _no_name(word: str) -> bool:
    if not any(char.isalnum() for char in word):
        return False  # "&" joins a name's words
    return word in _DESK or is_place(word) or bool(UNIT.fullmatch(word))

