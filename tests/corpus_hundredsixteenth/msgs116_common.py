"""Shared bits for the hundredsixteenth corpus: the candidate and a few mechanical helpers.

Only mechanics live here (the candidate's address, quoting, tracking pixels and redirect links);
every message's wording is written by hand in the msgs116_*.py modules.
"""

from __future__ import annotations

CAND_NAME = "Hannah Oyelaran-Weiß"
CAND = "hannah.ow@example.de"
ME = (CAND_NAME, CAND)


def quote(text: str, prefix: str = "> ") -> str:
    """Quote text the way most clients do ("> " before each line, ">" on empty lines)."""
    return "\n".join(prefix + line if line.strip() else prefix.rstrip() for line in text.splitlines())


def pixel(url: str) -> str:
    """A 1x1 tracking image as marketing tools and ATS put it at the end of an HTML body."""
    return f'<img src="{url}" width="1" height="1" border="0" alt="" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0;padding:0">'


def tracked(host: str, token: str, target: str) -> str:
    """A click-tracker redirect as ESPs rewrite links (host/ls/click?upn=token&u=target)."""
    safe = target.replace("://", "%3A%2F%2F").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return f"https://{host}/ls/click?upn={token}&amp;u={safe}"
