"""Separate what the sender wrote from the reply chain they quoted below (or between) it.

Pure: standard library only, nothing from the project. Detection decides on the new text,
so a rejection quoted at the bottom of the user's own reply must not count as a rejection.

The rules are structural, not tied to any sample message: the text is cut at the first
attribution line ("On <date>, <name> wrote:" and its German, French, Spanish, Italian, Dutch,
Portuguese and Swedish forms, also when a mail client wraps it over two lines), at an
"Original Message" divider, at an Outlook header block ("From:" followed by "Sent:"/"Date:" in
the next lines, in several languages) or a long underscore separator. Lines starting with ">"
are quoted wherever they are, with the attribution above them; unquoted lines between or
after them (an inline or bottom-posted answer) stay new.
Signatures are kept: they belong to the sender and often name the company and role.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

# "On Tue, 3 Nov 2026 at 10:02, Jane Doe <jane@x.com> wrote:" and translations. The lazy
# middle keeps each pattern bounded to one (possibly two joined) line(s).
_ATTRIBUTION = re.compile(
    r"""^\s*(?:
        (?:on|am|le|el|il|op|em|den|på)\b .{3,300}?
        (?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|escreveu|skrev)\b.{0,200}?
      | .{0,200}?\b(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|escreveu|skrev)
        \s+(?:on|am|le|el|il|op|em)\b.{3,200}?
    )\s*:\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

_DATE_OR_ADDRESS = re.compile(r"\d|@")

_ORIGINAL_DIVIDER = re.compile(
    r"""^\s*-{2,}\s*(?:
        original\s+message | ursprüngliche\s+nachricht | message\s+d['’]origine
      | mensaje\s+original | messaggio\s+originale | oorspronkelijk\s+bericht
      | mensagem\s+original | forwarded\s+message | weitergeleitete\s+nachricht
      | message\s+transféré | mensaje\s+reenviado
    )\s*-{2,}\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

_UNDERSCORE_SEPARATOR = re.compile(r"^\s*_{20,}\s*$")

# Outlook's header block: "From: ..." then, within a few lines, "Sent: ..." (or Date/To/Subject).
# Leading "*" comes from bold markup converted to text.
_HEADER_FROM = re.compile(r"^[\s*]*(?:from|von|de|da|van|från|fra)\s*\*?\s*:", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^[\s*]*(?:sent|date|gesendet|datum|envoyé|enviado(?:\s+el)?|inviato|verzonden|skickat|"
    r"sendt|to|an|à|para|a|aan|till|til|subject|betreff|objet|asunto|oggetto|onderwerp|ämne|"
    r"emne)\s*\*?\s*:",
    re.IGNORECASE,
)
_HEADER_LOOKAHEAD = 4


def _is_quote(line: str) -> bool:
    return line.lstrip().startswith(">")


def _outlook_block_at(lines: list[str], i: int) -> bool:
    if not _HEADER_FROM.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1 : i + 1 + _HEADER_LOOKAHEAD] if ln.strip()]
    # Two more header-like lines: one "From:" in prose is not enough to cut a message.
    return sum(1 for ln in following[:3] if _HEADER_NEXT.match(ln)) >= 2


def _is_attribution(line: str) -> bool:
    # A real attribution carries a date or an address; "Am Montag schrieb ich Ihnen:" does not.
    return bool(_ATTRIBUTION.match(line)) and bool(_DATE_OR_ADDRESS.search(line))


def _attribution_lines(lines: list[str], i: int) -> int:
    """How many lines (0, 1 or 2) an attribution starting at line i spans."""
    line = lines[i]
    if _is_attribution(line):
        return 1
    # Gmail and Apple Mail wrap long attributions: "On ..., Jane Doe <\njane@x.com> wrote:".
    if i + 1 < len(lines) and line.strip() and not _is_quote(lines[i + 1]):
        joined = line.rstrip() + " " + lines[i + 1].strip()
        if _is_attribution(joined) and not _is_attribution(lines[i + 1]):
            return 2
    return 0


def _quote_follows(lines: list[str], i: int) -> bool:
    following = next((ln for ln in lines[i:] if ln.strip()), "")
    return _is_quote(following)


def split_quoted(text: str) -> tuple[str, str]:
    """Split a message text into (new, quoted).

    `new` is what the sender wrote: the lines not starting with ">", up to the first divider,
    Outlook header block, or attribution whose quote is not marked with ">". An attribution
    followed by ">" lines is quoted with them and the scan goes on, so a bottom-posted or
    interleaved answer stays new. `quoted` is the rest, in order. Both are stripped of
    surrounding blank lines.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    new: list[str] = []
    quoted: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _ORIGINAL_DIVIDER.match(line) or _UNDERSCORE_SEPARATOR.match(line):
            quoted.extend(lines[i:])
            break
        if _outlook_block_at(lines, i):
            quoted.extend(lines[i:])
            break
        span = _attribution_lines(lines, i)
        if span and not _quote_follows(lines, i + span):
            quoted.extend(lines[i:])  # the chain below is not marked: everything is quoted
            break
        if span or _is_quote(line):
            quoted.extend(lines[i : i + max(span, 1)])
            i += max(span, 1)
            continue
        new.append(line)
        i += 1
    return "\n".join(new).strip(), "\n".join(quoted).strip()
