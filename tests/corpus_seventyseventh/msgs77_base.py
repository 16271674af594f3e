"""The one helper every msgs77_* data module uses to describe a message (standard library only)."""

from __future__ import annotations

JONAS = "Jonas Wimmer-Adeyemi <jonas.wa@example.at>"


def msg(kind: str, slug: str, lang: str, company: str, contact: str, frm: str, date: str,
        subj: str, body: str, **extra: object) -> dict:
    """A message description; `extra` carries structure (fmt, cs, cte, quote, ics, att, hdr, rt)."""
    return {"kind": kind, "slug": slug, "lang": lang, "company": company, "contact": contact,
            "frm": frm, "date": date, "subj": subj, "body": body, **extra}
