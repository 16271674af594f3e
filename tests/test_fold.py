"""Faster stand-ins for straightforward code, checked against it on random text.

`phrases.translator` replaces `str.translate`; `fullname._followed`,
`company_cues._person_like` and `company_cues.first_name_signs` replace a regex compiled per
name. Each must give exactly what the plain version gives, on text made of the characters
that matter to it.
"""

from __future__ import annotations

import random
import re

import pytest

from assistant.detect import company_cues, fullname
from assistant.detect.names import W
from assistant.detect.phrases import fold, translator, unaccent

_LATIN = [chr(c) for c in range(0x20, 0x250)] + list("’‘“”\u00a0ßœæłŁøØđĐı")


def _texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
            for _ in range(count)]


def test_translator_is_str_translate() -> None:
    table = {ord("é"): "e", ord("ß"): "ss", ord("’"): "'", ord("Ł"): "L"}
    translate = translator(table)
    for text in _texts(_LATIN, 3000, 30, seed=1):
        assert translate(text) == text.translate(table)


@pytest.mark.parametrize(("text", "folded"), [
    ("Wisła Ørsted Đaković Işık", "wisla orsted dakovic isik"),
    ("Café’s “Größe”\u00a0Œuvre", "cafe's \"grosse\" oeuvre"),
    ("plain ascii", "plain ascii"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_unaccent_keeps_case() -> None:
    assert unaccent("Prêt Wisła Ørsted") == "Pret Wisla Orsted"


def test_words_after_a_name_as_a_per_name_regex_finds_them() -> None:
    pieces = ["Acme", "Acme Corp", "Corp", " ", "\t", "x", "Ltd", "\n", ",", "Acme-X", "éAcme"]
    for text in _texts(pieces, 3000, 10, seed=2):
        for name in ("Acme", "Acme Corp"):
            expected = [m.group(1) for m in re.finditer(
                rf"(?<!\w){re.escape(name)}((?:[ \t]+{W}){{1,3}})", text)]
            assert [m.group(1) for m in fullname._followed(name, text)] == expected, text


def _after_first_line(text: str) -> str:
    return re.sub(r"^\s*[^\n]*\n?", "", text, count=1)


def test_a_signing_name_as_a_per_name_regex_finds_it() -> None:
    pieces = ["Ann Lee", "Ann", "Lee", " ", "\t", "\n", ",", "x", "Annie", "\r", "\n\n"]
    for text in _texts(pieces, 5000, 12, seed=3):
        for name in ("Ann Lee", "Ann"):
            words = name.split()
            # (The mail's first line is a banner or a greeting, never its signature.)
            first = bool(re.search(rf"(?m)^\s*{re.escape(words[0])}\s*(?:$|,)",
                                   _after_first_line(text)[-400:]))
            assert company_cues.first_name_signs(words, text) == (len(words) >= 2 and first)
            # (A name heading the mail is a card's banner: the rest is read for a signature.)
            head, _, rest = text.lstrip().partition("\n")
            signed = rest if head.strip() == name else text
            first = bool(re.search(rf"(?m)^\s*{re.escape(words[0])}\s*(?:$|,)",
                                   _after_first_line(signed)[-400:]))
            full = re.search(rf"(?m)^\s*{re.escape(name)}[^\S\n]*\n[^\S\n]*\S", signed[-400:])
            expected = len(words) >= 2 and (bool(full) or first)
            assert company_cues._person_like(name, text) == expected, repr(text)
