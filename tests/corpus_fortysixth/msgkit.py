"""The one helper the msgs_*.py lists share: a compact way to write a labelled message.

Imports: nothing but the standard library.
"""

from __future__ import annotations

from typing import Any

ME = ("Amadou Diallo-Lefèvre", "amadou.diallo@example.fr")


def M(kind: str, name: str, lang: str, frm: tuple[str, str], subject: str, body: str,
      company: str = "", contact: str = "", **opts: Any) -> dict[str, Any]:
    """A message spec: labels plus what make_fortysixth.build needs to package it."""
    return {"kind": kind, "name": name, "lang": lang, "frm": frm, "subject": subject,
            "body": body.strip("\n") + "\n", "company": company, "contact": contact, **opts}
