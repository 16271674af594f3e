"""IMAP BODYSTRUCTURE -> what to fetch of a message, and fetched pieces -> a message to parse.

Pure: standard library only, nothing from the project, no imapclient import (it works on the
nested tuples imapclient returns for BODYSTRUCTURE; `BodyData` is a tuple). Keeping this apart
from `imap` lets the fetch plan be tested with hand-written structures.

A message is fetched whole when it is small and every leaf is text (so the parser sees exactly
the bytes a Maildir copy would give). Otherwise only its header and the leaves the parser reads
(text/plain and text/html unless attached, text/calendar and application/ics) are fetched, each
capped, and `rebuild` stitches them back into a MIME message with part headers written from
the BODYSTRUCTURE; other attachments are left out. An attached message (message/rfc822) is
read as a forward (`mimebody`): its header and its text leaves are fetched too, not its
calendar parts.

Section numbers follow RFC 3501 section 6.4.5: the parts of a multipart are 1, 2, ...; a part
of a nested multipart is 1.2; a message that is not multipart has the single part 1; the
header of an attached message/rfc822 at section S is S.HEADER and its body's parts are S.1,
S.2, ... (S.1 alone when that body is not multipart).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

# What the parser (`mimebody`) reads: calendar parts always, text unless it is an attachment.
CALENDAR_TYPES = frozenset({(b"text", b"calendar"), (b"application", b"ics")})
TEXT_TYPES = frozenset({(b"text", b"plain"), (b"text", b"html")})
_CRLF = b"\r\n"


@dataclass(frozen=True, slots=True)
class Part:
    """One node of a BODYSTRUCTURE: a leaf, or a multipart with `children`."""

    section: str
    maintype: bytes  # lower-case, e.g. b"text"; b"multipart" for containers
    subtype: bytes
    params: tuple[tuple[bytes, bytes], ...] = ()
    encoding: bytes = b"7bit"
    size: int = 0
    disposition: tuple[bytes, tuple[tuple[bytes, bytes], ...]] | None = None
    children: tuple[Part, ...] = ()
    embedded: Part | None = None  # the body of a message/rfc822 leaf

    @property
    def is_multipart(self) -> bool:
        return self.maintype == b"multipart"

    @property
    def is_attachment(self) -> bool:
        return self.disposition is not None and self.disposition[0] == b"attachment"

    def param(self, name: bytes) -> bytes | None:
        return next((v for k, v in self.params if k.lower() == name), None)

    def leaves(self) -> Iterator[Part]:
        """Every leaf, descending into multiparts and attached messages."""
        if self.is_multipart:
            for child in self.children:
                yield from child.leaves()
        elif self.embedded is not None:
            yield from self.embedded.leaves()
        else:
            yield self


def parse_structure(structure: Any) -> Part:
    """The `Part` tree for an imapclient BODYSTRUCTURE value.

    Raises:
        ValueError: the structure does not have the shape RFC 3501 gives it.
    """
    try:
        return _node(structure, "")
    except (IndexError, TypeError, AttributeError) as exc:
        raise ValueError(f"unreadable BODYSTRUCTURE ({type(exc).__name__})") from None


def _node(data: Any, section: str) -> Part:
    if isinstance(data[0], list | tuple):  # multipart: parts, subtype, [params, disposition...]
        children = data[0] if isinstance(data[0], list) else _leading_tuples(data)
        rest = data[1:] if isinstance(data[0], list) else data[len(children) :]
        prefix = f"{section}." if section else ""
        return Part(
            section=section,
            maintype=b"multipart",
            subtype=_lower(rest[0]),
            params=_pairs(rest[1] if len(rest) > 1 else None),
            disposition=_disposition(rest[2] if len(rest) > 2 else None),
            children=tuple(_node(c, f"{prefix}{i}") for i, c in enumerate(children, 1)),
        )
    own = section or "1"
    maintype, subtype = _lower(data[0]), _lower(data[1])
    embedded = None
    if maintype == b"message" and subtype == b"rfc822":
        embedded = _node(data[8], own) if _is_structure(data[8]) else None
        extension = 10
    else:
        extension = 8 if maintype == b"text" else 7
    disposition = data[extension + 1] if len(data) > extension + 1 else None
    return Part(
        section=own,
        maintype=maintype,
        subtype=subtype,
        params=_pairs(data[2]),
        encoding=_lower(data[5]) or b"7bit",
        size=int(data[6] or 0),
        disposition=_disposition(disposition),
        embedded=embedded if embedded is None or embedded.is_multipart else _single(embedded, own),
    )


def _single(part: Part, parent: str) -> Part:
    # A non-multipart body inside message/rfc822 at S is section S.1, not S.
    return replace(part, section=f"{parent}.1")


def _leading_tuples(data: Any) -> list[Any]:
    return list(itertools.takewhile(lambda item: isinstance(item, list | tuple), data))


def _is_structure(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) > 1


def _lower(value: Any) -> bytes:
    if isinstance(value, str):
        value = value.encode()
    return value.lower() if isinstance(value, bytes) else b""


def _pairs(value: Any) -> tuple[tuple[bytes, bytes], ...]:
    if not isinstance(value, list | tuple):
        return ()
    items = [v.encode() if isinstance(v, str) else v for v in value]
    return tuple(
        (k.lower(), v)
        for k, v in zip(items[::2], items[1::2], strict=False)
        if isinstance(k, bytes) and isinstance(v, bytes)
    )


def _disposition(value: Any) -> tuple[bytes, tuple[tuple[bytes, bytes], ...]] | None:
    if not isinstance(value, list | tuple) or not value or not isinstance(value[0], bytes | str):
        return None
    return _lower(value[0]), _pairs(value[1] if len(value) > 1 else None)


def fetch_whole(root: Part, size: int, cap: int) -> bool:
    """Fetch the message whole? Only when it is small and holds nothing but text."""
    return size <= cap and all(leaf.maintype == b"text" for leaf in root.leaves())


def text_sections(root: Part) -> tuple[str, ...]:
    """Sections worth reading: the text leaves, and each attached message's header and
    text leaves."""
    return tuple(_kept(root))


def _kept(part: Part, forwarded: bool = False) -> Iterator[str]:
    """`text_sections` of `part`; `forwarded`: inside an attached message, whose calendar
    parts are not read."""
    if part.is_multipart:
        for child in part.children:
            yield from _kept(child, forwarded)
    elif part.embedded is not None:
        yield _header_section(part)
        yield from _kept(part.embedded, forwarded=True)
    elif ((part.maintype, part.subtype) in CALENDAR_TYPES and not forwarded) or (
        (part.maintype, part.subtype) in TEXT_TYPES and not part.is_attachment
    ):
        yield part.section


def _header_section(part: Part) -> str:
    """The section of an attached message's header."""
    return f"{part.section}.HEADER"


