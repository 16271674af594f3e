"""Builds the raw bytes of one corpus-58 message from a compact description.

Used only by make_fiftyeighth.py; imports nothing from the project. Bytes are assembled by
hand (not with EmailMessage) so each message keeps the exact charset, transfer encoding and
header encoding its sender's software would have used.
"""

from __future__ import annotations

import base64
import html
import quopri
import re
import zlib
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr, parseaddr

ME = "m.tremblay.okonkwo@example.ca"
ME_NAME = "Mathieu Tremblay-Okonkwo"


@dataclass
class Msg:
    """One message and its labels; everything but the first eight fields is optional."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    sender: tuple[str, str]
    subject: str
    body: str
    reply_to: tuple[str, str] | None = None
    fmt: str = "plain"  # plain | html | alt
    cte: str = "8bit"  # 8bit | qp | b64
    charset: str = "utf-8"
    html_body: str | None = None
    ics: str | None = None
    attach: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    to: str | None = None
    date: str | None = None
    in_reply_to: str | None = None


def q(text: str) -> str:
    """Quote text the way mail clients do for a reply chain."""
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


def _addr(pair: tuple[str, str]) -> str:
    name, address = pair
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset="utf-8")


def _subject(text: str) -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode(linesep="\n")


def _encode(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "b64":
        return "base64", base64.encodebytes(raw)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw)
    try:
        raw.decode("ascii")
        return "7bit", raw
    except UnicodeDecodeError:
        return "8bit", raw


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    name, payload = _encode(text, charset, cte)
    head = f'Content-Type: {ctype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {name}\n\n'
    return head.encode("ascii") + payload.rstrip(b"\n") + b"\n"


def to_html(text: str, track: str) -> str:
    """A mail-merge style HTML rendering: a centred table, inline styles, tracked links."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    cells = []
    for para in paras:
        safe = html.escape(para).replace("\n", "<br>")
        safe = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="https://{track}/c/{zlib.crc32(m.group(1).encode()) % 99999}?u='
            f'{m.group(1)}" style="color:#1a5dab">{m.group(1)}</a>',
            safe,
        )
        cells.append(f'<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:14px;color:#222">{safe}</td></tr>')
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        + "\n".join(cells)
        + f'\n<tr><td><img src="https://{track}/o/open.gif" width="1" height="1" alt=""></td></tr>\n'
        "</table></td></tr></table></body></html>\n"
    )


def build(msg: Msg, index: int, date: str, boundary_seed: str) -> bytes:
    """The message as it would sit in the mailbox (LF line ends)."""
    domain = msg.sender[1].split("@")[-1]
    mid = f"<{boundary_seed}.{index:03d}@{domain}>"
    lines = [
        f"Return-Path: <{msg.sender[1]}>",
        f"From: {_addr(msg.sender)}",
        f"To: {_addr(parseaddr(msg.to)) if msg.to else _addr((ME_NAME, ME))}",
        f"Subject: {_subject(msg.subject)}",
        f"Date: {msg.date or date}",
        f"Message-ID: {mid}",
        "MIME-Version: 1.0",
    ]
    if msg.reply_to:
        lines.append(f"Reply-To: {_addr(msg.reply_to)}")
    if msg.in_reply_to:
        lines.append(f"In-Reply-To: {msg.in_reply_to}")
        lines.append(f"References: {msg.in_reply_to}")
    for key, value in msg.headers.items():
        lines.append(f"{key}: {value}")
    track = "click." + domain
    html_text = (msg.html_body or to_html(msg.body, track)).replace('charset="utf-8"', f'charset="{msg.charset}"')
    b1, b2 = f"=_b58_{boundary_seed}_{index}_a", f"=_b58_{boundary_seed}_{index}_b"
    if msg.fmt == "plain":
        body = _leaf("text/plain", msg.body, msg.charset, msg.cte)
    elif msg.fmt == "html":
        body = _leaf("text/html", html_text, msg.charset, msg.cte)
    else:
        body = (
            f'Content-Type: multipart/alternative; boundary="{b2}"\n\n--{b2}\n'.encode()
            + _leaf("text/plain", msg.body, msg.charset, msg.cte)
            + f"--{b2}\n".encode()
            + _leaf("text/html", html_text, msg.charset, msg.cte)
            + f"--{b2}--\n".encode()
        )
    if msg.ics or msg.attach:
        parts = [f'Content-Type: multipart/mixed; boundary="{b1}"\n\n--{b1}\n'.encode() + body]
        if msg.ics:
            method = re.search(r"^METHOD:(\w+)", msg.ics, re.M)
            extra = f"; method={method.group(1) if method else 'PUBLISH'}"
            parts.append(_leaf("text/calendar", msg.ics, "utf-8", "8bit", extra))
        if msg.attach:
            pdf = b"%PDF-1.4\n% corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            parts.append(
                f'Content-Type: application/pdf; name="{msg.attach}"\nContent-Disposition: attachment; '
                f'filename="{msg.attach}"\nContent-Transfer-Encoding: base64\n\n'.encode()
                + base64.encodebytes(pdf)
            )
        body = b"".join(p if i == 0 else f"--{b1}\n".encode() + p for i, p in enumerate(parts)) + f"--{b1}--\n".encode()
    return ("\n".join(lines) + "\n").encode("ascii") + body


def ics(uid: str, summary: str, start: str, end: str, organizer: str, location: str = "", method: str = "REQUEST", status: str = "CONFIRMED", seq: int = 0) -> str:
    """A minimal invitation calendar (times in UTC, YYYYMMDDTHHMMSSZ)."""
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//corpus58//EN\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{start}\nDTSTART:{start}\nDTEND:{end}\n"
        f"SEQUENCE:{seq}\nSTATUS:{status}\nSUMMARY:{summary}\nLOCATION:{location}\n"
        f"ORGANIZER:mailto:{organizer}\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
