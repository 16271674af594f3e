"""Turns one hand-written message description into RFC 5322 bytes for corpus 56.

Only the MIME plumbing lives here (charsets, transfer encodings, HTML wrappers, calendar
parts, attachments, threading headers); every word a sender writes lives in the msgs56_*
data modules. Imports the standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr

CANDIDATE = ("Priya Ramaswamy-Tait", "priya.rt@example.com.au")

# Characters windows-1252 has and iso-8859-1 lacks, for senders whose mailer is latin-1.
_LATIN1_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u20ac": "EUR"})


@dataclass(frozen=True)
class Msg:
    """One corpus message and its labels; see the corpus README for the label rules."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subject: str
    date: str  # "2026-03-04 09:15 +0800"
    text: str
    mode: str = "plain"  # plain | html | alt
    html: str = ""  # hand-written HTML; generated from text when empty
    style: str = "simple"  # simple | ats | news : wrapper for generated HTML
    charset: str = "utf-8"
    cte: str = "qp"  # qp | b64 | 7bit
    reply_to: str = ""
    to: str = ""
    cc: str = ""
    reply: bool = False  # carries In-Reply-To / References
    headers: dict[str, str] = field(default_factory=dict)
    ics: str = ""
    attach: str = ""  # file name of a small PDF stand-in


def _encode_part(text: str, subtype: str, charset: str, cte: str) -> list[str]:
    if charset == "iso-8859-1":
        text = text.translate(_LATIN1_FOLD)
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "qp"
    if cte == "b64":
        body = base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n")
        name = "base64"
    elif cte == "qp":
        body = quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
        name = "quoted-printable"
    else:
        body = raw.decode("ascii")
        name = "7bit"
    return [f"Content-Type: text/{subtype}; charset=\"{charset}\"",
            f"Content-Transfer-Encoding: {name}", "", body.rstrip("\r\n")]


def _paragraphs(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>".join(line.lstrip("> ").replace("<", "&lt;") for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}'
                       "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(line.replace("<", "&lt;") for line in lines) + "</p>")
    return "\n".join(out)


def _html_from(msg: Msg) -> str:
    if msg.html:
        return msg.html
    body = _paragraphs(msg.text)
    if msg.style == "ats":
        track = hashlib.md5(msg.slug.encode()).hexdigest()[:16]
        return ("<!DOCTYPE html><html><body style=\"margin:0;background:#f4f4f4\">"
                "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
                "<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif;"
                "font-size:14px;color:#333\"><tr><td style=\"padding:24px\">"
                f"<img src=\"https://cdn.example.net/logo/{track}.png\" alt=\"{msg.frm[0]} logo\" "
                "width=\"120\"><br>"
                f"{body}</td></tr><tr><td style=\"font-size:11px;color:#999;padding:12px 24px\">"
                "This email was sent automatically. Please do not reply directly to this message."
                f"</td></tr></table></td></tr></table>"
                f"<img src=\"https://t.example.net/open/{track}.gif\" width=\"1\" height=\"1\" alt=\"\">"
                "</body></html>")
    if msg.style == "news":
        return ("<html><body><div style=\"max-width:640px;font-family:Helvetica,Arial\">"
                f"{body}<hr><p style=\"font-size:11px\"><a href=\"https://news.example.org/unsub?"
                f"u={msg.slug}\">Unsubscribe</a> | <a href=\"https://news.example.org/prefs\">"
                "Preferences</a></p></div></body></html>")
    return f"<html><body><div dir=\"ltr\" style=\"font-family:Calibri,sans-serif\">{body}</div></body></html>"


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1]


def message_id(msg: Msg) -> str:
    digest = hashlib.sha1(msg.slug.encode()).hexdigest()[:14]
    return f"<{digest}.{msg.slug}@{_domain(msg.frm[1])}>"


def _header_text(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _addr(pair: tuple[str, str]) -> str:
    return formataddr(pair, charset="utf-8")


def build(msg: Msg) -> bytes:
    """The message as bytes with CRLF line ends, the way a mail store keeps it."""
    when = datetime.strptime(msg.date, "%Y-%m-%d %H:%M %z")
    head = [f"Return-Path: <{msg.frm[1]}>",
            f"From: {_addr(msg.frm)}",
            f"To: {msg.to or _addr(CANDIDATE)}"]
    if msg.cc:
        head.append(f"Cc: {msg.cc}")
    if msg.reply_to:
        head.append(f"Reply-To: {msg.reply_to}")
    head += [f"Subject: {_header_text(msg.subject)}",
             f"Date: {format_datetime(when)}",
             f"Message-ID: {message_id(msg)}"]
    if msg.reply:
        parent = f"<{hashlib.sha1((msg.slug + 'p').encode()).hexdigest()[:12]}@mail.example.com.au>"
        head += [f"In-Reply-To: {parent}", f"References: {parent}"]
    head += [f"{k}: {v}" for k, v in msg.headers.items()]
    head.append("MIME-Version: 1.0")

    text_part = _encode_part(msg.text, "plain", msg.charset, msg.cte)
    parts: list[list[str]] = []
    if msg.mode == "plain":
        parts = [text_part]
    elif msg.mode == "html":
        parts = [_encode_part(_html_from(msg), "html", msg.charset, msg.cte)]
    else:
        parts = [text_part, _encode_part(_html_from(msg), "html", msg.charset, msg.cte)]

    boundary = "==_56_" + hashlib.md5(msg.slug.encode()).hexdigest()[:20]
    if len(parts) == 1 and not msg.ics and not msg.attach:
        lines = head + parts[0]
        return ("\r\n".join(lines) + "\r\n").encode("ascii")

    def multipart(sub: str, bnd: str, items: list[list[str]]) -> list[str]:
        out = [f"Content-Type: multipart/{sub}; boundary=\"{bnd}\"", ""]
        for item in items:
            out += [f"--{bnd}", *item]
        return [*out, f"--{bnd}--"]

    inner = parts[0] if len(parts) == 1 else multipart("alternative", boundary + "a", parts)
    extras: list[list[str]] = []
    if msg.ics:
        method = "CANCEL" if "METHOD:CANCEL" in msg.ics else "REQUEST"
        ics = msg.ics.strip().replace("\n", "\r\n")
        extras.append([f"Content-Type: text/calendar; charset=\"utf-8\"; method={method}",
                       "Content-Transfer-Encoding: base64", "",
                       base64.encodebytes(ics.encode()).decode().replace("\n", "\r\n").rstrip()])
    if msg.attach:
        pdf = b"%PDF-1.4\n% corpus stand-in, not a real document\n%%EOF\n"
        extras.append([f"Content-Type: application/pdf; name=\"{msg.attach}\"",
                       f"Content-Disposition: attachment; filename=\"{msg.attach}\"",
                       "Content-Transfer-Encoding: base64", "",
                       base64.encodebytes(pdf).decode().replace("\n", "\r\n").rstrip()])
    if not extras:
        lines = head + inner
    else:
        lines = head + multipart("mixed", boundary + "m", [inner, *extras])
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str,
              method: str = "REQUEST", location: str = "", seq: int = 0) -> str:
    """A minimal VCALENDAR invitation; start/end as 20260304T013000Z."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return f"""BEGIN:VCALENDAR
PRODID:-//Example Corp//Scheduler 4.2//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260101T000000Z
DTSTART:{start}
DTEND:{end}
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER;CN=Organizer:mailto:{organizer}
ATTENDEE;CN=Priya Ramaswamy-Tait;RSVP=TRUE:mailto:{CANDIDATE[1]}
END:VEVENT
END:VCALENDAR"""
