"""Shared pieces for the corpus specs: the candidate, the spec constructor, layout helpers.

Layout only: nothing here decides a label.
"""

from __future__ import annotations

import textwrap
from typing import Any

ME_NAME = "Ruairí Ó Donnchadha-Weiss"
ME_ADDR = "ruairi.odonnchadha@example.ie"
ME = (ME_NAME, ME_ADDR)

Spec = dict[str, Any]


def S(
    kind: str,
    lang: str,
    key: str,
    date: str,
    frm: tuple[str, str],
    subject: str,
    body: str,
    **extra: Any,
) -> Spec:
    """One hand-written message. `extra` may hold: company, contact, to, cc, reply_to, html
    ("alt" or "only"), cte ("qp", "base64", "8bit", "7bit"), charset, pdf (list of (file name,
    lines)), ics (dict), fwd (an inner spec), headers (dict), subj_enc / name_enc ((q|b, charset)),
    reply (key of the message answered), quote (attribution style)."""
    spec: Spec = {
        "kind": kind,
        "lang": lang,
        "key": key,
        "date": date,
        "frm": frm,
        "subject": subject,
        "body": textwrap.dedent(body).strip("\n") + "\n",
        "company": "",
        "contact": "",
    }
    spec.update(extra)
    return spec


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or alert digest."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


AUTO_REPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
