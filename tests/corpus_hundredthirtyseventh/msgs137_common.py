"""Shared constants for the hundred-thirty-seventh corpus (written by hand, blind).

Only the candidate's identity and the little PDF builder live here; every message is a spec of
its own in msgs137_rejections.py, msgs137_invites.py, msgs137_acks.py and msgs137_other.py.
"""

from __future__ import annotations

CANDIDATE_NAME = "Mateo Bianchi-Ørsted"
CANDIDATE = "mateo.bo@example.es"
ME = (CANDIDATE_NAME, CANDIDATE)

# A tracking pixel the way marketing tools and ATS put one at the end of the HTML.
PIXEL = '<img src="https://{host}/o/{tag}.gif" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">'


def pixel(host: str, tag: str) -> str:
    """One invisible 1x1 image on the given tracker host."""
    return PIXEL.format(host=host, tag=tag)


def spec(**fields: object) -> dict:
    """One message spec, written by hand; the generator reads its keys (see make_hundredthirtyseventh.py)."""
    return fields


def att(filename: str, lines: list[str]) -> dict:
    """A PDF attachment: its file name and the lines printed on its single page."""
    return {"filename": filename, "lines": lines}
