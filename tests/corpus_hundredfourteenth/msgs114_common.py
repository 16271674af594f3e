"""Shared bits for the hundredfourteenth corpus: the candidate.

The messages themselves are written one by one in the msgs114_*.py modules.
"""

from __future__ import annotations

CAND_NAME = "Rodrigo Valdés-Moreau"
CAND = "rodrigo.vm@example.cl"
ME = (CAND_NAME, CAND)
