"""The compact message description shared by the msgs79_* data modules of the 79th corpus.

Imports nothing from the project; make_seventyninth.py turns these dicts into MIME.
"""

from __future__ import annotations

from typing import Any


def m(kind: str, lang: str, scen: str, frm: str, subj: str, d: str, body: str, **kw: Any) -> dict[str, Any]:
    """One message: kind/lang labels, file scenario, sender, subject, date, body text, options.

    Options: co (company label), ct (contact override), reply_to, cc, to, fmt (plain|html|alt),
    html, cs (charset), cte (qp|b64|8bit), ics (dict), pdf (file names), thread (parent domains),
    hdr (extra headers), brand, track.
    """
    return {"kind": kind, "lang": lang, "scen": scen, "frm": frm, "subj": subj, "d": d, "body": body, **kw}
