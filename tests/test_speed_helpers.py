"""Fast paths of the classifier against the straightforward code they replace.

The speed work keeps every answer the same; these tests compare each shortcut with the plain
version on mail-like text: the phrase prefilter with trying every phrase, the word lists'
prefilter with confirming every phrase item, the model's lookup by place with its features'
names (and its reasons with ranking every word), the link check with the link pattern, the
agency checks with their patterns, the language count with counting distinct words first,
patterns rewritten to scan fast with the patterns as first written, and the name runs a
message shares with earlier mail with splitting them afresh.
"""

from __future__ import annotations

import heapq
import random
import re
from collections import Counter

from assistant.detect import agency, concepts, lexicon, model, rules, spelling
from assistant.detect.classify import _GENDER_MARK, _PUNCTUATION, _STOP_INDEX, detect_language
from assistant.detect.names import NAME_RE, squash_both
from assistant.detect.phrases import _WORD_RE, WordIndex, _split_top, find, fold, words_of

_LEXICON_WORDS = sorted({
    word
    for phrase in lexicon.ALL_PHRASES.phrases
    for word in re.findall(r"[\w']+", fold(phrase.source))
})
_FILLER = ["we", "you", "the", "your", "a", "to", "in", "and", "not", "interview", "today",
           ".", ",", "\n", "l'entretien", "don't", "Thursday", "12:30"]


def _texts(count: int, seed: int) -> list[str]:
    """Random word salads, and sentences that string together words of one phrase so the
    regex gets to run (and often matches)."""
    rng = random.Random(seed)
    phrases = lexicon.ALL_PHRASES.phrases
    texts = []
    for _ in range(count):
        parts: list[str] = []
        for _ in range(rng.randint(1, 6)):
            source = fold(rng.choice(phrases).source)
            words = re.findall(r"[\w']+", source)
            parts += rng.sample(words, k=min(len(words), rng.randint(1, 8)))
            parts += rng.choices(_LEXICON_WORDS + _FILLER, k=rng.randint(0, 12))
        texts.append(fold(" ".join(parts)))
    return texts


def test_find_is_every_phrase_that_searches_true() -> None:
    table = lexicon.ALL_PHRASES
    for text in _texts(1500, seed=7):
        expected = [(p, m.span()) for p in table.phrases if (m := p.search(text))]
        found = [(p, m.span()) for p, m in find(table, text, words_of(text))]
        assert found == expected, text


def _scan_every_item(index: WordIndex, text: str) -> dict[str, list[tuple[int, str]]]:
    """`WordIndex.find` as it was: every phrase item's regex tried where its word occurs."""
    hits: dict[str, list[tuple[int, str]]] = {}
    for match in _WORD_RE.finditer(text):
        word = match.group(0)
        for name, confirm, offset in index._candidates(word, index._exact, index._stems):
            start = match.start() + offset
            if confirm is None:
                hits.setdefault(name, []).append((start, word[offset:]))
            elif found := confirm[0].match(text, start):
                hits.setdefault(name, []).append((start, found.group(0)))
    return hits


_CHOICE = re.compile(r"([(\[])([^()\[\]]*)[)\]]")


def _written(item: str, rng: random.Random) -> str:
    """One way of writing a word list item: a choice made, options kept or dropped, words
    skipped over (`~`), stems given an ending; and now and then an article elided before it."""
    while found := _CHOICE.search(item):
        options = found.group(2).split("|") + ([""] if found.group(1) == "[" else [])
        item = item[:found.start()] + rng.choice(options) + item[found.end():]
    words = []
    for word in item.split():
        if word.startswith("~"):
            words += rng.sample(_FILLER, k=rng.randint(0, 2))
        else:
            words.append(word.replace("*", rng.choice(["", "s", "ed", "ung"])))
    return ("l'" if rng.random() < 0.1 else "") + " ".join(words)


