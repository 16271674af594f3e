"""What every labelled corpus under tests/corpus*/ shares: its label file and its messages.

The reading and a few helpers are here; the sanity checks every corpus shares run from
tests/test_corpora.py, driven by one spec per corpus.
"""

from __future__ import annotations

import csv
import email
import email.policy
import inspect
from collections.abc import Callable, Iterable
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import TypeVar

from assistant.records import EmailKind

Check = Callable[..., None]
T = TypeVar("T")

KINDS = frozenset(k.value for k in EmailKind)
LANGUAGES = frozenset({"en", "de", "fr", "es"})
HEADER = ["file", "kind", "company", "contact", "language"]


def read_labels(root: Path) -> list[dict[str, str]]:
    """The rows of root/labels.csv (header `file,kind,company,contact,language`)."""
    with (root / "labels.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == HEADER, f"{root}/labels.csv: header must be {HEADER}"
        return list(reader)


def parse_eml(root: Path, rel: str) -> EmailMessage:
    """One corpus message, parsed as a mail program would (the default policy)."""
    message = email.message_from_bytes((root / rel).read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def addresses(message: EmailMessage, *names: str) -> list[str]:
    """The lower-cased addresses in the named headers, in order (e.g. "Reply-To", "From")."""
    values = [str(value) for name in names for value in message.get_all(name, [])]
    return [addr.lower() for _, addr in getaddresses(values) if addr]


def visible_text(message: EmailMessage) -> str:
    """What a reader sees that names a person: From/Reply-To/To/Cc addresses and every text part,
    decoded and lower-cased."""
    parts = [part.get_content() for part in message.walk()
             if part.get_content_maintype() == "text"]
    return " ".join([*addresses(message, "From", "Reply-To", "To", "Cc"), *parts]).lower()


def for_each(items: Iterable[object]) -> Callable[[Check], Check]:
    """Turn a check of one message (its first parameter) into one test that checks every item
    and reports every failing one at once.

    A test per message made some 500 tests per corpus, and pytest's overhead per test, not the
    checks, took most of the suite's time. The other parameters stay pytest fixtures.
    """
    chosen = list(items)

    def decorate(check: Check) -> Check:
        signature = inspect.signature(check)
        first, *rest = signature.parameters.values()

        def test(**fixtures: object) -> None:
            check_each(chosen, lambda item: check(**{first.name: item}, **fixtures))

        test.__name__, test.__qualname__ = check.__name__, check.__qualname__
        test.__doc__, test.__module__ = check.__doc__, check.__module__
        test.__signature__ = signature.replace(parameters=rest)  # type: ignore[attr-defined]
        return test

    return decorate


def check_each(items: list[T], check: Callable[[T], None]) -> None:
    """Run `check` on every item, then fail naming every item that failed and why."""
    failures = []
    for item in items:
        try:
            check(item)
        except Exception as error:  # every failing item is reported
            failures.append(f"{_name_of(item)}: {type(error).__name__}: {error}")
    assert items, "nothing to check"
    assert not failures, "\n".join(failures)


def _name_of(item: object) -> str:
    return item["file"] if isinstance(item, dict) and "file" in item else str(item)
