"""Shared bits of the hundredfourth corpus specs: the candidate and two quoting helpers.

The messages themselves are written one by one in msgs104_*.py; nothing here fills in wording.
"""

from __future__ import annotations

CAND_NAME = "Benedikt Szymański-Ortega"
CAND_ADDR = "b.szymanski@example.de"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PLAIN = ("Benedikt Szymanski-Ortega", CAND_ADDR)


def q(text: str, prefix: str = "> ") -> str:
    """Quote a block the way Gmail, Apple Mail and Thunderbird do ("> " before every line)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def qq(text: str) -> str:
    """Quote a block that already holds quoted lines (a reply to a reply)."""
    return q(text, ">")