def test_word_index_scan_is_every_item_confirmed() -> None:
    items = [item for alternatives in (*concepts._CONCEPT_WORDS.values(),
                                       lexicon.OTHER_MEANING_WORDS,
                                       lexicon.OTHER_WORLD_ONLY_WORDS, lexicon.JOB_WORDS)
             for item in _split_top(alternatives)]
    rng = random.Random(3)
    for text in _texts(1000, seed=9):
        written = [_written(item, rng) for item in rng.sample(items, k=rng.randint(0, 12))]
        text = fold(text + " " + " . ".join(written))
        hits, seen = concepts.INDEX.scan(text)
        assert hits == _scan_every_item(concepts.INDEX, text), text
        assert seen == words_of(text)


def test_opinion_of_is_opinion_of_features() -> None:
    words = model.shipped()
    rng = random.Random(11)
    vocabulary = [*sorted({f.partition(":")[2] for f in words.weights}), "zzunknown", "a:b"]
    for _ in range(500):
        subject = frozenset(rng.sample(vocabulary, k=rng.randint(0, 8)))
        body = frozenset(rng.sample(vocabulary, k=rng.randint(0, 80)))
        fast = words.opinion_of(subject, body)
        plain = words.opinion(model.features(subject, body))
        assert list(fast.weighed.items()) == list(plain.weighed.items())
        assert fast.probabilities == plain.probabilities
        for kind in words.kinds:  # reasons ranks only the words for the kind: the same top
            column = words.kinds.index(kind)
            top = heapq.nlargest(3, ((row[column], f) for f, row in plain.weighed.items()))
            assert words.reasons(kind, fast) == [f.partition(":")[2] for w, f in top if w > 0]


def test_without_links_is_the_link_pattern() -> None:
    rng = random.Random(5)
    pieces = ["https://acme.example/jobs", "www.acme.example", "jane@acme.example", "@", "://",
              "www.", "(www.x.io)", "a@b", "mail:", "Media", "grant", ".", "\n", " ", "  ",
              "x://", "://y", "see", "Acme", "-", "w", "ww.", "e-mail:jane@x"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 30)))
        assert rules._without_links(text) == rules._LINK.sub(" ", text), text


_AGENCY_PIECES = [
    "talent partners", "recruitment agency", "recruitment team", "recruiting partners",
    "staffing", ", staffing", "staffing officer", "executive search", "search partners",
    "headhunters", "personalberatung", "personaldienstleistungen", "personalvermittlung",
    "personalagentur", "cabinet de recrutement", "conseil en recrutement",
    "agencia de seleccion de personal", "consultora de seleccion", "reclutamiento y seleccion",
    "empresa de reclutamiento", "consultora de reclutamiento y seleccion",
    "Peak People Recruitment", "Arcadie RH", "Talent Acquisition", "Talent", "Search",
    "Resourcing", "Personnel", "Recruiting", "Consultant", " – ", " | ", " - ", ", ", " · ",
    "\n", " ", "Acme", "research", "personal", "talented", "recruit", "seleccion", "RH",
]


def test_agency_checks_are_their_patterns() -> None:
    rng = random.Random(13)
    for _ in range(4000):
        text = "".join(rng.choices(_AGENCY_PIECES, k=rng.randint(0, 14)))
        own = fold(text)
        assert agency._agency_org(own) == bool(agency._AGENCY_ORG.search(own)), own
        for label in ("peakpeople", "arcadie", "acme"):
            # (the name the label opens: "Castlefield Scientific" of castlefield)
            expected = any(re.sub(r"[^0-9a-z]+", "", fold(found.group("c"))).startswith(label)
                           for found in agency._RECRUITER_NAME.finditer(text))
            assert agency._recruiter_named(text, label) == expected, (text, label)


def _language_by_distinct_words(sample: str) -> str:
    """`detect_language` as it was: each distinct word looked up once, times its count."""
    counts: dict[str, int] = {}
    for word, times in Counter(sample.split()).items():
        languages = _STOP_INDEX.get(word) or _STOP_INDEX.get(word.strip(_PUNCTUATION), ())
        for language in languages:
            counts[language] = counts.get(language, 0) + times
    if not counts:
        return "en"
    language = max(counts, key=counts.__getitem__)
    best = counts[language]
    return language if best >= 2 and best > counts.get("en", 0) else "en"


