"""What the four message modules of the hundred-and-fifth corpus share: the candidate and two
small helpers for writing quoted reply chains by hand."""

from __future__ import annotations

CANDIDATE = ("Mathilde Okonkwo-Lefebvre", "mathilde.ol@example.be")
ME = CANDIDATE


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text the way a mail program quotes it ('>' alone on empty lines)."""
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def tracked(url: str, token: str, host: str = "click.example.eu") -> str:
    """A click-tracker wrapping of url, as marketing and ATS tools rewrite links."""
    safe = url.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return f"https://{host}/ls/click?upn={token}&u={safe}"
