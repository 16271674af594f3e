"""Build the sixty-sixth labelled corpus: .eml files and labels.csv from the msgs66_* modules.

The message texts live in the msgs66_* data modules (one per group of kinds), written by hand;
this script only gives them their MIME shape (plain, HTML-only, alternative, calendar parts,
attachments, charsets and transfer encodings) and writes the label file. It imports only the
standard library and its sibling data modules, and writes only inside its own folder.

Run: python tests/corpus_sixtysixth/make_sixtysixth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

CANDIDATE = "Théo Marchetti-Nguyen <theo.mn@example.fr>"
NOT_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|notification|mailer|alert|"
    r"jobs-noreply|bounce|system|news(letter)?@|info@|ats@|donotreply|keinantwort",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Msg:
    """One message to write: its labels and the shape of its MIME tree."""

    kind: str
    slug: str
    lang: str
    company: str
    frm: str
    subject: str
    date: str  # "2026-03-04 09:12 +0100"
    body: str
    contact: str | None = None  # None: Reply-To, else From; "" when no human to reply to
    fmt: str = "plain"  # plain | html | alt
    html: str | None = None  # HTML as written; else made from body
    skin: int = 0
    charset: str = "utf-8"
    cte: str | None = None  # 8bit | quoted-printable | base64 (None: a sensible default)
    reply_to: str | None = None
    to: str = CANDIDATE
    cc: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    ics: dict[str, str] | None = None  # METHOD, SUMMARY, START, END, LOCATION, ORGANIZER
    pdf: str | None = None
    thread: str | None = None  # a slug this message replies to (In-Reply-To)


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].strip(">")


def message_id(slug: str, frm: str) -> str:
    digest = hashlib.sha1(slug.encode()).hexdigest()[:16]
    return f"<{digest}.{slug}@{_domain(parseaddr(frm)[1])}>"


def _addr(value: str, charset: str) -> str:
    """One address header, its display name RFC 2047-encoded when it is not ASCII."""
    parts = []
    for item in value.split(";"):
        name, addr = parseaddr(item.strip())
        parts.append(formataddr((name, addr), charset=charset) if name else addr)
    return ", ".join(parts)


def _subject(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(_fit(value, charset), charset).encode()


LATIN1_FALLBACK = str.maketrans({"—": "-", "–": "-", "’": "'", "„": '"', "“": '"', "”": '"',
                                 "œ": "oe", "€": "EUR", "…": "..."})


def _fit(text: str, charset: str) -> str:
    """What a sender's mail program does when the text is written in a narrower charset."""
    if charset == "iso-8859-1":
        return text.translate(LATIN1_FALLBACK)
    return text


def _encode(text: str, charset: str, cte: str) -> bytes:
    raw = _fit(text, charset).replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\r\n", b"\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"=0D\n", b"\n")
    return raw.replace(b"\r\n", b"\n")


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    if cte in ("8bit", "7bit") and text.isascii():
        cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode() + _encode(text, charset, cte)


SKINS = [
    # 0: an ATS card with a header band and a tracking pixel
    ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center">'
     '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">'
     '<tr><td style="padding:18px 24px;border-bottom:3px solid {accent}">'
     '<img src="https://cdn.example.net/logo.png" alt="{alt}" height="28"></td></tr>'
     '<tr><td style="padding:24px">{body}</td></tr>'
     '<tr><td style="padding:12px 24px;font-size:11px;color:#888">{footer}'
     '<img src="https://t.example.net/o/{track}.gif" width="1" height="1" alt=""></td></tr>'
     '</table></td></tr></table>'),
    # 1: an Outlook-written mail
    ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
     '<body lang="FR" style="word-wrap:break-word"><div class="WordSection1">{body}'
     '<p class="MsoNormal"><span style="font-size:9pt;color:gray">{footer}</span></p></div></body></html>'),
    # 2: a Gmail-written mail
    '<div dir="ltr">{body}<div style="color:#777">{footer}</div></div>',
    # 3: a marketing mail with buttons and an unsubscribe link
    ('<html><body style="margin:0;background:#eef"><center><table width="640" style="font-family:Helvetica">'
     '<tr><td style="background:{accent};color:#fff;padding:16px;font-size:20px">{alt}</td></tr>'
     '<tr><td style="padding:20px;background:#fff">{body}</td></tr>'
     '<tr><td style="font-size:11px;color:#666;padding:10px">{footer} '
     '<a href="https://links.example.net/u/{track}">Unsubscribe</a>'
     '<img src="https://links.example.net/open/{track}.png" width="1" height="1"></td></tr>'
     '</table></center></body></html>'),
]
ACCENTS = ["#0a66c2", "#c8102e", "#00875a", "#5b2a86"]


def _link(match: re.Match[str]) -> str:
    url = match.group(0)
    track = hashlib.md5(url.encode()).hexdigest()[:10]
    return f'<a href="https://click.example.net/ls/{track}?u={html.escape(url)}">{html.escape(url)}</a>'


