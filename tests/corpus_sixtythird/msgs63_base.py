"""The entry constructor the msgs63_* data modules share (standard library only)."""

from __future__ import annotations

from typing import Any


def E(kind: str, slug: str, lang: str, company: str, contact: str, frm: str, subject: str,
      date: str, body: str, **opts: Any) -> dict[str, Any]:
    """One message: its labels, its headers and text, and how make_sixtythird renders it."""
    return dict(kind=kind, slug=slug, lang=lang, company=company, contact=contact, frm=frm,
                subject=subject, date=date, body=body, **opts)
