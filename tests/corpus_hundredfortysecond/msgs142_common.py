"""Shared bits of the hundredfortysecond corpus: the candidate, and small formatting helpers.

The helpers only format things every mail program formats the same way (a quoted line, a
tracking pixel); every message's own wording lives in the msgs142_*.py modules.
"""

from __future__ import annotations

CANDIDATE_NAME = "Jonas Weißmann-Tanaka"
CANDIDATE_ADDR = "jonas.wt@example.de"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way a mail program does ('> ' or '>' on empty lines)."""
    lines = text.strip("\n").split("\n")
    return "\n".join(prefix + line if line.strip() else prefix.rstrip() for line in lines)


def pixel(url: str) -> str:
    """A 1x1 tracking image as ATS and marketing tools append it."""
    return (f'<img src="{url}" width="1" height="1" alt="" border="0" '
            'style="display:block;height:1px;width:1px;border:0;" />')
