"""The word model (assistant/detect/model.py), its shipped weights, and how classify blends it."""

from __future__ import annotations

import hashlib
import json
import math
from importlib import resources
from pathlib import Path

import pytest

from assistant.detect import classify, model
from assistant.records import EmailKind
from tests.test_classify import mail
from tests.test_classify_untuned import CORPORA as UNTUNED

K = EmailKind
HERE = Path(__file__).parent
KINDS = tuple(EmailKind)


def _shipped_document() -> dict[str, object]:
    text = resources.files("assistant.detect").joinpath(model.WEIGHTS_FILE).read_text("utf-8")
    document: dict[str, object] = json.loads(text)
    return document


def _leaning(kind: EmailKind, words: list[str], weight: float = 2.0) -> model.WordModel:
    """A model that reads every one of `words` (body features) as a sign of `kind`."""
    row = tuple(weight if k is kind else 0.0 for k in KINDS)
    return model.WordModel(KINDS, (0.0,) * len(KINDS), {"b:" + w: row for w in words})


def test_opinion_is_a_distribution_over_the_kinds() -> None:
    words = _leaning(K.OFFER, ["contract", "salary"])
    opinion = words.opinion(["b:contract", "b:salary", "b:unknown", "s:contract"])
    assert opinion.known == 2
    assert math.isclose(sum(opinion.probabilities.values()), 1.0)
    assert max(opinion.probabilities, key=opinion.probabilities.__getitem__) is K.OFFER
    # two words of weight 2 over six kinds at 0: e^4 / (e^4 + 6)
    assert math.isclose(opinion.probabilities[K.OFFER], math.exp(4) / (math.exp(4) + 6))


def test_no_known_word_is_no_opinion() -> None:
    opinion = _leaning(K.OFFER, ["contract"]).opinion(["b:hello"])
    assert opinion.known == 0
    assert len(set(opinion.probabilities.values())) == 1


def test_reasons_are_the_strongest_words_for_the_kind() -> None:
    rows = {"b:a": (1.0,), "b:b": (3.0,), "b:c": (2.0,), "b:d": (-1.0,)}
    words = model.WordModel((K.OFFER,), (0.0,), rows)
    opinion = words.opinion(["b:a", "b:b", "b:c", "b:d"])
    assert words.reasons(K.OFFER, opinion, limit=2) == ["b", "c"]
    assert words.reasons(K.OFFER, words.opinion(["b:d", "b:a"])) == ["a"]  # against: no reason


def test_features_mark_where_a_word_was_seen() -> None:
    assert list(model.features(["offer"], ["leider", "offer"])) == ["s:offer", "b:leider",
                                                                     "b:offer"]


def test_a_malformed_weights_file_is_refused() -> None:
    document = {"kinds": ["offer", "other"], "bias": [0.0, 0.0], "weights": {"b:x": [1.0]}}
    with pytest.raises(ValueError, match="one weight per kind"):
        model.from_json(json.dumps(document))


def test_shipped_model_covers_every_kind() -> None:
    shipped = model.shipped()
    assert set(shipped.kinds) == set(EmailKind)
    assert len(shipped.weights) > 1000


def test_shipped_model_is_trained_on_the_current_labels() -> None:
    """Relabelling a corpus without retraining would ship a model of the old labels."""
    trained_on = _shipped_document()["trained_on"]
    assert isinstance(trained_on, dict)
    stale = [corpus for corpus, facts in trained_on.items()
             if hashlib.sha256((HERE / corpus / "labels.csv").read_bytes()).hexdigest()
             != facts["labels_sha256"]]
    assert stale == [], "labels changed since training: run python bench/train_model.py"


def test_shipped_model_never_saw_the_untouched_corpora() -> None:
    trained_on = _shipped_document()["trained_on"]
    assert isinstance(trained_on, dict)
    assert set(trained_on) & set(UNTUNED) == set()


# A long letter the rules find nothing in: over 30 known words, the model has its full say.
_LETTER = " ".join(f"w{i}" for i in range(40))


def test_the_model_decides_where_the_rules_found_nothing() -> None:
    email = mail("Hello", _LETTER)
    assert classify(email, word_model=_leaning(K.REJECTION, [])).kind is K.OTHER
    words = _leaning(K.REJECTION, [f"w{i}" for i in range(40)], weight=0.2)
    result = classify(email, word_model=words)
    assert result.kind is K.REJECTION
    assert any(item.startswith("words:") for item in result.evidence)


def test_a_faint_lean_of_the_words_alone_is_no_rejection() -> None:
    """A rejection no rule reads, which the words barely prefer (blended under 0.35), is a
    guess: on corpora the model never saw, such guesses were offers, invitations and an
    acknowledgement about as often as rejections, and a false one drafts a reply to a
    rejection that never came. The next kind stands instead."""
    email = mail("Hello", _LETTER)
    faint = _leaning(K.REJECTION, [f"w{i}" for i in range(40)], weight=0.035)
    assert classify(email, word_model=faint).kind is K.OTHER
    clear = _leaning(K.REJECTION, [f"w{i}" for i in range(40)], weight=0.06)
    assert classify(email, word_model=clear).kind is K.REJECTION


def test_a_few_words_do_not_overrule_a_phrase() -> None:
    """Three lines give the model a handful of words; the phrase the rules read stands."""
    email = mail("Your application", "Unfortunately we have decided not to move forward "
                 "with your application.")
    words = _leaning(K.OFFER, ["unfortunately", "we", "have", "decided"], weight=3.0)
    assert classify(email, word_model=words).kind is K.REJECTION


def test_the_same_words_in_a_long_letter_do() -> None:
    """...while many known words agreeing against a weak rule signal win."""
    body = "We would like to hear more about your plans. " + _LETTER
    email = mail("Hello", body)
    assert classify(email, word_model=_leaning(K.OFFER, [])).kind is not K.OFFER
    words = _leaning(K.OFFER, [f"w{i}" for i in range(40)], weight=0.5)
    assert classify(email, word_model=words).kind is K.OFFER


def test_words_alone_do_not_invite_to_a_meeting_the_rules_read_moved() -> None:
    """A long letter moving an interview online reads much like an invitation (a link, a
    time, "we look forward"): when more than one rule reads the move, the words alone do not
    make it one."""
    body = ("Your interview on 14 May at 10:00 will now take place on Teams instead of in "
            "person. The time and the panel are unchanged. " + _LETTER)
    words = _leaning(K.INTERVIEW_INVITATION, [f"w{i}" for i in range(40)], weight=1.0)
    result = classify(mail("Your interview", body), word_model=words)
    assert result.kind is K.INTERVIEW_RESCHEDULE_OR_CANCEL, result.evidence
    # One rule's reading of a move is not enough against them.
    weak = mail("Your interview", "Could we do 3pm instead? " + _LETTER)
    assert classify(weak, word_model=words).kind is K.INTERVIEW_INVITATION
