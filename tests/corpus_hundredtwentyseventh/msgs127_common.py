"""Shared bits of the hundred-twenty-seventh corpus specs: the candidate and a quoting helper.

Every message spec is a plain dict written by hand in msgs127_*.py; make_hundredtwentyseventh.py
turns it into MIME. Keys a spec may carry:

  kind, scenario, company, contact, lang      the labels and the file name
  key                                         a name other specs use in irt/refs
  sender (name, addr), reply_to, to, cc       addresses ((name, addr) or [(name, addr), ...])
  name_charset                                charset of RFC 2047 display names (default utf-8)
  subject, subject_charset                    subject and the charset of its encoded words
  date, tz                                    "YYYY-MM-DD HH:MM" and a zone name (default Europe/Berlin)
  irt, refs                                   In-Reply-To / References (spec keys or literal ids)
  mua                                         gmail / outlook / apple / iphone / thunderbird / ats ...
  structure                                   plain / html / alt / mixed
  text, html                                  the text; html is raw HTML or a dict(style=...)
  charset, cte                                body charset and transfer encoding
  calendar, attachments, headers              text/calendar part, PDFs, extra headers
"""

from __future__ import annotations

CAND_NAME = "Nikolai Brandt-Oyelaran"
CAND_ADDR = "nikolai.bo@example.dk"
CAND = (CAND_NAME, CAND_ADDR)


def quote(text: str, prefix: str = ">") -> str:
    """Prefix every line of text the way mail programs quote (">" plus a space on non-empty lines)."""
    lines = text.strip("\n").split("\n")
    return "\n".join(f"{prefix} {line}" if line else prefix for line in lines)
