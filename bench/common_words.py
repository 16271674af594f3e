"""Write assistant/detect/common_words.txt: the words job-search mail writes in lower case.

Run from the repository root: `python bench/common_words.py`.

A cue to the employer that is one such word ("Outcome", "Following", "Planta", "Hemos") is a
heading or a sentence's first word, not a company. The list is the words that stand in
lower case, mid-text, in the mail of at least three of the corpora the word model trains on
(`train_model.TRAINING`): one inbox's employer is written in capitals, and no name recurs
across three inboxes in lower case. Addresses and links are left out, as are one-letter
words. Deterministic: same corpora, same file.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_model import TESTS, TRAINING

from assistant.detect.names import COMMON_WORDS_FILE
from assistant.detect.phrases import fold
from assistant.sources.mailparse import parse_message

OUTPUT = Path(__file__).resolve().parent.parent / "assistant" / "detect" / COMMON_WORDS_FILE
MIN_CORPORA = 3
_LOWER_WORD = re.compile(r"(?<![\w@./-])([a-zà-ÿß][\w'’-]*)(?![\w@]|\.\w)")
_ADDRESS_OR_LINK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def main() -> None:
    corpora: dict[str, set[str]] = defaultdict(set)
    for corpus in TRAINING:
        for path in sorted((TESTS / corpus).rglob("*.eml")):
            email = parse_message(path.read_bytes(), key=str(path))
            text = _ADDRESS_OR_LINK.sub(" ", f"{email.subject}\n{email.text}")
            for word in set(_LOWER_WORD.findall(text)):
                corpora[fold(word)].add(corpus)
    words = sorted(w for w, seen in corpora.items() if len(seen) >= MIN_CORPORA and len(w) > 1)
    OUTPUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words from {len(TRAINING)} corpora -> {OUTPUT}")


if __name__ == "__main__":
    main()
