"""A tiny phrase language for the classifier's lexicon, compiled to fast regular expressions.

Imports nothing from the project. Lexicon lines read like the mail they describe and are
matched on folded text (lower case, accents stripped, curly quotes straightened), so
"Nous avons bien reçu" and "nous avons bien recu" are the same:

    decided (not to|to not) (move|proceed) [forward] with your (application|candidacy)

- words are separated by any run of spaces, commas, colons, hyphens or brackets ("Status:
  rejected" reads as "status rejected");
- `(a b|c)` is a choice between word sequences, `[a b]` an optional one (both nest);
- `stem*` matches any word that starts with `stem`;
- `~` skips up to 3 words, `~N` up to N words (never across a sentence end).

Every phrase also gets the sets of words it cannot match without (one of each set), so the
matcher runs a regex only when they occur in the message: most phrases never run on most
mail, which is what keeps classification in the thousands of messages per second.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_SEP = r"[\s,:\-–—/()\"«»]+"
# Word edges that treat "don't" as one word. The left edge is checked outside the regex: a
# pattern that starts with a look-behind cannot use the engine's fast scan for its first
# characters, and phrase searches run about 2.5 times faster without it.
_CLOSE = r"(?![\w'])"
_WORD_CHAR = re.compile(r"[\w']")
# Possessive (`++`, `*+`): nothing follows a word to give characters back to, and the engine
# keeps no backtracking state for it (words are found 12-15% faster; the same words).
_WORD_RE = re.compile(r"\w++(?:'\w++)*+")
# The same words in ASCII text, where `\w` is [A-Za-z0-9_]: a class the engine tests from a
# bitmap finds them ~20% faster than the Unicode category test (most folded mail is ASCII).
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9_]++(?:'[A-Za-z0-9_]++)*+")
_TOKEN_RE = re.compile(r"\(|\)|\[|\]|\||~\d*|[^\s()\[\]|~]+")


def _build_fold_table(*, lower: bool = True) -> dict[int, str]:
    table: dict[int, str] = {ord("’"): "'", ord("‘"): "'", ord("ß"): "ss", ord("œ"): "oe",
                             ord("æ"): "ae", ord("\u00a0"): " ", ord("“"): '"', ord("”"): '"'}
    # Letters with no decomposition that addresses spell in ASCII all the same: "Wisła" is
    # "wisla", "Ørsted" "orsted", "Đaković" "dakovic", "Işık" "isik".
    for letter, base in ("łl", "ŁL", "øo", "ØO", "đd", "ĐD", "ıi", "ħh", "ĦH", "ŧt", "ŦT"):
        table[ord(letter)] = base.lower() if lower else base
    for code in range(0xC0, 0x180):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0]
        if base != char and base.isascii():
            table[code] = base.lower() if lower else base
    return table


def translator(table: dict[int, str]) -> Callable[[str], str]:
    """`str.translate(table)`, faster. `translate` looks every character of a text that is
    not pure ASCII up in the table (20 µs for a short mail with one curly quote, and mail is
    folded many times over); a regex finds only the few characters the table changes."""
    chars = {chr(code): new for code, new in table.items()}
    pattern = re.compile("[" + "".join(re.escape(char) for char in chars) + "]")

    def replace(found: re.Match[str]) -> str:
        return chars[found.group()]

    def translate(text: str) -> str:
        return text if text.isascii() else pattern.sub(replace, text)

    return translate


_fold = translator(_build_fold_table())
_unaccent = translator(_build_fold_table(lower=False))


def unaccent(text: str) -> str:
    """`fold` without lower-casing: for checks where case matters ("Prêt" is "Pret")."""
    return _unaccent(text)


def fold(text: str) -> str:
    """Lower-case, strip Latin accents, straighten quotes: the form every phrase matches."""
    return _fold(text.lower())


def finditer_from(
    pattern: re.Pattern[str], starts: tuple[str, ...], text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with one of the words `starts`
    (lower case; the pattern matches them in any case), much faster.

    The engine cannot skip ahead to a case-insensitive alternation, so it tries the pattern
    at every position; `str.find` finds the few places where one of the words occurs in
    `lowered` (`text.lower()`), and the pattern is tried there only. With no `starts`, or
    when lower-casing moved positions, this is plain `finditer`.
    """
    if not starts or len(lowered) != len(text):
        yield from pattern.finditer(text)
        return
    positions = set()
    for word in starts:
        position = lowered.find(word)
        while position >= 0:
            positions.add(position)
            position = lowered.find(word, position + 1)
    end = 0
    for position in sorted(positions):
        if position >= end:
            found = pattern.match(text, position)
            if found:
                end = max(found.end(), found.start() + 1)
                yield found


