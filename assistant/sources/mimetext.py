"""Bytes and raw header values from mail to clean Python text, whatever the sender got wrong.

Pure: standard library only, nothing from the project. Mail in the wild declares charsets it
does not use, declares none, invents names ("x-unknown", "utf8mb4"), puts raw 8-bit bytes in
headers and breaks encoded words. Every function here returns usable text and never raises on
bad input; the worst case is a replacement character.

Fallback chain for bytes: the declared charset (when Python knows it as a text codec), then
UTF-8, then windows-1252, then latin-1 (which maps every byte, so the chain always ends).
"""

from __future__ import annotations

import binascii
import codecs
import logging
import re

logger = logging.getLogger(__name__)

_FALLBACKS = ("utf-8", "windows-1252", "latin-1")

# Charset labels seen in real mail that Python does not know or knows under another name.
_ALIASES = {
    "utf8mb4": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    "x-user-defined": "windows-1252",
    "ansi_x3.4-1968": "ascii",
    "ks_c_5601-1987": "cp949",
    "x-mac-roman": "mac-roman",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",  # a superset; senders labelled GBK/GB18030 text as GB2312 for decades
    "gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
}

# =?charset*lang?B|Q?payload?= (RFC 2047 with the RFC 2231 language suffix).
ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BASE64_WORD = re.compile(r"[A-Za-z0-9+/]*=*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")


def codec_for(label: str | None) -> str | None:
    """The Python text codec for a declared charset label, or None when unusable."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    # bytes-to-bytes codecs (base64, zlib, rot13...) are looked up fine but are not charsets.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: the declared charset, then UTF-8, windows-1252, latin-1."""
    first = codec_for(declared)
    for name in (first, *_FALLBACKS) if first else _FALLBACKS:
        try:
            text = data.decode(name)
        except (UnicodeError, LookupError, ValueError):
            continue
        # UTF-7 and UTF-16 variants decode lone surrogates, which no UTF-8 store accepts.
        return text if text.isascii() else _SURROGATE.sub("\ufffd", text)
    return data.decode("latin-1", "replace")  # unreachable: latin-1 maps every byte


def _raw_to_bytes(raw: str) -> bytes:
    # The email parser reads bytes as ASCII with surrogateescape; this restores them exactly.
    return raw.encode("utf-8", "surrogateescape")


def unescape_8bit(raw: str) -> str:
    """A raw header value as the parser stored it, with any 8-bit bytes decoded by the chain."""
    if raw.isascii():
        return raw
    return decode_bytes(_raw_to_bytes(raw))


def _decode_word_payload(encoding: str, payload: str) -> bytes | None:
    try:
        if encoding in "bB":
            if not _BASE64_WORD.fullmatch(payload):
                return None  # not base64 at all: show the word as it came
            data = payload.rstrip("=")
            data = data[:-1] if len(data) % 4 == 1 else data  # a lone char encodes nothing
            return binascii.a2b_base64(data + "=" * (-len(data) % 4))
        return binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return None


def decode_encoded_words(text: str) -> str:
    """Decode RFC 2047 encoded words leniently; a word that cannot be decoded stays as is.

    Adjacent words in the same charset are decoded together, because broken encoders split a
    multi-byte character across two words; whitespace between encoded words is dropped as the
    RFC requires.
    """
    out: list[str] = []
    pending: bytearray = bytearray()
    pending_charset: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending_charset is not None:
            out.append(decode_bytes(bytes(pending), pending_charset))
        pending, pending_charset = bytearray(), None

    for match in ENCODED_WORD.finditer(text):
        gap = text[pos : match.start()]
        charset, encoding, payload = match.groups()
        decoded = _decode_word_payload(encoding, payload)
        between_words = pending_charset is not None and not gap.strip()
        if decoded is None:
            flush()
            out.append(gap + match.group(0))
        elif between_words and charset.lower() == pending_charset:
            pending += decoded
        else:
            if not between_words:
                flush()
                out.append(gap)
            else:
                flush()
            pending, pending_charset = bytearray(decoded), charset.lower()
        pos = match.end()
    flush()
    out.append(text[pos:])
    return "".join(out)


def one_line(text: str, limit: int = 998) -> str:
    """Whitespace (CR and LF included) collapsed to single spaces, controls removed, capped."""
    return _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()[:limit]


def header_text(raw: str, limit: int = 998) -> str:
    """A raw header value as one clean line: 8-bit bytes and encoded words decoded."""
    unfolded = one_line(unescape_8bit(raw), limit=max(limit * 4, 16384))
    return one_line(decode_encoded_words(unfolded), limit)


def body_text(data: bytes, declared: str | None) -> str:
    """Decoded body text with LF line ends and no control characters except tab and LF."""
    text = decode_bytes(data, declared)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
