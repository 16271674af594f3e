"""Shared layout helpers for corpus 356: the candidate, message specs, HTML shells, signatures.

Layout only: no message text lives here except the candidate's own identity.
"""

from __future__ import annotations

import html
from typing import Any

ME = ("Yasmine Belkacem-Hartley", "yasmine.belkacem@example.fr")

Spec = dict[str, Any]


def msg(key: str, kind: str, lang: str, frm: tuple[str, str], subject: str, date: str,
        body: str | None, **extra: Any) -> Spec:
    """One hand-written message spec; `extra` holds the optional layout keys the builder reads:
    company, contact, reply_to, to, cc, html, charset, cte, subj_enc, name_enc, attach, cal,
    fwd, parent, quote, headers."""
    spec: Spec = {"key": key, "kind": kind, "lang": lang, "frm": frm, "subject": subject,
                  "date": date, "body": body, "company": "", "contact": ""}
    spec.update(extra)
    return spec


def sig(*lines: str) -> str:
    """A signature block after the usual "-- " separator."""
    return "\n-- \n" + "\n".join(lines)


def html_shell(text: str, brand: str = "", color: str = "#1f4e79", footer: str = "") -> str:
    """Wrap plain paragraphs in a simple table-based mail layout."""
    paras = []
    for block in text.strip().split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        paras.append('<p style="margin:0 0 12px 0">' + "<br>".join(lines) + "</p>")
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 20px;'
                f'font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:10px 20px;font-size:11px;color:#777777">'
                f"{html.escape(footer)}</td></tr>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" style="max-width:620px">\n'
        f"{head}\n"
        f'<tr><td style="padding:18px 20px">\n{chr(10).join(paras)}\n</td></tr>\n'
        f"{foot}\n</table>\n</body></html>\n"
    )
