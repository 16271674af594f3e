"""The one constructor every msgs57_* data module uses to describe a corpus message.

Imports nothing from the project: the data is plain dicts read by make_fiftyseventh.py.
"""

from __future__ import annotations

from typing import Any

LUCIA = "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>"


def m(kind: str, scen: str, lang: str, frm: str, subj: str, body: str, **options: Any) -> dict[str, Any]:
    """One message: its label (kind, company, contact), its headers and its body.

    Options: company, contact (overrides the Reply-To/sender rule), reply_to, to, date
    (ISO with offset), fmt ('plain', 'html', 'alt'), charset, cte, quote (style, who, text),
    ics (dict), attach (file name), headers (extra), html (hand-written HTML part),
    in_reply_to (message id of the mail answered).
    """
    return {"kind": kind, "scen": scen, "lang": lang, "frm": frm, "subj": subj, "body": body, **options}
