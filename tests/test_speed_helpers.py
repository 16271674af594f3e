"""Fast paths of the classifier against the straightforward code they replace.

The speed work keeps every answer the same; these tests compare each shortcut with the plain
version on mail-like text: the phrase prefilter with trying every phrase, the model's
lookup by place with its features' names, the link check with the link pattern.
"""

from __future__ import annotations

import random
import re

from assistant.detect import lexicon, model, rules
from assistant.detect.phrases import find, fold, words_of

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


def test_without_links_is_the_link_pattern() -> None:
    rng = random.Random(5)
    pieces = ["https://acme.example/jobs", "www.acme.example", "jane@acme.example", "@", "://",
              "www.", "(www.x.io)", "a@b", "mail:", "Media", "grant", ".", "\n", " ", "  ",
              "x://", "://y", "see", "Acme", "-", "w", "ww.", "e-mail:jane@x"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 30)))
        assert rules._without_links(text) == rules._LINK.sub(" ", text), text
