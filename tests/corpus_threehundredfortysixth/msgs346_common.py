"""Shared pieces of corpus 346: the candidate, the spec helper and HTML shells (layout only)."""

from __future__ import annotations

import html
from typing import Any

CANDIDATE_NAME = "Siobhán Ní Mhurchú-Adeyemi"
CANDIDATE_ADDR = "siobhan.nimhurchu@example.ie"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

Spec = dict[str, Any]


def spec(**fields: Any) -> Spec:
    """One hand-written message spec (a plain dict)."""
    return dict(fields)


def paragraphs_html(text: str) -> str:
    """Text paragraphs as HTML paragraphs; single line breaks become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def shell(text: str, brand: str = "", accent: str = "#2b5f75") -> str:
    """A plain branded HTML e-mail layout around the text."""
    head = ""
    if brand:
        head = (f'<tr><td style="background:{accent};color:#ffffff;padding:12px 20px;'
                f'font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>\n')
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f"{head}"
        '<tr><td style="background:#ffffff;padding:20px;font-size:14px;line-height:1.5">\n'
        f"{paragraphs_html(text)}\n"
        "</td></tr>\n</table>\n</body>\n</html>\n"
    )


def simple_html(text: str) -> str:
    """A bare HTML body as a webmail client writes it."""
    return f'<div dir="ltr">\n{paragraphs_html(text)}\n</div>\n'
