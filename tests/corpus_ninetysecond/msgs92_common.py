"""The one helper the msgs92_* data modules share: a spec dict from positional essentials.

Standard library only; imported by make_ninetysecond.py's data modules.
"""

from __future__ import annotations


def m(kind: str, slug: str, lang: str, company: str, frm: tuple[str, str], subject: str,
      date: str, body: str, **opts: object) -> dict:
    """One message spec; opts are the generator's optional keys (fmt, cte, charset, reply_to,
    cc, thread, headers, ics, attach, system, contact, html, logo, to)."""
    return {"kind": kind, "slug": slug, "lang": lang, "company": company, "from": frm,
            "subject": subject, "date": date, "body": body, **opts}
