"""Turns one hand-written message description into RFC 5322 bytes for the seventieth corpus.

The wording lives in the msgs70_* data modules; this module only decides the wire shape
(plain, HTML-only, multipart/alternative, charsets, transfer encodings, quoted reply chains,
calendar parts, list headers) so that each message can pick a shape independently of its text.
Imports only the standard library.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime

CANDIDATE = ("Luc Hoffmann-Nakamura", "luc.hn@example.lu")


@dataclass(frozen=True)
class Quote:
    """An earlier message quoted under the new text, in one mail program's style."""

    style: str  # gmail | outlook | de | fr | es | fwd
    who: str  # "Name <addr>"
    when: str  # as the mail program would print it
    text: str
    subject: str = ""
    to: str = ""  # who the quoted message went to; the candidate unless said


@dataclass(frozen=True)
class Ics:
    """A text/calendar part; times are naive local Luxembourg/Paris time, written in UTC."""

    summary: str
    start: str  # "2026-03-12 10:00"
    minutes: int = 45
    method: str = "REQUEST"
    organizer: str = ""
    location: str = ""
    status: str = "CONFIRMED"
    sequence: int = 0
    rrule: str = ""


@dataclass(frozen=True)
class Msg:
    """One labelled message: the label columns, then what goes on the wire."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    sender: str  # "Display Name <addr>"
    subject: str
    body: str
    when: str  # "2026-03-12 09:14"
    reply_to: str = ""
    to: str = ""
    shape: str = "plain"  # plain | html | alt
    charset: str = "utf-8"
    cte: str = ""  # "" lets the email package decide; else quoted-printable | base64 | 8bit
    quote: Quote | None = None
    ics: Ics | None = None
    headers: dict[str, str] = field(default_factory=dict)
    html_extra: str = ""  # raw HTML appended in html shapes (logos, tracking pixels)


_LOCAL = timezone(timedelta(hours=1))
_SUMMER = timezone(timedelta(hours=2))


def _when(text: str) -> datetime:
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    tz = _SUMMER if 4 <= naive.month <= 10 else _LOCAL
    return naive.replace(tzinfo=tz)


def _address(text: str) -> Address:
    match = re.fullmatch(r"\s*(?:\"?([^\"<]*?)\"?\s*)?<([^>]+)>\s*|\s*([^\s<>]+@[^\s<>]+)\s*", text)
    if not match:
        raise ValueError(f"bad address {text!r}")
    if match.group(3):
        return Address(addr_spec=match.group(3))
    return Address(display_name=(match.group(1) or "").strip(), addr_spec=match.group(2))


def _domain(text: str) -> str:
    return _address(text).domain


def _quoted(quote: Quote) -> str:
    inner = "\n".join(f"> {line}" if line else ">" for line in quote.text.splitlines())
    if quote.style == "gmail":
        return f"\n\nOn {quote.when}, {quote.who} wrote:\n{inner}\n"
    if quote.style == "de":
        return f"\n\nAm {quote.when} schrieb {quote.who}:\n{inner}\n"
    if quote.style == "fr":
        return f"\n\nLe {quote.when}, {quote.who} a écrit :\n{inner}\n"
    if quote.style == "es":
        return f"\n\nEl {quote.when}, {quote.who} escribió:\n{inner}\n"
    name, _, addr = quote.who.partition(" <")
    recipient = quote.to or f"{CANDIDATE[0]} <{CANDIDATE[1]}>"
    if quote.style == "fwd":
        return (
            "\n\n---------- Forwarded message ---------\n"
            f"From: {quote.who}\nDate: {quote.when}\nSubject: {quote.subject}\n"
            f"To: {recipient}\n\n{quote.text}\n"
        )
    return (
        "\n\n________________________________\n"
        f"From: {name} <{addr}\nSent: {quote.when}\nTo: {recipient}\n"
        f"Subject: {quote.subject}\n\n{quote.text}\n"
    )


def _html(text: str, extra: str, seed: str) -> str:
    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        token = hashlib.sha1((seed + url).encode()).hexdigest()[:16]
        return f'<a href="https://click.mail-track.example.net/ls/{token}?u={html.escape(url)}" style="color:#0b5cad">{html.escape(url)}</a>'

    paragraphs = []
    for block in text.strip().split("\n\n"):
        escaped = html.escape(block)
        escaped = re.sub(r"https?://[^\s<&]+", link, escaped)
        paragraphs.append(
            '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#222">'
            + escaped.replace("\n", "<br>")
            + "</p>"
        )
    pixel = hashlib.sha1(seed.encode()).hexdigest()[:20]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f4f6">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">'
        "<tr><td>" + "\n".join(paragraphs) + extra + "</td></tr></table></td></tr></table>"
        f'<img src="https://open.mail-track.example.net/o/{pixel}.gif" width="1" height="1" alt="">'
        "</body></html>"
    )


def _ics(ics: Ics, uid: str, attendee: str) -> str:
    start = _when(ics.start).astimezone(UTC)
    end = start + timedelta(minutes=ics.minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Corp//Calendar 2.1//EN",
        "VERSION:2.0",
        f"METHOD:{ics.method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{ics.sequence}",
        f"DTSTAMP:{start.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics.summary}",
        f"STATUS:{ics.status}",
    ]
    if ics.rrule:
        lines.append(f"RRULE:{ics.rrule}")
    if ics.location:
        lines.append(f"LOCATION:{ics.location}")
    if ics.organizer:
        organizer = _address(ics.organizer)
        lines.append(f"ORGANIZER;CN={organizer.display_name or organizer.username}:mailto:{organizer.addr_spec}")
    lines.append(f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def _text_part(message: EmailMessage, text: str, subtype: str, msg: Msg) -> None:
    kwargs: dict[str, str] = {"charset": msg.charset}
    if msg.cte:
        kwargs["cte"] = msg.cte
    message.set_content(text, subtype=subtype, **kwargs)


def build(msg: Msg, serial: int) -> bytes:
    """The message as bytes; `serial` keeps Message-IDs unique and stable."""
    sent = _when(msg.when)
    domain = _domain(msg.sender)
    message_id = f"<{sent.strftime('%Y%m%d%H%M')}.{serial:04d}.{msg.slug}@{domain}>"
    text = msg.body.strip("\n") + "\n"
    if msg.quote:
        text += _quoted(msg.quote)
    message = EmailMessage(policy=default_policy)
    message["From"] = _address(msg.sender)
    message["To"] = _address(msg.to or f"{CANDIDATE[0]} <{CANDIDATE[1]}>")
    if msg.reply_to:
        message["Reply-To"] = _address(msg.reply_to)
    message["Subject"] = msg.subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id
    if msg.quote and msg.quote.style != "fwd":
        parent = f"<{hashlib.sha1((msg.slug + msg.quote.when).encode()).hexdigest()[:18]}@{_domain(msg.quote.who)}>"
        message["In-Reply-To"] = parent
        message["References"] = parent
    message["MIME-Version"] = "1.0"
    for name, value in msg.headers.items():
        message[name] = value
    if msg.shape == "plain":
        _text_part(message, text, "plain", msg)
    elif msg.shape == "html":
        _text_part(message, _html(text, msg.html_extra, message_id), "html", msg)
    else:
        _text_part(message, text, "plain", msg)
        message.add_alternative(_html(text, msg.html_extra, message_id), subtype="html", charset=msg.charset)
    if msg.ics:
        uid = f"{hashlib.sha1(message_id.encode()).hexdigest()[:24]}@{domain}"
        calendar = _ics(msg.ics, uid, CANDIDATE[1])
        if msg.shape == "plain":
            message.make_mixed()
        message.add_attachment(
            calendar,
            subtype="calendar",
            filename="invite.ics",
            params={"method": msg.ics.method},
        )
    seed = hashlib.sha1(message_id.encode()).hexdigest()[:12]
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_part{index}_{seed}")  # stable bytes from one run to the next
    return message.as_bytes(policy=default_policy.clone(linesep="\n"))


def M(kind: str, slug: str, lang: str, company: str, contact: str, sender: str, subject: str, when: str, body: str, **extra: object) -> Msg:
    """Short positional constructor so the data modules read like an inbox listing."""
    return Msg(kind=kind, slug=slug, lang=lang, company=company, contact=contact, sender=sender,
               subject=subject, body=body, when=when, **extra)  # type: ignore[arg-type]
