"""Shared shape of one hand-written message in the ninety-first corpus (data only, no I/O)."""

from __future__ import annotations

CANDIDATE = ("Ignacio Tupa-Villalobos", "ignacio.tv@example.cl")


def m(kind: str, slug: str, lang: str, frm: tuple[str, str], subject: str, body: str,
      **extra: object) -> dict:
    """One message as data; extra keys (company, contact, reply_to, fmt, charset, cte, ics,
    quote, headers, attach, sent, to) are read by make_ninetyfirst.build."""
    return {"kind": kind, "slug": slug, "lang": lang, "from": frm, "subject": subject,
            "body": body, **extra}
