"""Benchmark the classifier: messages per second on one core, and the per-kind table.

Run from the repository root: `python bench/classify.py [labels.csv] [--repeat N] [--user ADDR]`
(`--user`: the candidate's own address in that corpus, whose sent mail is never a trigger).
Messages are parsed once up front; the timed loop runs `classify` alone over the whole
corpus N times (default 20) and reports the median pass, so the figure is about the
classifier and stable across runs. Single-threaded by construction.

The classifier remembers a little between messages (what each word may start, squashed
name words, sender lookups), as it does over a real mailbox. Repeating one small corpus
makes those memories unusually complete, so the first pass (cold: nothing remembered, and
regular expressions compiled on first use) is printed too, as the pessimistic figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from assistant.detect import classify, classify_file
from assistant.detect.evaluation import evaluate, format_report, read_labels
from assistant.sources.mailparse import parse_message

ROOT = Path(__file__).resolve().parent.parent
USER = frozenset({"alex.rivera@example.net"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="?", type=Path, default=ROOT / "tests/corpus/labels.csv")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--user", action="append", help="the candidate's own address")
    args = parser.parse_args(argv)
    user = frozenset(a.lower() for a in args.user) if args.user else USER
    labels = read_labels(args.labels)
    emails = [parse_message(label.path.read_bytes(), key=str(label.path)) for label in labels]

    passes = []
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        for email in emails:
            classify(email, own_addresses=user)
        passes.append(time.perf_counter() - start)
    median = statistics.median(passes)
    start = time.perf_counter()
    for label in labels:
        classify_file(label.path, own_addresses=user)
    with_parsing = time.perf_counter() - start

    print(f"{len(emails)} messages, {args.repeat} passes")
    rate = len(emails) / median
    print(f"classify only:        {rate:,.0f} msg/s (median pass {median * 1000:.1f} ms)")
    print(f"classify, first pass: {len(emails) / passes[0]:,.0f} msg/s (cold)")
    print(f"parse + classify:     {len(emails) / with_parsing:,.0f} msg/s (one pass)")
    print()
    print(format_report(evaluate(labels, lambda p: classify_file(p, own_addresses=user)[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
