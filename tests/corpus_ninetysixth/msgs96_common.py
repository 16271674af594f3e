"""What the hand-written specs of the ninety-sixth corpus share: the candidate and the spec checker.

Every message is written out in full in one of the msgs96_*.py modules; this module only holds
the candidate's identity and `spec()`, which refuses a field name it does not know so a typo in a
spec cannot silently drop a header.
"""

from __future__ import annotations

CANDIDATE = "gareth.nw@example.co.uk"
CANDIDATE_NAME = "Gareth Nwosu-Whitfield"
ME = (CANDIDATE_NAME, CANDIDATE)

# kind, scen, lang, company, contact: the labels and the file name
# frm, rto, to, cc: (display name, address) pairs; hcs: charset for encoded display names/subject
# subj, date ("YYYY-MM-DD HH:MM +ZZZZ"), text, html: the content
# cs, cte: body charset and transfer encoding (qp, base64, 8bit, 7bit); html_cte when it differs
# mid, irt, refs: threading; hdrs: any other header; att: attachments; cal: a text/calendar part
FIELDS = frozenset({
    "kind", "scen", "lang", "company", "contact",
    "frm", "rto", "to", "cc", "hcs",
    "subj", "date", "text", "html",
    "cs", "cte", "html_cte",
    "mid", "irt", "refs", "hdrs", "att", "cal", "ics_file",
})
REQUIRED = frozenset({"kind", "scen", "lang", "company", "contact", "frm", "subj", "date"})


def spec(**fields: object) -> dict[str, object]:
    """One message, checked for unknown or missing fields."""
    unknown = set(fields) - FIELDS
    missing = REQUIRED - set(fields)
    if unknown or missing:
        raise ValueError(f"{fields.get('scen')}: unknown {sorted(unknown)}, missing {sorted(missing)}")
    if "text" not in fields and "html" not in fields:
        raise ValueError(f"{fields['scen']}: no body")
    return dict(fields)
