"""Shared layout helpers for corpus 294: the candidate, a spec constructor and an HTML shell.

Layout only: no message text lives here.
"""

from __future__ import annotations

import html

CAND = ("Niamh O'Donoghue", "niamh.odonoghue@example.ie")


def m(key: str, kind: str, lang: str, date: str, frm: tuple[str, str], subject: str,
      body: str, company: str = "", contact: str = "", **extra: object) -> dict[str, object]:
    """One message spec. `date` is ISO 8601 with the sender's UTC offset."""
    spec: dict[str, object] = {
        "key": key, "kind": kind, "lang": lang, "date": date, "frm": frm,
        "subject": subject, "body": body, "company": company, "contact": contact,
    }
    spec.update(extra)
    return spec


def html_shell(text: str, brand: str = "", colour: str = "#1d4e89") -> str:
    """Wrap plain paragraphs in a simple HTML mail layout (quoted lines become a blockquote)."""
    blocks: list[str] = []
    quoted: list[str] = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            quoted.extend(line.lstrip("> ") for line in lines)
            continue
        if quoted:
            blocks.append("<blockquote>" + "<br>\n".join(html.escape(q) for q in quoted)
                          + "</blockquote>")
            quoted = []
        blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    if quoted:
        blocks.append("<blockquote>" + "<br>\n".join(html.escape(q) for q in quoted)
                      + "</blockquote>")
    head = (f'<div style="background:{colour};color:#fff;padding:12px;font-weight:bold">'
            f"{html.escape(brand)}</div>\n") if brand else ""
    return ("<!DOCTYPE html>\n<html><head><title></title></head>\n"
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{head}" + "\n".join(blocks) + "\n</body></html>\n")
