"""The form of an employer's chosen name that a person would write: the longest one the mail
writes ("Orbitline Satellites" for "Orbitline"), with a leading "The" when the mail writes it
as part of the name ("The Grange Hotel").

Imports `detect.lexicon` (stop words), `detect.names` (name words, team words) and
`detect.phrases` (folding); pure. `detect.company` calls `written_form` on the name its cues
chose.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict

from assistant.detect.lexicon import STOP_WORDS
from assistant.detect.names import NOT_NAMES, TEAM, W, clean
from assistant.detect.phrases import fold

logger = logging.getLogger(__name__)


def written_form(name: str, text: str) -> str:
    """`name` as `text` writes it in full (see the module docstring)."""
    return _with_article(_fuller(name, text), text)


_STOPS = frozenset(w for words in STOP_WORDS.values() for w in words)


def _fuller(name: str, text: str) -> str:
    """The longest form of a short `name` that `text` writes: "Orbitline" is "Orbitline
    Satellites" when the mail says so once. People shorten a name after writing it in full;
    the full form is what a person writes in a list of applications.

    Capitalized words that follow the name on its line extend it, not a shouted word
    ("LOVED"), a stop word ("Sie") or a word that is never a name ("Team").
    """
    if len(name.split()) > 2 or name not in text:
        return name
    forms: dict[str, int] = defaultdict(int)
    for found in re.finditer(rf"(?<!\w){re.escape(name)}((?:[ \t]+{W}){{1,2}})", text):
        extra = []
        for word in found.group(1).split():
            folded = fold(word)
            if (word.isupper() and len(word) > 1) or folded in NOT_NAMES or folded in _STOPS:
                break
            extra.append(word)
        fuller = clean(" ".join([name, *extra])) if extra else None
        if fuller:
            forms[fuller] += 1
    return max(forms, key=lambda f: (forms[f], len(f))) if forms else name


_TEAM_AFTER = re.compile(rf"[ \t]+(?i:{TEAM}|team)\b")


def _with_article(name: str, text: str) -> str:
    """"The Grange Hotel" when the mail writes the article as part of the name: capitalized
    after a signature's separator or at the start of a line, not "the Acme team"."""
    if f"The {name}" not in text:
        return name  # most mail: no need to scan it with the pattern below
    for found in re.finditer(rf"(?:^|[,|–·:]|\s[-–]|\bat)[ \t]*The {re.escape(name)}\b",
                             text, re.MULTILINE):
        if not _TEAM_AFTER.match(text, found.end()):
            return f"The {name}"
    return name
