"""Shared bits for the hundred-and-thirty-eighth corpus: the candidate and a few constants.

Only the candidate's identity and the calendar time zone live here; every message is written
out by hand in the msgs138_*.py modules.
"""

from __future__ import annotations

CANDIDATE_NAME = "Greta Vanderberg-Osei"
CANDIDATE_ADDR = "greta.vo@example.nl"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"

# Message-IDs of mails the candidate sent; they are not in the corpus but replies point at them.
SENT = {
    "to_dee_harbour": "<6b1f0e2a-93c4-4d51-a0c2-1f7e55d0c9b3@example.nl>",
    "to_brodersen": "<e7a9c3d1-5f20-4b8e-9d6a-0c4b2f8a1e77@example.nl>",
    "to_safequay": "<0d4e8f1b-2a6c-47d9-b3e5-8c1a9f6d2b40@example.nl>",
    "to_granite": "<9c2b7a5e-1d3f-4e60-8a4b-6f0d3c2e1a98@example.nl>",
    "to_tne": "<5a3d1c9e-7b2f-4a10-9e8d-2c6b4f1a0e35@example.nl>",
    "to_arteaga": "<c81e4b2a-0f9d-4c37-b6a5-3e2d1f0c9b84@example.nl>",
    "to_lindemann": "<2f6a8d0c-4e1b-49a3-8c7d-5b9e0a1f3d26@example.nl>",
    "to_kranenburg": "<a4c9e1f7-3b2d-4f8a-9d0e-7c6b5a4e3f12@example.nl>",
    "to_tuh": "<7e0b3f9a-6c1d-4b25-a8e4-9d2c1b0a5f63@example.nl>",
    "to_navalia": "<3b8d2f6e-9a0c-4e71-b5d3-1a4c7e9f0b28@example.nl>",
    "to_prevenlab": "<f1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8@example.nl>",
    "to_kaai730": "<8d7c6b5a-4e3f-4a21-9b0c-1d2e3f4a5b6c@example.nl>",
}
