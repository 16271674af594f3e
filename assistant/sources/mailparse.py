"""Raw RFC 5322 message bytes to a `records.Email`, leniently: the one parser every source uses.

Pure (no I/O, no clock): imports the standard library email package, `records`, `errors` and
the sibling pure modules `mimetext` (charsets, encoded words), `mimebody` (text and calendar
parts) and `quoting` (new text vs quoted chain). IMAP, Maildir and mbox all hand their bytes
here, so every source gets the same fields from the same message.

Leniency is the point: mail from the wild breaks every rule, and one bad message must not stop
a sync. The MIME tree comes from the stdlib parser in compat32 mode, headers are read raw
(`raw_items`) and decoded here rather than through the email package's header registry, which
is slow and raises on some hostile inputs. Only input with no
header at all (nothing to identify, nothing to classify) raises `ParseError`.
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from assistant.errors import ParseError
from assistant.records import Address, Email
from assistant.sources.mimebody import extract_body, parse_mime
from assistant.sources.mimetext import (
    ENCODED_WORD,
    decode_encoded_words,
    header_text,
    one_line,
    unescape_8bit,
)
from assistant.sources.quoting import split_quoted

__all__ = ["parse_message", "split_quoted"]

logger = logging.getLogger(__name__)

UNKNOWN_DATE = datetime(1970, 1, 1, tzinfo=UTC)

# Extra headers a classifier can use to tell people from machines (bulk senders, ESPs,
# auto-responders, ATS systems), kept decoded under lower-case names.
EXTRA_HEADERS = (
    "sender",
    "return-path",
    "x-mailer",
    "user-agent",
    "x-auto-response-suppress",
    "x-autoreply",
    "x-autorespond",
    "x-failed-recipients",
    "feedback-id",
    "x-campaign",
    "x-campaign-id",
    "x-mailgun-tag",
    "x-sg-eid",
    "x-ses-outgoing",
    "x-mc-user",
    "x-report-abuse",
    "list-post",
    "organization",
    "content-language",
    "x-original-sender",
)

_ANGLE_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ID = re.compile(r"[^\s<>\"(),;]+@[^\s<>\"(),;]+")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_PLACEHOLDER = "zzencodedwordzz"  # an atom getaddresses keeps intact


class _Headers:
    """Raw header values by lower-case name, in message order, decoded only on demand."""

    def __init__(self, msg: Message) -> None:
        self.raw: dict[str, list[str]] = {}
        for name, value in msg.raw_items():
            self.raw.setdefault(str(name).strip().lower(), []).append(str(value))

    def first(self, name: str, limit: int = 998) -> str | None:
        values = self.raw.get(name)
        return header_text(values[0], limit) if values else None

    def all_raw(self, name: str) -> list[str]:
        return self.raw.get(name, [])


def _addresses(raw_values: list[str]) -> tuple[Address, ...]:
    """Addresses from raw header values, display names decoded.

    Encoded words are swapped for plain placeholder atoms before splitting, so that a
    decoded comma ("=?utf-8?Q?Doe,_Jane?=") cannot split one address in two.
    """
    if not raw_values:
        return ()
    words: list[str] = []

    def hide(match: re.Match[str]) -> str:
        words.append(match.group(0))
        return f"{_PLACEHOLDER}{len(words) - 1}x"

    def reveal(text: str) -> str:
        return re.sub(rf"{_PLACEHOLDER}(\d+)x", lambda m: words[int(m.group(1))], text)

    values = [ENCODED_WORD.sub(hide, one_line(unescape_8bit(v), limit=16384)) for v in raw_values]
    pairs: list[tuple[str, str]] = []
    for name, addr in getaddresses(values):
        name, addr = reveal(name), reveal(addr)
        if "=?" in addr:
            # Some senders encode the whole "Name <addr>" as one encoded word.
            pairs.extend(getaddresses([decode_encoded_words(f"{name} {addr}")]))
        else:
            pairs.append((name, addr))
    result: list[Address] = []
    for name, addr in pairs:
        email = one_line(addr).replace(" ", "").lower()
        if "@" not in email or email.startswith("@") or email.endswith("@"):
            continue
        result.append(Address(email=email[:320], name=header_text(name).strip("\"' ")))
    return tuple(result)


def _message_ids(value: str | None) -> list[str]:
    if not value:
        return []
    found = _ANGLE_ID.findall(value)
    return found or _BARE_ID.findall(value)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000": the time is UTC, the zone unknown
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _date_from_received(headers: _Headers) -> datetime | None:
    """The delivery time stamped by the topmost (our side's) Received header that parses."""
    for raw in headers.all_raw("received"):
        text = header_text(raw)
        if ";" in text:
            parsed = _date(text.rsplit(";", 1)[1].strip())
            if parsed is not None:
                return parsed
    return None


def _synthesized_id(raw: bytes) -> str:
    """A stable id from the header block: the same message always gets the same id."""
    match = _HEADER_END.search(raw)
    head = raw[: match.start()] if match else raw
    return f"{hashlib.sha256(head).hexdigest()[:32]}@synthesized.invalid"


def _marker(headers: _Headers, name: str) -> str | None:
    value = headers.first(name)
    token = value.split(";", 1)[0].strip().lower() if value else ""
    return token or None


def _auto_submitted(headers: _Headers) -> str | None:
    value = _marker(headers, "auto-submitted")
    return None if value == "no" else value  # "no" is the RFC 3834 way of saying "a person"


def _list_id(headers: _Headers) -> str | None:
    value = headers.first("list-id")
    if not value:
        return None
    inner = _ANGLE_ID.search(value)
    return (inner.group(1) if inner else value).lower()


def _extras(headers: _Headers) -> tuple[tuple[str, str], ...]:
    pairs = ((name, headers.first(name)) for name in EXTRA_HEADERS)
    return tuple((name, value) for name, value in pairs if value)


def parse_message(
    raw: bytes,
    *,
    key: str,
    account: str = "",
    folder: str = "",
    uid: int | None = None,
    max_text_bytes: int = 262144,
) -> Email:
    """Parse one message into an `Email`, surviving every defect that leaves a usable message.

    Args:
        raw: the message as stored (RFC 5322 bytes; a leading mbox "From " line is fine).
        key: the source's unique key for this stored copy (also names it in errors).
        max_text_bytes: cap on the decoded text and on each calendar part, in UTF-8 bytes.

    Raises:
        ParseError: the input is empty or has no header at all.
    """
    if not raw or not raw.strip():
        raise ParseError(item=key, reason="empty message")
    msg, _ = parse_mime(raw)  # when the body defeats the parser, extract_body salvages it
    headers = _Headers(msg)
    if not headers.raw:
        raise ParseError(item=key, reason="no headers: not an RFC 5322 message")

    ids = _message_ids(headers.first("message-id"))
    message_id = one_line(ids[0], limit=998) if ids else _synthesized_id(raw)
    date = _date(headers.first("date")) or _date_from_received(headers)
    in_reply_to = _message_ids(headers.first("in-reply-to"))
    body = extract_body(msg, max_text_bytes)
    new_text, _quoted = split_quoted(body.text)
    senders = _addresses(headers.all_raw("from"))
    if date is None:
        logger.debug("%s: no usable Date or Received header", key)
    return Email(
        key=key,
        account=account,
        folder=folder,
        message_id=message_id,
        subject=headers.first("subject") or "",
        date=date or UNKNOWN_DATE,
        sender=senders[0] if senders else None,
        reply_to=_addresses(headers.all_raw("reply-to")),
        to=_addresses(headers.all_raw("to")),
        cc=_addresses(headers.all_raw("cc")),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=tuple(_message_ids(headers.first("references", limit=65536))),
        list_id=_list_id(headers),
        list_unsubscribe=bool(headers.first("list-unsubscribe")),
        auto_submitted=_auto_submitted(headers),
        precedence=_marker(headers, "precedence"),
        headers=_extras(headers),
        text=body.text,
        new_text=new_text,
        from_html=body.from_html,
        link_count=body.link_count,
        calendar_parts=body.calendar_parts,
        truncated=body.truncated,
        uid=uid,
        date_unknown=date is None,
    )