def test_detect_language_is_counting_distinct_words() -> None:
    rng = random.Random(17)
    stops = sorted({word for words in lexicon.STOP_WORDS.values() for word in words})
    for _ in range(3000):
        words = rng.choices([*stops, "interview", "acme", "example.de"], k=rng.randint(0, 30))
        text = " ".join(w + rng.choice(["", "", ",", ".", "?"]) for w in words)
        text = rng.choice(["", "¿", "(", '"']) + text
        assert detect_language(text, folded=True) == _language_by_distinct_words(text), text


# The patterns as first written; the shipped ones start with a character class instead.
_REWRITTEN = [
    (concepts._CLOCK,
     re.compile(r"\d{1,2}(?::\d{2})?[^\S\n]?(?:am|pm|uhr|h\d{0,2})\b|\d{1,2}:\d{2}\b"),
     ["1", "2", "12", "123", ":", ":00", ":3", " ", "\n", "am", "pm", "uhr", "h", "h30", "x",
      "a", ".", "\t"]),
    (_GENDER_MARK, re.compile(r"(?<=[a-z])[:*_](?=(?:in|innen|n|r|e)\b)"),
     [":", "*", "_", "in", "innen", "n", "r", "e", "x", "kandidat", " ", "1", "A", ".", "é"]),
]


def test_rewritten_patterns_match_as_written() -> None:
    rng = random.Random(19)
    for fast, plain, pieces in _REWRITTEN:
        for _ in range(5000):
            text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
            for position in range(len(text) + 1):
                found, expected = fast.search(text, position), plain.search(text, position)
                assert (found and found.span()) == (expected and expected.span()), text
            assert fast.sub("", text) == plain.sub("", text)


def test_remembered_runs_are_the_runs_split_afresh() -> None:
    rng = random.Random(23)
    pieces = ["Grupo", "Alcázar", "Seguros", "Müller", "Bäckerei", "d'Armorique", "Banque",
              "Hi", "Alex", "of", "the", "and", "&", "we", "met", ".", "\n", "Kiln", "Co"]
    for round_ in range(400):
        if round_ == 200:
            spelling._RUNS.clear()  # what a full memory does: later mail reads afresh
        text = " ".join(rng.choices(pieces, k=rng.randint(0, 20)))
        for run in spelling.Runs(text).runs():
            words = run.words
            squashed = tuple(squash_both(spelling._ELISION.sub("", w)) for w in words)
            assert run.squashed == squashed
            assert run.plain == "".join(p for p, _ in squashed)
            assert run.german == "".join(g for _, g in squashed)
        assert [" ".join(run.words) for run in spelling.Runs(text).runs()] == [
            " ".join(found.split()) for found in NAME_RE.findall(text)]


def test_a_hyphenated_item_needs_both_its_words() -> None:
    """"micro-grant" is one item of two words: "micro services" is no hit, the grant is."""
    index = WordIndex({"world": "micro-grant | wg-zimmer"})
    assert index.find(fold("We build micro services. Ein Zimmer frei.")) == {}
    assert index.find(fold("Apply for a micro-grant; WG-Zimmer frei")) == {
        "world": [(12, "micro-grant"), (25, "wg-zimmer")]}


def test_a_comment_line_in_a_word_list_is_no_part_of_an_item() -> None:
    """A list's comment between two lines leaves the item before it whole: "your gp" still
    reads as "your gp", not as "your gp" followed by the comment's words."""
    index = WordIndex({"meaning": "your gp\n# A doctor's words (gp, surgery).\n| surgery"})
    assert index.find(fold("Please see your GP first, then the surgery.")) == {
        "meaning": [(11, "your gp"), (35, "surgery")]}
