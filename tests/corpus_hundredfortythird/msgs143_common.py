"""Shared bits for the hundred-forty-third corpus: the candidate, quoting and header helpers.

Only small helpers live here; every message in the msgs143_*.py modules is written by hand.
"""

from __future__ import annotations

ME_NAME = "Inès Benali-Carvalho"
ME_ADDR = "ines.bc@example.fr"
ME = (ME_NAME, ME_ADDR)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail programs do ('>' before empty lines too)."""
    return "\n".join((prefix + line).rstrip() for line in text.strip("\n").split("\n"))


def list_headers(list_id: str, url: str, mailto: str | None = None, one_click: bool = True) -> dict[str, str]:
    """Headers a bulk sender or a mailing list adds."""
    unsub = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    headers = {"List-Id": list_id, "List-Unsubscribe": unsub, "Precedence": "bulk"}
    if one_click:
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return headers


def pixel(url: str) -> str:
    """An invisible open-tracking image."""
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">'
