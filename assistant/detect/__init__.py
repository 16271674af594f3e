"""Understanding: what each email means (classify, extract) and which interviews exist.

Imports `records`, `errors`, `sources.mailparse` (to read an .eml file for `classify_file`)
and its own modules; no network, no clock. Public names: `classify`, `classify_file`,
`detect_language`, `extract`, `is_no_reply`, and `classify_batch` / `classify_files`
for mail read together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.detect.agency import named_agency
from assistant.detect.ats import is_no_reply
from assistant.detect.classify import classify, detect_language
from assistant.detect.company_cues import address_labels
from assistant.detect.extract import extract
from assistant.detect.known import (
    FullNames,
    guessed_from_address,
    learn,
    mail_writes,
    sender_names,
)
from assistant.errors import AssistantError
from assistant.records import Classification, Email, EmailKind
from assistant.sources.mailparse import parse_message

__all__ = ["classify", "classify_batch", "classify_file", "classify_files", "detect_language",
           "extract", "is_no_reply"]


def classify_file(
    path: str | Path,
    *,
    own_addresses: frozenset[str] = frozenset(),
    known_contacts: Mapping[str, str] | None = None,
    known_names: Mapping[str, str] | None = None,
) -> tuple[Email, Classification]:
    """Read one .eml file and classify it (the CLI's `classify` and the benchmark use this).

    Raises:
        OSError: the file cannot be read.
        ParseError: the file is not a message (empty, or no header at all).
    """
    raw = Path(path).read_bytes()
    email = parse_message(raw, key=str(path))
    return email, classify(email, own_addresses=own_addresses, known_contacts=known_contacts,
                           known_names=known_names)


def classify_batch(
    emails: Sequence[Email],
    *,
    own_addresses: frozenset[str] = frozenset(),
    known_contacts: Mapping[str, str] | None = None,
    known_names: Mapping[str, str] | None = None,
) -> list[Classification]:
    """Classify mail of one mailbox together, in the order given (date order, for a mailbox).

    What one message teaches names the others: how it spells the employer its addresses
    abbreviate names that employer's terse mail (`detect.known`), before or after it, and
    (with `known_contacts`) the recruiter it finds becomes the contact of its company. Mail
    read before a fuller spelling arrived is classified again with it: a few messages. A
    sender one message shows to be a recruitment agency is one in all of them, a name made
    up from a terse mail's address gives way to the one its sender's other mail writes, and a
    name other mail writes in full is given in full.

    Args:
        known_contacts: recruiters known by company name, which this batch adds to; None
            takes each message's contact from that message alone (the offline `classify`).
    """
    contacts = dict(known_contacts) if known_contacts is not None else None
    names = dict(known_names or {})
    agencies = frozenset(label for email in emails if (label := named_agency(email)))
    results: list[Classification] = []
    for email in emails:
        result = classify(email, own_addresses=own_addresses, known_contacts=contacts,
                          known_names=names, known_agencies=agencies)
        learn(names, email, result.company)
        if (contacts is not None and result.kind is not EmailKind.OTHER and result.company
                and result.contact):
            contacts[result.company] = result.contact
        results.append(result)
    for index, (email, result) in enumerate(zip(emails, results, strict=True)):
        if names and (result.company or result.kind is not EmailKind.OTHER) and any(
                names.get(label, result.company) != result.company
                for label in address_labels(email)):
            results[index] = classify(email, own_addresses=own_addresses,
                                      known_contacts=contacts, known_names=names,
                                      known_agencies=agencies)
    by_sender = sender_names(emails, [result.company for result in results], known_contacts)
    for index, (email, result) in enumerate(zip(emails, results, strict=True)):
        name = by_sender.get(email.sender.email.lower()) if email.sender else None
        if name and guessed_from_address(email, result.company):
            results[index] = replace(result, company=name)
    # Job mail's names only: a forwarded posting's "Corvane Internal Mobility" is no fuller
    # name of the employer, and would make "Corvane" ambiguous.
    written = FullNames({result.company for email, result in zip(emails, results, strict=True)
                         if result.company and result.kind is not EmailKind.OTHER
                         and mail_writes(email, result.company)}
                        | set(names.values()))
    for index, result in enumerate(results):
        if result.company:
            fuller = written.of(result.company)
            if fuller != result.company:
                results[index] = replace(result, company=fuller)
    return results


def classify_files(
    paths: Iterable[Path], *, own_addresses: frozenset[str] = frozenset()
) -> list[tuple[Path, Classification | OSError | AssistantError]]:
    """Classify .eml files given together as mail of one mailbox (`classify_batch`): each
    file's result, or why it could not be read, in the order given."""
    read: list[tuple[Path, Email | OSError | AssistantError]] = []
    for path in paths:
        try:
            read.append((path, parse_message(path.read_bytes(), key=str(path))))
        except (OSError, AssistantError) as exc:
            read.append((path, exc))
    emails = [item for _, item in read if isinstance(item, Email)]
    found = iter(classify_batch(emails, own_addresses=own_addresses))
    return [(path, next(found) if isinstance(item, Email) else item) for path, item in read]
