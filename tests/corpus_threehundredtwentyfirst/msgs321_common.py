"""Shared layout helpers for the hand-written message specs (no message content lives here).

A spec is a plain dict made by `M(...)`. Keys:
  id, kind, lang, company, contact   -- the label (kind None: a thread parent never written out)
  frm=(name, addr), reply=(name, addr) or None, to=[(name, addr)], cc=[(name, addr)]
  subj, date ("2026-03-04 10:15 +0100"), body (plain text), html (optional, or True for a shell)
  fmt: "plain" | "html" | "alt";  cte: "7bit" | "8bit" | "quoted-printable" | "base64"
  cs: body charset;  subj_cs / name_cs: (charset, "q" | "b") for RFC 2047 words
  parent: id of the message replied to; quote: attribution style for quoting the parent
  ics: calendar dict; pdfs: [(filename, [lines])]; fwd: an inner spec forwarded as message/rfc822
  hdrs: extra headers
"""

from __future__ import annotations

import textwrap
from typing import Any

ME = ("Guillermo Echevarría Lizarraga", "g.echevarria@example.es")

Spec = dict[str, Any]


def M(**kw: Any) -> Spec:
    spec: Spec = {
        "kind": None, "lang": "es", "company": "", "contact": "", "reply": None,
        "to": [ME], "cc": [], "fmt": "plain", "cte": "quoted-printable", "cs": "utf-8",
        "subj_cs": ("utf-8", "q"), "name_cs": ("utf-8", "q"), "parent": None, "quote": None,
        "ics": None, "pdfs": [], "fwd": None, "hdrs": {}, "html": None,
    }
    spec.update(kw)
    return spec


def wrap(text: str, width: int = 72) -> str:
    """Fill every long line that is not a quote; keep the author's short lines as written."""
    out: list[str] = []
    for line in textwrap.dedent(text).strip("\n").split("\n"):
        if len(line) > 76 and not line.startswith(">"):
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(line.rstrip())
    return "\n".join(out) + "\n"


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_shell(text: str, brand: str = "", color: str = "#1f4e79") -> str:
    """A plain HTML rendering of a plain-text body: one <p> per paragraph."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(esc(line) for line in p.split("\n")) + "</p>" for p in paras)
    head = (f'<div style="background:{color};color:#fff;padding:12px;font-size:18px">'
            f"{esc(brand)}</div>\n") if brand else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{head}<div style=\"padding:12px\">\n{body}\n</div>\n</body></html>\n")


MONTHS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
DAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
