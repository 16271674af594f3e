"""A linear model over the words of a message: the classifier's second opinion.

The rules (`detect/rules.py`) know the phrases someone has studied; mail from an employer
nobody has read yet says the same things in other words. Measured corpus by corpus, a model
trained on the other corpora read fresh mail better than the rules did (macro-F1 0.94-0.97
against 0.88 on the two newest corpora, which the rules had never seen), while the rules
stay better on the hard cases they were written for (other meanings of the words, quoted
chains, someone's own story). `classify` therefore blends the two opinions.

The model is multinomial logistic regression over binary features: each word of the subject
("s:offer") and of the new text ("b:leider"), as `phrases.WordIndex.scan` already found them,
so the model costs a dictionary lookup per distinct word. Its weights live in `model.json`
beside this module, written by `bench/train_model.py` from the labelled corpora under
tests/ (which lists the corpora and the figures of each cross-validation run). Nothing is
downloaded or learned at run time: the same file gives the same answer everywhere.
"""

from __future__ import annotations

import heapq
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from assistant.records import EmailKind

WEIGHTS_FILE = "model.json"


def features(subject_words: Iterable[str], body_words: Iterable[str]) -> Iterator[str]:
    """The model's features of a message (training and prediction both use this)."""
    for word in subject_words:
        yield "s:" + word
    for word in body_words:
        yield "b:" + word


@dataclass(frozen=True, slots=True)
class Opinion:
    probabilities: dict[EmailKind, float]  # P(kind | words)
    weighed: dict[str, tuple[float, ...]]  # the message's features the model has weights for

    @property
    def known(self) -> int:
        return len(self.weighed)


@dataclass(frozen=True)
class WordModel:
    kinds: tuple[EmailKind, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per kind, in `kinds` order

    def opinion(self, present: Iterable[str]) -> Opinion:
        """What the model makes of a message whose `features` are `present`."""
        weights = self.weights
        return self._opinion({f: row for f in present if (row := weights.get(f)) is not None})

    def opinion_of(self, subject_words: Iterable[str], body_words: Iterable[str]) -> Opinion:
        """`opinion(features(subject_words, body_words))`, faster: each word is looked up
        as it is, in the weights of its place, instead of building its feature's name first
        (a third of the time the classifier spends on the model)."""
        weighed: dict[str, tuple[float, ...]] = {}
        for words, table in zip((subject_words, body_words), self._by_place, strict=True):
            for word in words:
                found = table.get(word)
                if found is not None:
                    weighed[found[0]] = found[1]
        return self._opinion(weighed)

    @cached_property
    def _by_place(self) -> tuple[dict[str, tuple[str, tuple[float, ...]]], ...]:
        """The weights of subject words and of body words (`features`), each by the bare
        word, with the feature's name."""
        places: dict[str, dict[str, tuple[str, tuple[float, ...]]]] = {"s": {}, "b": {}}
        for feature, row in self.weights.items():
            prefix, _, word = feature.partition(":")
            if prefix in places:
                places[prefix][word] = (feature, row)
        return places["s"], places["b"]

    def _opinion(self, weighed: dict[str, tuple[float, ...]]) -> Opinion:
        """The softmax of the bias plus the rows of the message's known features."""
        logits = [sum(column) for column in zip(self.bias, *weighed.values(), strict=True)]
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return Opinion({k: e / total for k, e in zip(self.kinds, exps, strict=True)}, weighed)

    def reasons(self, kind: EmailKind, opinion: Opinion, limit: int = 3) -> list[str]:
        """The words that spoke most for `kind` in `opinion`, strongest first, for the
        evidence."""
        column = self.kinds.index(kind)
        # Only words that speak for it can be reasons: fewer to rank, the same top ones.
        scored = heapq.nlargest(limit, [(row[column], feature)
                                        for feature, row in opinion.weighed.items()
                                        if row[column] > 0])
        return [feature.partition(":")[2] for _, feature in scored]


def from_json(text: str) -> WordModel:
    """A model from the JSON `bench/train_model.py` writes."""
    data = json.loads(text)
    kinds = tuple(EmailKind(k) for k in data["kinds"])
    weights = {f: tuple(row) for f, row in data["weights"].items()}
    if len(data["bias"]) != len(kinds) or any(len(r) != len(kinds) for r in weights.values()):
        raise ValueError("model.json: every row needs one weight per kind")
    return WordModel(kinds, tuple(data["bias"]), weights)


@cache
def shipped() -> WordModel:
    """The model shipped with the package (read once)."""
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return from_json(text)
