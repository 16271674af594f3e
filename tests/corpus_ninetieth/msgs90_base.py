"""The record one hand-written message of the ninetieth corpus is declared with.

Imported by the msgs90_* data modules and by make_ninetieth.py; imports only the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CANDIDATE = "Friederike Adeyemi-Sommer <friederike.as@example.de>"


@dataclass
class E:
    """One message: its label, its words, and how it is wrapped (fmt, charset, cte).

    fmt: plain | html (HTML only) | alt (multipart/alternative) | mixed (text + attachment)
    quote: (style, author, text) appended under the new text, styled as the mail program would.
    ics: dict for a text/calendar part (start, minutes, summary, method, location, organizer).
    """

    kind: str
    slug: str
    lang: str
    frm: str
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    reply_to: str = ""
    to: str = CANDIDATE
    cc: str = ""
    fmt: str = "plain"
    charset: str = "utf-8"
    cte: str = ""
    html: str = ""
    quote: tuple[str, str, str] | None = None
    ics: dict[str, Any] | None = None
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    reply: bool = False
