"""Understanding: what each email means (classify, extract) and which interviews exist.

Imports `records`, `errors`, `sources.mailparse` (to read an .eml file for `classify_file`)
and its own modules; no network, no clock. Public names: `classify`, `classify_file`,
`detect_language`, `extract`, `is_no_reply`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from assistant.detect.ats import is_no_reply
from assistant.detect.classify import classify, detect_language
from assistant.detect.extract import extract
from assistant.records import Classification, Email
from assistant.sources.mailparse import parse_message

__all__ = ["classify", "classify_file", "detect_language", "extract", "is_no_reply"]


def classify_file(
    path: str | Path,
    *,
    own_addresses: frozenset[str] = frozenset(),
    known_contacts: Mapping[str, str] | None = None,
) -> tuple[Email, Classification]:
    """Read one .eml file and classify it (the CLI's `classify` and the benchmark use this).

    Raises:
        OSError: the file cannot be read.
        ParseError: the file is not a message (empty, or no header at all).
    """
    raw = Path(path).read_bytes()
    email = parse_message(raw, key=str(path))
    return email, classify(email, own_addresses=own_addresses, known_contacts=known_contacts)
