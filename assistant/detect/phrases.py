"""A tiny phrase language for the classifier's lexicon, compiled to fast regular expressions.

Imports nothing from the project. Lexicon lines read like the mail they describe and are
matched on folded text (lower case, accents stripped, curly quotes straightened), so
"Nous avons bien reçu" and "nous avons bien recu" are the same:

    decided (not to|to not) (move|proceed) [forward] with your (application|candidacy)

- words are separated by any run of spaces, commas, hyphens or brackets;
- `(a b|c)` is a choice between word sequences, `[a b]` an optional one (both nest);
- `stem*` matches any word that starts with `stem`;
- `~` skips up to 3 words, `~N` up to N words (never across a sentence end).

Every phrase also gets the sets of words it cannot match without (one of each set), so the
matcher runs a regex only when they occur in the message: most phrases never run on most mail, which is
what keeps classification in the thousands of messages per second.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_SEP = r"[\s,\-–—/()\"«»]+"
_OPEN, _CLOSE = r"(?<![\w'])", r"(?![\w'])"  # word edges that treat "don't" as one word
_WORD_RE = re.compile(r"\w+(?:'\w+)*")
_TOKEN_RE = re.compile(r"\(|\)|\[|\]|\||~\d*|[^\s()\[\]|~]+")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("’"): "'", ord("‘"): "'", ord("ß"): "ss", ord("œ"): "oe",
                             ord("æ"): "ae", ord("\u00a0"): " ", ord("“"): '"', ord("”"): '"'}
    for code in range(0xC0, 0x180):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0]
        if base != char and base.isascii():
            table[code] = base.lower()
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case, strip Latin accents, straighten quotes: the form every phrase matches."""
    return text.lower().translate(_FOLD)


def words_of(folded: str) -> frozenset[str]:
    """The set of words in folded text, for the matcher's prefilter."""
    return frozenset(_WORD_RE.findall(folded))


@dataclass(frozen=True, slots=True)
class Phrase:
    """One compiled lexicon line."""

    source: str  # the line as written, for debugging
    weight: float
    regex: re.Pattern[str]
    required: tuple[frozenset[str], ...]  # one word of each set must occur for a match


class PhraseSyntaxError(ValueError):
    """A lexicon line does not parse; raised at import, so a typo never ships silently."""


class _Parser:
    """Recursive descent over the tokens of one phrase.

    Besides the regex, each element yields the words of which at least one must occur for it
    to match (None when a stem makes that unknowable); the matcher's prefilter checks them.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _TOKEN_RE.findall(fold(source))
        self.pos = 0

    def parse(self) -> tuple[str, tuple[frozenset[str], ...]]:
        body, required = self._sequence()
        if self.pos != len(self.tokens):
            raise PhraseSyntaxError(f"unbalanced brackets in {self.source!r}")
        return _OPEN + body + _CLOSE, tuple(required)

    def _sequence(self) -> tuple[str, list[frozenset[str]]]:
        parts: list[str] = []
        required: list[frozenset[str]] = []
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in (")", "]", "|"):
            token = self.tokens[self.pos]
            self.pos += 1
            if token == "(":
                piece, any_of = self._choice(")")
                parts.append(_SEP + f"(?:{piece})" if parts else f"(?:{piece})")
                if any_of is not None:
                    required.append(any_of)
            elif token == "[":
                if not parts:
                    raise PhraseSyntaxError(f"a phrase cannot start optional: {self.source!r}")
                piece, _ = self._choice("]")
                parts.append(f"(?:{_SEP}(?:{piece}))?")
            elif token.startswith("~"):
                count = int(token[1:] or 3)
                parts.append(rf"(?:{_SEP}[\w']+){{0,{count}}}")
            else:
                parts.append(_SEP + _word(token) if parts else _word(token))
                words = _WORD_RE.findall(token)
                if words and not token.endswith("*"):
                    required.append(frozenset(words[:1]))
        if not parts:
            raise PhraseSyntaxError(f"empty sequence in {self.source!r}")
        return "".join(parts), required

    def _choice(self, closer: str) -> tuple[str, frozenset[str] | None]:
        options: list[str] = []
        any_of: set[str] | None = set()
        while True:
            piece, required = self._sequence()
            options.append(piece)
            if any_of is not None:
                any_of = any_of | min(required, key=len) if required else None
            if self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
                self.pos += 1
                continue
            break
        if self.pos >= len(self.tokens) or self.tokens[self.pos] != closer:
            raise PhraseSyntaxError(f"missing {closer!r} in {self.source!r}")
        self.pos += 1
        return "|".join(options), (frozenset(any_of) if any_of is not None else None)


def _word(token: str) -> str:
    if token.endswith("*"):
        return re.escape(token[:-1]) + r"[\w']*"
    return re.escape(token)


def compile_phrase(line: str, weight: float) -> Phrase:
    """Compile one phrase; raises PhraseSyntaxError on a malformed line."""
    pattern, required = _Parser(line).parse()
    return Phrase(line, weight, re.compile(pattern), required)


def compile_any(alternatives: str) -> re.Pattern[str]:
    """One regex matching any of `|`-separated phrases (top level only; brackets nest)."""
    items, depth, current = [], 0, []
    for char in alternatives.replace("\n", " "):
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    bodies = [_Parser(item).parse()[0][len(_OPEN) : -len(_CLOSE)] for item in items if item]
    return re.compile(_OPEN + "(?:" + "|".join(bodies) + ")" + _CLOSE)


def compile_table(block: str) -> tuple[Phrase, ...]:
    """Compile a block of `weight | phrase` lines (blank lines and `#` comments skipped)."""
    phrases = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        weight_text, sep, phrase = line.partition("|")
        if not sep:
            raise PhraseSyntaxError(f"missing 'weight |' in {line!r}")
        phrases.append(compile_phrase(phrase.strip(), float(weight_text)))
    return tuple(phrases)


def find(phrases: tuple[Phrase, ...], folded: str, words: frozenset[str]) -> list[
    tuple[Phrase, re.Match[str]]
]:
    """Every phrase that occurs in `folded`, with its first match (prefiltered by `words`)."""
    found = []
    for phrase in phrases:
        if all(not group.isdisjoint(words) for group in phrase.required):
            match = phrase.regex.search(folded)
            if match:
                found.append((phrase, match))
    return found