def trim(data: bytes, part: Part, cap: int) -> tuple[bytes, bool]:
    """A capped body made decodable again; True when the part was longer than the cap.

    A cut at an arbitrary byte would break a base64 quantum, a quoted-printable escape or a
    UTF-8 sequence (and then the charset fallback would garble the whole part), so the cut is
    moved back to the last line break, and base64 to a whole number of 4-character groups.
    """
    if part.size <= cap and len(data) < cap:
        return data, False
    line_end = data.rfind(b"\n")
    if line_end > 0:
        data = data[: line_end + 1]
    if part.encoding == b"base64":
        usable = len(b"".join(data.split())) // 4 * 4
        data = b"".join(data.split())[:usable]
    return data, True


def assemble(
    root: Part, plan: tuple[str, ...] | None, fetched: dict[bytes, Any], cap: int
) -> tuple[bytes, bool]:
    """The message bytes to parse from one FETCH response, and whether text was cut.

    `plan` is None for a message fetched whole (BODY[]), else the text sections fetched with
    BODY[HEADER] and partial BODY[section]<0.cap> items.
    """
    if plan is None:
        return fetched.get(b"BODY[]") or b"", False
    leaves = {p.section: p for p in root.leaves()}
    bodies: dict[str, bytes] = {}
    truncated = False
    for section in plan:
        data = fetched.get(f"BODY[{section}]<0>".encode()) or b""
        leaf = leaves.get(section)
        if leaf is None:  # an attached message's header, whole unless it is huge
            leaf = Part(section, b"message", b"rfc822", size=len(data))
        bodies[section], cut = trim(data, leaf, cap)
        truncated = truncated or cut
    return rebuild(fetched.get(b"BODY[HEADER]") or b"", root, bodies), truncated


def rebuild(header: bytes, root: Part, bodies: dict[str, bytes]) -> bytes:
    """A MIME message from the top header and the fetched text bodies, without attachments.

    Part headers come from the BODYSTRUCTURE (type, charset, encoding, disposition): enough
    for the parser to decode each text part exactly as it would in the original message.
    """
    header = header.rstrip(b"\r\n") + _CRLF + _CRLF
    return header + _body(root, bodies)


def _body(part: Part, bodies: dict[str, bytes]) -> bytes:
    if part.embedded is not None:  # an attached message: its own header, then its body
        header = bodies.get(_header_section(part), b"").rstrip(b"\r\n")
        return header + _CRLF + _CRLF + _body(part.embedded, bodies)
    if not part.is_multipart:
        return bodies.get(part.section, b"")
    boundary = part.param(b"boundary") or b"=_assistant_rebuilt_" + part.section.encode()
    out = []
    for child in part.children:
        if child.is_multipart and not any(True for _ in _kept(child)):
            continue
        if not child.is_multipart and (
                _header_section(child) if child.embedded else child.section) not in bodies:
            continue
        out.append(b"--" + boundary + _CRLF + _part_header(child) + _CRLF + _body(child, bodies))
    out.append(b"--" + boundary + b"--" + _CRLF)
    return _CRLF.join(out)


def _part_header(part: Part) -> bytes:
    params = part.params
    if part.is_multipart and part.param(b"boundary") is None:
        params = (*params, (b"boundary", b"=_assistant_rebuilt_" + part.section.encode()))
    lines = [b"Content-Type: " + part.maintype + b"/" + part.subtype + _format_params(params)]
    if not part.is_multipart:
        lines.append(b"Content-Transfer-Encoding: " + part.encoding)
    if part.disposition is not None:
        kind, disp_params = part.disposition
        lines.append(b"Content-Disposition: " + kind + _format_params(disp_params))
    return b"".join(line + _CRLF for line in lines)


def _format_params(params: tuple[tuple[bytes, bytes], ...]) -> bytes:
    out = b""
    for key, value in params:
        if key.endswith(b"*"):  # RFC 2231 extended value: already encoded, never quoted
            out += b"; " + key + b"=" + value
        else:
            escaped = value.replace(b"\\", b"\\\\").replace(b'"', b'\\"')
            out += b"; " + key + b'="' + escaped.replace(b"\r", b"").replace(b"\n", b"") + b'"'
    return out
