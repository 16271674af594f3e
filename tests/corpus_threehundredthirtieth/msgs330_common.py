"""Layout helpers for the corpus 330 specs: the candidate, text dedenting, HTML shells.

Only layout lives here; every message's words are written in the msgs330_*.py modules.
"""

from __future__ import annotations

import html
import re
import textwrap
from typing import Any

CANDIDATE = ("Declan Ó Briain-Whitfield", "declan.whitfield@example.ie")
DECLAN_ASCII = ("Declan Whitfield", "declan.whitfield@example.ie")


def msg(**fields: Any) -> dict[str, Any]:
    """One hand-written message spec (see make_threehundredthirtieth.py for the fields)."""
    return fields


def calendar(**fields: Any) -> dict[str, Any]:
    """The calendar event of a message: method, uid, seq, start, end, tz, summary, ..."""
    return fields


def t(text: str) -> str:
    """A hand-written body: dedented, without the leading blank line, one final newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def shell(brand: str, paragraphs: list[str], footer: str = "", colour: str = "#24466b",
          lang: str = "en") -> str:
    """A plain HTML e-mail layout: a coloured brand bar, the paragraphs, a small footer."""
    body = "\n".join(f"<p style=\"margin:0 0 14px 0\">{p}</p>" for p in paragraphs)
    foot = (f"<p style=\"font-size:11px;color:#777777\">{footer}</p>\n" if footer else "")
    return (
        f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(brand)}</title>\n</head>\n"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"background:{colour};color:#ffffff;padding:14px 20px;"
        f"font-size:18px\"><b>{html.escape(brand)}</b></td></tr>\n"
        "<tr><td style=\"padding:20px\">\n"
        f"{body}\n{foot}"
        "</td></tr>\n</table>\n</body>\n</html>\n"
    )


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body (for quoting an HTML-only message in a reply)."""
    markup = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]+>", "", markup))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
