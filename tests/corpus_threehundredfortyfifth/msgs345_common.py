"""Shared layout helpers for corpus 345: the spec builder, HTML shells and signatures.

Layout only: no message text lives here except the candidate's own identity.
"""

from __future__ import annotations

from typing import Any

CANDIDATE = ("Jorge Altamirano Quiroga", "jorge.altamirano@example.es")
ME = CANDIDATE

Spec = dict[str, Any]


def M(kind: str, slug: str, lang: str, frm: tuple[str, str], subject: str, date: str,
      body: str | None, **extra: Any) -> Spec:
    """One message spec. `date` is 'YYYY-MM-DD HH:MM +ZZZZ'."""
    spec: Spec = {
        "kind": kind, "slug": slug, "lang": lang, "frm": frm, "subject": subject,
        "date": date, "body": body, "company": "", "contact": "",
    }
    spec.update(extra)
    return spec


def html_page(*paragraphs: str, footer: str = "", brand: str = "") -> str:
    """A plain HTML e-mail shell around the given paragraphs (already HTML-escaped)."""
    head = f'<div style="font-weight:bold;font-size:18px;color:#1d4e89">{brand}</div>\n' if brand else ""
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    foot = f'<hr>\n<p style="font-size:11px;color:#777">{footer}</p>\n' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n"
        '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        f"{head}{paras}\n{foot}</body>\n</html>\n"
    )


def sig(*lines: str) -> str:
    """A signature block under the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"
