"""The spec list every msgs71_ data module appends to, in inbox order within each module."""

from __future__ import annotations

ALL: list[dict] = []

NIA = "nia.ob@example.co.za"


def M(kind: str, slug: str, lang: str, frm: tuple[str, str], subject: str, date: str, body: str,
      company: str = "", contact: str = "", **extra: object) -> None:
    """Register one message: labels (kind, company, contact, lang) and how it is built.

    extra: fmt (plain|qp|b64|html|alt), charset, cte, reply_to, to, cc, parent, refs, headers,
    html, ics, attach=(filename, content type), brand, track.
    """
    ALL.append(dict(kind=kind, slug=slug, lang=lang, frm=frm, subject=subject, date=date,
                    body=body, company=company, contact=contact, **extra))