# The line break after a line of 50 characters or more (a line this long that ends without a
# blank line was wrapped by a mailer), unless the line ends with a colon ("Options:"
# introduces a block), before text. A line that starts with a digit continues the sentence
# ("scheduled on\n28-Apr at 11:00") unless it is a numbered item ("1. ", "2) ").
# (The line's length is looked behind from the break: a pattern that opens with the break
# lets the engine skip to it; each break it takes is a space, with no call back into Python.)
# (A German date opens with its day and a stop, "27. März": no numbered item.)
_WRAP = re.compile(r"\n(?<=[^\n]{49}[^\n:]\n)(?=[^\s>*•\-–|\d]|\d+(?![.)\d])|\d{1,2}\.[^\S\n]?"
                   r"(?i:jan|jän|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez))")


def unwrap(text: str) -> str:
    """Join lines a mailer wrapped mid-sentence, so a sentence is read whole.

    Plain-text mail is wrapped at 72-78 characters: "we would like to meet you for an
    interview on Thursday, November 19,\nfrom 1:00" is one sentence. A long line followed by
    text is a wrap; a short line (a greeting, a signature, a list item) and a line that starts
    a list, a quote or a number stays a line of its own.
    """
    return _WRAP.sub(" ", text)


def has_all(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `text` has a word of each group (plain substring tests: faster than a regex,
    and than `all(any(...))`, which builds a generator per group)."""
    for group in groups:
        for word in group:
            if word in text:
                break
        else:
            return False
    return True


def words_of(folded: str) -> frozenset[str]:
    """The set of words in folded text, for the matcher's prefilter, with the word after an
    elided article ("l'entretien" holds "entretien")."""
    words = set(_WORD_RE.findall(folded))
    if "'" in folded:
        _add_elided(words)
    return frozenset(words)


def _elided(word: str) -> str:
    """The word after an elided article ("entretien" of "l'entretien"), else ""."""
    head, _, tail = word.partition("'")
    return tail if head in _ELISIONS else ""


def _add_elided(words: set[str]) -> None:
    """Add to `words` the word after each elided article among them."""
    words.update([tail for word in words if "'" in word and (tail := _elided(word))])


@dataclass(frozen=True, slots=True)
class Phrase:
    """One compiled lexicon line."""

    source: str  # the line as written, for debugging
    weight: float
    regex: re.Pattern[str]  # without the left word edge: use `search`
    required: tuple[frozenset[str], ...]  # one word of each set must occur for a match
    # For each part whose words are unknowable (a stem, a choice with one), the texts one of
    # which the folded mail must contain: the matcher skips the regex when one lacks all.
    needles: tuple[tuple[str, ...], ...] = ()
    tag: str = ""  # what the phrase is evidence of, when tables are merged

    def search(self, folded: str) -> re.Match[str] | None:
        """The first match in `folded` that starts a word, else None."""
        position = 0
        while True:
            match = self.regex.search(folded, position)
            if match is None:
                return None
            start = match.start()
            if start == 0 or not _WORD_CHAR.match(folded, start - 1) or _after_elision(
                    folded, start):
                return match
            position = start + 1


def _after_elision(folded: str, start: int) -> bool:
    """Whether the word at `start` follows an elided article: "l'entretien est reporté"
    starts with "entretien" as much as "un entretien" does."""
    if folded[start - 1] != "'":
        return False
    for begin in range(max(0, start - 8), start - 1):
        if folded[begin:start - 1] in _ELISIONS and (
                begin == 0 or not _WORD_CHAR.match(folded, begin - 1)):
            return True
    return False


class PhraseSyntaxError(ValueError):
    """A lexicon line does not parse; raised at import, so a typo never ships silently."""


class _Parser:
    """Recursive descent over the tokens of one phrase.

    Besides the regex, each element yields the words of which at least one must occur for it
    to match (None when a stem makes that unknowable); the matcher's prefilter checks them.
    Each element also yields the texts one of which the folded mail must contain (a stem
    writes its letters, a choice one of its options' texts): for the elements whose words
    are unknowable, these are the prefilter's substring tests (`Phrase.needles`).
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _TOKEN_RE.findall(fold(source))
        self.pos = 0

    def parse(self) -> tuple[str, tuple[frozenset[str], ...], tuple[tuple[str, ...], ...]]:
        """The regex, the required word groups and the substring groups (`Phrase`)."""
        body, required, needles = self._sequence()
        if self.pos != len(self.tokens):
            raise PhraseSyntaxError(f"unbalanced brackets in {self.source!r}")
        # Most selective first (long words are rare), so the prefilter stops early.
        required.sort(key=lambda group: -min(len(w) for w in group))
        unknown = tuple(tuple(sorted(group)) for group, covered in needles if not covered)
        return body + _CLOSE, tuple(required), unknown

    def _sequence(self) -> tuple[str, list[frozenset[str]], list[tuple[frozenset[str], bool]]]:
        """The regex of a sequence, its required word groups, and the substring group of each
        element it cannot match without (with whether a word group covers it)."""
        parts: list[str] = []
        required: list[frozenset[str]] = []
        needles: list[tuple[frozenset[str], bool]] = []
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in (")", "]", "|"):
            item = self.tokens[self.pos]
            self.pos += 1
            if item == "(":
                piece, any_of, texts = self._choice(")")
                parts.append(_SEP + _ELIDED + f"(?:{piece})" if parts else f"(?:{piece})")
                if any_of is not None:
                    required.append(any_of)
                if texts is not None:
                    needles.append((texts, any_of is not None))
            elif item == "[":
                if not parts:
                    raise PhraseSyntaxError(f"a phrase cannot start optional: {self.source!r}")
                piece, _, _ = self._choice("]")
                parts.append(f"(?:{_SEP}{_ELIDED}(?:{piece}))?")
            elif item.startswith("~"):
                count = int(item[1:] or 3)
                # "11:00" is one word, and so is a German date, "4.11." ("auf Mittwoch,
                # 4.11., 11 Uhr schieben") or a day, "23." ("vom 23. April absagen"): their
                # dots end no sentence.
                parts.append(rf"(?:{_SEP}[\w':]+(?:\.(?:\d{{1,2}}\.(?:\d{{2,4}}\b)?"
                             rf"|(?<=\b\d\.)|(?<=\b\d\d\.)))?){{0,{count}}}")
            else:
                parts.append(_SEP + _ELIDED + _word(item) if parts else _word(item))
                words = _WORD_RE.findall(item)
                stem = item.endswith("*")
                if words and not stem:
                    required.append(frozenset(words[:1]))
                needles.append((frozenset({item.rstrip("*")}), bool(words) and not stem))
        if not parts:
            raise PhraseSyntaxError(f"empty sequence in {self.source!r}")
        return "".join(parts), required, needles

    def _choice(self, closer: str) -> tuple[str, frozenset[str] | None, frozenset[str] | None]:
        """A choice's regex, its required words and its texts: one of each option's."""
        options: list[str] = []
        any_of: set[str] | None = set()
        texts: set[str] | None = set()
        while True:
            piece, required, needles = self._sequence()
            options.append(piece)
            if any_of is not None:
                any_of = any_of | min(required, key=_selectivity) if required else None
            if texts is not None:
                texts = texts | min((g for g, _ in needles), key=_selectivity) if needles else None
            if self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
                self.pos += 1
                continue
            break
        if self.pos >= len(self.tokens) or self.tokens[self.pos] != closer:
            raise PhraseSyntaxError(f"missing {closer!r} in {self.source!r}")
        self.pos += 1
        return ("|".join(options), frozenset(any_of) if any_of is not None else None,
                frozenset(texts) if texts is not None else None)


def _selectivity(group: Collection[str]) -> tuple[int, int]:
    """Sort key of an option's required word groups, most selective first: fewest words,
    then the longest shortest word. A choice's option keeps one group for the prefilter, and
    "(newsletter|in this issue)" that keeps "in" lets the phrase's regex run on almost every
    mail; "issue" spares it most."""
    return len(group), -min(len(w) for w in group)


def _word(token: str) -> str:
    if token.endswith("*"):
        return re.escape(token[:-1]) + r"[\w']*"
    return re.escape(token)


def compile_phrase(line: str, weight: float, tag: str = "") -> Phrase:
    """Compile one phrase; raises PhraseSyntaxError on a malformed line."""
    parser = _Parser(line)
    pattern, required, needles = parser.parse()
    return Phrase(line, weight, re.compile(pattern), required, needles, tag)


def _split_top(alternatives: str) -> list[str]:
    """`a | b (c|d) | e` -> ["a", "b (c|d)", "e"]: splits at top-level bars only. Lines that
    open with "#" are comments, as in a phrase table."""
    items: list[str] = []
    current: list[str] = []
    depth = 0
    lines = (line for line in alternatives.split("\n") if not line.lstrip().startswith("#"))
    for char in " ".join(lines):
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return [item for item in items if item]


# French and Italian articles and pronouns that lose their vowel before the next word.
_ELISIONS = frozenset({"l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "lorsqu",
                       "puisqu", "dell", "all", "nell", "un", "sull"})
# Inside a phrase, a word may carry one: "reporter l'entretien", "absence à l'entretien"
# hold "entretien" (a phrase's first word is found where the word starts: `WordIndex`).
_ELIDED = f"(?:(?:{'|'.join(sorted(_ELISIONS, key=len, reverse=True))})')?"
_KNOWN_WORDS = 100_000  # WordIndex remembers at most this many words (a few MB)
# How a word list's phrase item is confirmed where its first word occurs: its regex, and the
# words one of which the text must have for it to match (None: not known); None for a word.
_Confirm = tuple[re.Pattern[str], frozenset[str] | None] | None


class WordIndex:
    """Which of many named word lists occur in a text, found with one dict lookup per word.

    One regex alternation of hundreds of words costs a scan per list; looking each word of the
    text up once costs far less. Items may be single words, stems (`absag*`) or phrases that
    start with a word or stem (`move (it|the|your)`); a phrase is confirmed by its own regex at
    the word where it starts.
    """

    def __init__(self, lists: dict[str, str]) -> None:
        self._exact: dict[str, list[tuple[str, _Confirm]]] = {}
        self._stems: dict[str, list[tuple[str, str, _Confirm]]] = {}
        # What each word seen so far may start (mostly nothing): mail reuses its vocabulary.
        self._known: dict[str, list[tuple[str, _Confirm, int]]] = {}
        for name, alternatives in lists.items():
            for item in _split_top(alternatives):
                tokens = _TOKEN_RE.findall(fold(item))
                head = tokens[0]
                if head in "([~":
                    raise PhraseSyntaxError(f"a word list item must start with a word: {item!r}")
                body, required, _ = _Parser(item).parse()
                confirm = None
                # (A hyphenated item, "micro-grant", is two words of the text: its first
                # alone, "micro", is no hit.)
                if len(tokens) > 1 or len(_WORD_RE.findall(head)) > 1:
                    # The head's own word is left out: after an elided article the text's word
                    # is "l'absence", not "absence".
                    heads = frozenset(_WORD_RE.findall(head)[:1])
                    needs = [group for group in required if group != heads]
                    confirm = (re.compile(body), needs[0] if needs else None)
                if head.endswith("*"):
                    stem = head[:-1]
                    if len(stem) < 3:
                        raise PhraseSyntaxError(f"a stem needs 3 letters or more: {item!r}")
                    self._stems.setdefault(stem[:3], []).append((stem, name, confirm))
                else:
                    for word in _WORD_RE.findall(head)[:1]:
                        self._exact.setdefault(word, []).append((name, confirm))

    def find(self, text: str) -> dict[str, list[tuple[int, str]]]:
        """For each list with a hit in folded `text`: (position, matched text) of every hit."""
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[dict[str, list[tuple[int, str]]], frozenset[str]]:
        """`find`, and the set of words in `text` (`words_of`) from the same pass.

        A phrase item is confirmed once every word of the text is known: most that start at
        a common word ("your", "the", "no") lack a word they need, and skip their regex.
        """
        hits: dict[str, list[tuple[int, str]]] = {}
        seen: set[str] = set()
        starting: list[tuple[int, str, list[tuple[str, _Confirm, int]]]] = []
        known = self._known
        if len(known) > _KNOWN_WORDS:
            known.clear()
        for match in (_ASCII_WORD_RE if text.isascii() else _WORD_RE).finditer(text):
            word = match[0]  # not .group(0): no method lookup, 10% of this loop
            seen.add(word)
            candidates = known.get(word)
            if candidates is None:
                candidates = known[word] = self._candidates(word, self._exact, self._stems)
            if candidates:
                starting.append((match.start(), word, candidates))
        if "'" in text:
            _add_elided(seen)
        words = frozenset(seen)
        for position, word, candidates in starting:
            for name, confirm, offset in candidates:
                start = position + offset
                if confirm is None:
                    hits.setdefault(name, []).append((start, word[offset:]))
                    continue
                regex, needs = confirm
                if needs is None or not needs.isdisjoint(words):
                    found = regex.match(text, start)
                    if found:
                        hits.setdefault(name, []).append((start, found.group(0)))
        return hits, words

    @staticmethod
    def _candidates(
        word: str,
        exact: dict[str, list[tuple[str, _Confirm]]],
        stems: dict[str, list[tuple[str, str, _Confirm]]],
    ) -> list[tuple[str, _Confirm, int]]:
        """The list items that may start at `word` (exact words, then stems it starts with),
        each with where it starts in the word: after an elided article, "l'entretien" holds
        "entretien"."""
        candidates = [(n, r, 0) for n, r in exact.get(word, ())]
        stemmed = stems.get(word[:3])
        if stemmed:
            candidates += [(n, r, 0) for stem, n, r in stemmed if word.startswith(stem)]
        tail = _elided(word)
        if tail:
            offset = len(word) - len(tail)
            candidates += [(n, r, offset) for n, r, _ in
                           WordIndex._candidates(tail, exact, stems)]
        return candidates


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Compiled phrases, indexed by the words of their most selective required group."""

    phrases: tuple[Phrase, ...]
    by_word: dict[str, tuple[int, ...]]
    keys: frozenset[str]  # the words of by_word, for one set intersection per message
    always: tuple[int, ...]  # phrases without a required word (all stems): always tried

    @classmethod
    def of(cls, phrases: tuple[Phrase, ...]) -> PhraseTable:
        by_word: dict[str, list[int]] = {}
        always = []
        for index, phrase in enumerate(phrases):
            if not phrase.required:
                always.append(index)
            for word in phrase.required[0] if phrase.required else ():
                by_word.setdefault(word, []).append(index)
        words = {w: tuple(found) for w, found in by_word.items()}
        return cls(phrases, words, frozenset(words), tuple(always))

    @classmethod
    def merge(cls, *tables: PhraseTable) -> PhraseTable:
        """One table of several (tell them apart by `Phrase.tag`): one lookup, not several."""
        return cls.of(tuple(phrase for table in tables for phrase in table.phrases))


def compile_table(block: str, tag: str = "") -> PhraseTable:
    """Compile a block of `weight | phrase` lines (blank lines and `#` comments skipped)."""
    phrases = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        weight_text, sep, phrase = line.partition("|")
        if not sep:
            raise PhraseSyntaxError(f"missing 'weight |' in {line!r}")
        phrases.append(compile_phrase(phrase.strip(), float(weight_text), tag))
    return PhraseTable.of(tuple(phrases))


def find(
    table: PhraseTable, folded: str, words: frozenset[str]
) -> list[tuple[Phrase, re.Match[str]]]:
    """Every phrase of `table` that occurs in `folded`, with its first match.

    Only phrases whose required words all occur in `words` (the words of `folded`) are tried.
    """
    candidates = set(table.always)
    for word in table.keys & words:
        candidates.update(table.by_word[word])
    found = []
    for index in sorted(candidates):
        phrase = table.phrases[index]
        for group in phrase.required[1:]:
            if group.isdisjoint(words):
                break
        else:
            if has_all(folded, phrase.needles):
                match = phrase.search(folded)
                if match:
                    found.append((phrase, match))
    return found