def to_html(msg: Msg) -> str:
    """An HTML rendering of the body text in the message's skin (links wrapped for tracking)."""
    paragraphs = []
    for para in msg.body.strip().split("\n\n"):
        escaped = html.escape(para)
        escaped = re.sub(r"https?://[^\s<&]+", lambda m: _link(m), escaped)
        escaped = escaped.replace("\n", "<br>\n")
        style = "margin:0 0 12px 0" if msg.skin != 1 else "margin:0"
        tag = '<p class="MsoNormal"' if msg.skin == 1 else "<p"
        paragraphs.append(f'{tag} style="{style}">{escaped}</p>')
    track = hashlib.md5(msg.slug.encode()).hexdigest()[:12]
    footer = "Ce message vous est envoyé automatiquement." if msg.lang == "fr" else ""
    return SKINS[msg.skin].format(
        body="\n".join(paragraphs), footer=footer, track=track,
        accent=ACCENTS[len(msg.slug) % len(ACCENTS)], alt=html.escape(msg.company or "Logo"),
    )


def _ics(msg: Msg) -> str:
    ev = msg.ics or {}
    method = ev.get("METHOD", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    organizer = ev.get("ORGANIZER", parseaddr(msg.frm)[1])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{hashlib.sha1(msg.slug.encode()).hexdigest()[:20]}@{_domain(organizer)}",
        f"DTSTAMP:{ev.get('START', '20260101T090000Z')}",
        f"DTSTART:{ev['START']}", f"DTEND:{ev['END']}",
        f"SUMMARY:{ev['SUMMARY']}", f"LOCATION:{ev.get('LOCATION', '')}",
        f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:theo.mn@example.fr",
        f"SEQUENCE:{ev.get('SEQUENCE', '0')}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def render(msg: Msg, index: int, ids: dict[str, str]) -> bytes:
    """The whole message as bytes, headers first."""
    when = datetime.strptime(msg.date, "%Y-%m-%d %H:%M %z")
    cs = msg.charset
    head = [
        f"Return-Path: <{parseaddr(msg.frm)[1]}>",
        f"From: {_addr(msg.frm, cs)}",
        f"To: {_addr(msg.to, cs)}",
    ]
    if msg.cc:
        head.append(f"Cc: {_addr(msg.cc, cs)}")
    if msg.reply_to:
        head.append(f"Reply-To: {_addr(msg.reply_to, cs)}")
    head += [
        f"Subject: {_subject(msg.subject, cs)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: {ids[msg.slug]}",
    ]
    if msg.thread:
        parent = ids.get(msg.thread, f"<{msg.thread}@mail.example.fr>")
        head += [f"In-Reply-To: {parent}", f"References: {parent}"]
    head += [f"{k}: {v}" for k, v in msg.headers.items()]
    head.append("MIME-Version: 1.0")

    text_cte = msg.cte or ("8bit" if cs == "utf-8" else "quoted-printable")
    html_cte = msg.cte or "quoted-printable"
    boundary = f"=_b{index:03d}_{hashlib.md5(msg.slug.encode()).hexdigest()[:14]}"
    if msg.fmt == "plain" and not msg.ics and not msg.pdf:
        body = _leaf("text/plain", msg.body, cs, text_cte)
    elif msg.fmt == "html" and not msg.ics and not msg.pdf:
        body = _leaf("text/html", msg.html or to_html(msg), cs, html_cte)
    else:
        parts = []
        if msg.fmt in ("plain", "alt"):
            parts.append(_leaf("text/plain", msg.body, cs, text_cte))
        if msg.fmt in ("html", "alt"):
            parts.append(_leaf("text/html", msg.html or to_html(msg), cs, html_cte))
        if msg.ics:
            method = msg.ics.get("METHOD", "REQUEST")
            parts.append(_leaf("text/calendar", _ics(msg), "utf-8", "7bit", f"; method={method}"))
        inner = _multipart("alternative", parts, boundary + "a")
        if msg.pdf:
            pdf = (b"%PDF-1.4\n% fake attachment for a test corpus\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
            att = (f'Content-Type: application/pdf; name="{msg.pdf}"\nContent-Disposition: attachment; '
                   f'filename="{msg.pdf}"\nContent-Transfer-Encoding: base64\n\n').encode()
            att += base64.encodebytes(pdf)
            body = _multipart("mixed", [inner, att], boundary + "m")
        else:
            body = inner
    return ("\n".join(head) + "\n").encode() + body


def _multipart(sub: str, parts: list[bytes], boundary: str) -> bytes:
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n"
    for part in parts:
        out += f"\n--{boundary}\n".encode() + part.rstrip(b"\n") + b"\n"
    return out + f"\n--{boundary}--\n".encode()


def label_contact(msg: Msg) -> str:
    if msg.contact is not None:
        return msg.contact
    addr = parseaddr(msg.reply_to or msg.frm)[1]
    if addr == "theo.mn@example.fr" or NOT_HUMAN.search(addr):
        return ""
    return addr


def main() -> None:
    from msgs66_ack_offer import MESSAGES as ACK
    from msgs66_interviews import MESSAGES as INTERVIEWS
    from msgs66_other import MESSAGES as OTHER
    from msgs66_rejections import MESSAGES as REJECTIONS

    messages: list[Msg] = [*REJECTIONS, *INTERVIEWS, *ACK, *OTHER]
    slugs = [m.slug for m in messages]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    ids = {m.slug: message_id(m.slug, m.frm) for m in messages}
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, msg in enumerate(messages, start=1):
        rel = f"{msg.kind}/{number:03d}_{msg.slug}.eml"
        (ROOT / msg.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(msg, number, ids))
        contact = label_contact(msg)
        assert not NOT_HUMAN.search(contact), (msg.slug, contact)
        company = msg.company if msg.kind != "other" else ""
        rows.append([rel, msg.kind, company, contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
