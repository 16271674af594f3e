"""Turns the eighty-third corpus's message descriptions into raw RFC 5322 bytes.

Used only by make_eightythird.py; imports nothing from the project. The bytes are assembled
by hand (not with email.mime) so each message can carry exactly the charset, transfer
encoding and MIME shape a real mail program produced.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

CANDIDATE = "Océane Mbappé-Lindgren <oceane.ml@example.ca>"
CANDIDATE_ADDR = "oceane.ml@example.ca"

_LATIN1_FALLBACK = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...",
                                  "œ": "oe", "Œ": "OE", "€": "EUR", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Msg:
    """One corpus message: its labels plus how it is to be encoded."""

    kind: str
    lang: str
    slug: str
    frm: str
    subject: str
    date: str
    body: str
    company: str = ""
    contact: str = ""  # "from", "reply", an address, or "" for none
    to: str = CANDIDATE
    reply_to: str = ""
    cc: str = ""
    fmt: str = "plain"  # plain | html | alt
    look: str = "ats"  # html look: ats | gmail | outlook
    charset: str = "utf-8"
    cte: str = ""
    quote: str = ""
    ics: dict[str, str] = field(default_factory=dict)
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    html: str = ""

    def contact_address(self) -> str:
        """The labelled contact as a bare address."""
        if self.contact == "from":
            return parseaddr(self.frm)[1]
        if self.contact == "reply":
            return parseaddr(self.reply_to)[1]
        return self.contact


def quoted(attribution: str, text: str) -> str:
    """A Gmail/Apple-style quote: attribution line then '> ' prefixed lines."""
    lines = "\n".join(("> " + ln).rstrip() for ln in text.strip("\n").split("\n"))
    return f"\n\n{attribution}\n{lines}\n"


def outlook(block: str, text: str) -> str:
    """An Outlook-style quote: a header block and the earlier text unprefixed."""
    return f"\n\n________________________________\n{block.strip()}\n\n{text.strip()}\n"


def _token(slug: str, salt: str = "") -> str:
    return hashlib.sha1((salt + slug).encode()).hexdigest()[:16]


def _domain(addr: str) -> str:
    return parseaddr(addr)[1].rpartition("@")[2] or "example.com"


def _addr_header(value: str, charset: str) -> str:
    out = []
    for chunk in value.split(";"):
        name, addr = parseaddr(chunk.strip())
        enc = "iso-8859-1" if charset in ("iso-8859-1", "windows-1252") else "utf-8"
        try:
            out.append(formataddr((name, addr), charset=enc) if name else addr)
        except UnicodeEncodeError:
            out.append(formataddr((name, addr), charset="utf-8"))
    return ", ".join(out)


def _text_header(value: str, charset: str) -> str:
    if value.isascii():
        return value
    enc = "iso-8859-1" if charset == "iso-8859-1" else "utf-8"
    try:
        return Header(value, enc, maxlinelen=76).encode()
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def _encode(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    if charset == "iso-8859-1":
        text = text.translate(_LATIN1_FALLBACK)
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return cte, quopri.encodestring(data)
    if cte == "base64":
        return cte, base64.encodebytes(data)
    return ("7bit" if data.isascii() else "8bit"), data


def _pick_cte(msg: Msg, text: str, salt: str) -> str:
    if msg.cte:
        return msg.cte
    if text.isascii() and max(map(len, text.split("\n"))) < 900:
        return "7bit"
    return ("quoted-printable", "base64", "8bit")[int(_token(msg.slug, salt), 16) % 3]


def _leaf(msg: Msg, subtype: str, text: str, extra: str = "") -> bytes:
    cte = _pick_cte(msg, text, subtype)
    if subtype == "html" and cte == "8bit":
        cte = "quoted-printable"
    cte, data = _encode(text, msg.charset, cte)
    head = (f'Content-Type: text/{subtype}; charset="{msg.charset}"{extra}\n'
            f"Content-Transfer-Encoding: {cte}\n\n")
    return head.encode() + data + (b"" if data.endswith(b"\n") else b"\n")


_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _para_html(text: str) -> str:
    paras = []
    for block in re.split(r"\n\s*\n", text.strip()):
        escaped = html.escape(block)
        linked = _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)
        paras.append(linked.replace("\n", "<br>\n"))
    return paras


def auto_html(msg: Msg, text: str) -> str:
    """An HTML rendering in the look of an ATS, Gmail or Outlook."""
    paras = _para_html(text)
    if msg.look == "gmail":
        inner = "".join(f'<div dir="ltr">{p}</div>\n<div><br></div>\n' for p in paras)
        return f'<div dir="ltr">\n{inner}</div>\n'
    if msg.look == "outlook":
        inner = "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:'
                        f'&quot;Calibri&quot;,sans-serif">{p}</span></p>\n' for p in paras)
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset='
                f'{msg.charset}"></head>\n<body lang="FR-CA" link="#0563C1">\n'
                f'<div class="WordSection1">\n{inner}</div>\n</body></html>\n')
    brand = html.escape(msg.company or parseaddr(msg.frm)[0] or "")
    pixel = f"https://t.{_domain(msg.frm)}/o/{_token(msg.slug, 'px')}.gif"
    rows = "".join(f'<tr><td style="padding:6px 24px;font-family:Arial,Helvetica,sans-serif;'
                   f'font-size:14px;line-height:20px;color:#333333">{p}</td></tr>\n'
                   for p in paras)
    return (f'<!DOCTYPE html>\n<html><body style="margin:0;background:#f4f4f4">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            f'style="max-width:600px;margin:0 auto;background:#ffffff">\n'
            f'<tr><td style="padding:20px 24px"><img src="https://cdn.{_domain(msg.frm)}/logo.png"'
            f' alt="{brand}" width="120" style="display:block;border:0"></td></tr>\n{rows}'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#999999">'
            f'<img src="{pixel}" width="1" height="1" alt=""></td></tr>\n</table>\n</body></html>\n')


def _ics(msg: Msg) -> bytes:
    ev = msg.ics
    method = ev.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    organizer = parseaddr(ev.get("organizer", msg.frm))
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ev.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{ev.get('uid', _token(msg.slug, 'uid') + '@' + _domain(msg.frm))}",
             f"DTSTAMP:{ev['stamp'] if 'stamp' in ev else ev['start']}",
             f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
             f"ATTENDEE;CN=\"Océane Mbappé-Lindgren\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
             f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
             f"LOCATION:{ev.get('location', '')}", f"SEQUENCE:{ev.get('sequence', '0')}",
             f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        raw = line.encode()
        while len(raw) > 74:
            cut = 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(raw[:cut].decode())
            raw = b" " + raw[cut:]
        folded.append(raw.decode())
    data = base64.encodebytes("\r\n".join(folded).encode() + b"\r\n")
    return (f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
            f"Content-Transfer-Encoding: base64\n\n").encode() + data


def _pdf(name: str, slug: str) -> bytes:
    fake = (b"%PDF-1.4\n% corpus placeholder " + slug.encode() + b"\n%%EOF\n")
    return (f'Content-Type: application/pdf; name="{name}"\n'
            f'Content-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(fake)


def _multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p
    return out + f"--{boundary}--\n".encode()


def render(msg: Msg) -> bytes:
    """The complete message as bytes, headers first."""
    text = msg.body.strip("\n") + "\n" + msg.quote
    body_html = msg.html or auto_html(msg, text)
    tok = _token(msg.slug)
    if msg.fmt == "html":
        core = _leaf(msg, "html", body_html)
    elif msg.fmt == "alt":
        core = _multipart("alternative", f"=_alt_{tok[:10]}",
                          [_leaf(msg, "plain", text), _leaf(msg, "html", body_html)])
    else:
        core = _leaf(msg, "plain", text)
    if msg.ics:
        core = _multipart("mixed", f"=_ics_{tok[:10]}", [core, _ics(msg)])
    if msg.attach:
        core = _multipart("mixed", f"=_att_{tok[:10]}", [core, _pdf(msg.attach, msg.slug)])
    when = datetime.fromisoformat(msg.date)
    head = [f"Return-Path: <{parseaddr(msg.frm)[1]}>",
            f"From: {_addr_header(msg.frm, msg.charset)}",
            f"To: {_addr_header(msg.to, msg.charset)}"]
    if msg.cc:
        head.append(f"Cc: {_addr_header(msg.cc, msg.charset)}")
    if msg.reply_to:
        head.append(f"Reply-To: {_addr_header(msg.reply_to, msg.charset)}")
    head += [f"Subject: {_text_header(msg.subject, msg.charset)}",
             f"Date: {format_datetime(when)}",
             f"Message-ID: <{tok}.{when:%Y%m%d%H%M}@{_domain(msg.frm)}>"]
    if msg.subject.lower().startswith(("re:", "aw:", "rép", "rv:", "tr:", "fwd:", "fw:", "wg:")):
        parent = f"<{_token(msg.slug, 'parent')}@{_domain(msg.to if msg.frm.endswith(CANDIDATE_ADDR + '>') else CANDIDATE)}>"
        head += [f"In-Reply-To: {parent}", f"References: {parent}"]
    head += [f"{k}: {v}" for k, v in msg.headers.items()]
    head.append("MIME-Version: 1.0")
    return "\n".join(head).encode() + b"\n" + core
