"""Shared bits of the hundredsixth corpus: the candidate and a few HTML helpers.

Only the candidate's identity and the tracking-link shapes live here; every message's wording,
sender and structure is written by hand in the msgs106_*.py modules.
"""

from __future__ import annotations

CANDIDATE_NAME = "Valentina Quispe-Harrington"
CANDIDATE_ADDR = "valentina.qh@example.cl"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def track(host: str, token: str, path: str = "ls/click") -> str:
    """A click-tracker URL the way mail tools rewrite links (SendGrid, Mailgun, Mandrill ...)."""
    return f"https://{host}/{path}?upn={token}"


def pixel(host: str, token: str) -> str:
    """A 1x1 open-tracking image."""
    return (f'<img src="https://{host}/o/{token}.gif" width="1" height="1" alt="" '
            'style="display:block;height:1px;width:1px;border:0">')
