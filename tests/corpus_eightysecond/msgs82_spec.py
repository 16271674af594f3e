"""One message of the 82nd corpus, as its data modules write it (no I/O, no project imports).

The data modules (msgs82_*.py) describe each message with M(); make_eightysecond.py turns the
descriptions into .eml files and labels.csv.
"""

from __future__ import annotations

from typing import Any

CAND = "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>"
CAND_ADDR = "dorothea.lm@example.ch"


def M(kind: str, slug: str, lang: str, company: str, contact: str, frm: str, subject: str,
      date: str, body: str, **extra: Any) -> dict[str, Any]:
    """A message description; `extra` holds structure (fmt, html, quote, ics, headers, ...)."""
    return {"kind": kind, "slug": slug, "lang": lang, "company": company, "contact": contact,
            "frm": frm, "subject": subject, "date": date, "body": body, **extra}
