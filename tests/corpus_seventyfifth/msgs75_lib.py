"""Builder for the seventy-fifth corpus: turns short message descriptions into raw .eml bytes.

Only the standard library. The MIME is assembled by hand (not with EmailMessage) so each message
keeps exactly the charset, transfer encoding and encoded-word headers it is written with, the way
mail from many different senders arrives.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import quopri
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

CAND = "Aoife Brennan-Castillo <aoife.bc@example.ie>"
CAND_ADDR = "aoife.bc@example.ie"

_TZ = {"IE": 0, "IST": 1, "CET": 1, "CEST": 2, "BST": 1, "EST": -5, "EDT": -4, "IN": 5.5, "JST": 9}


@dataclass
class M:
    """One message and its labels."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    date: str  # "2026-03-04 09:12 CET"
    text: str | None = None
    html: str | None = None
    fmt: str = "plain"  # plain | html | alt
    to: str = CAND
    reply_to: str | None = None
    cc: str | None = None
    charset: str = "utf-8"
    cte: str | None = None  # 7bit | 8bit | qp | b64
    subject_charset: str | None = None  # force an encoded-word subject in this charset
    name_charset: str | None = None  # encode the From display name in this charset
    ics: str | None = None
    ics_method: str = "REQUEST"
    attach: list[tuple[str, str, bytes]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    reply: bool = False
    brand: str = ""
    mailer: str | None = None


def _date(spec: str) -> datetime:
    day, clock, zone = spec.split()
    offset = timedelta(hours=_TZ[zone])
    naive = datetime.fromisoformat(f"{day}T{clock}")
    return naive.replace(tzinfo=timezone(offset))


def _ew(text: str, charset: str = "utf-8", q: bool = False) -> str:
    raw = text.encode(charset)
    if q:
        body = quopri.encodestring(raw, header=True).decode("ascii").replace("=\n", "")
        body = body.replace("?", "=3F")
        return f"=?{charset}?Q?{body}?="
    return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="


def _header_text(value: str, charset: str | None = None) -> str:
    """An unstructured header: encoded words when it is not ASCII (or a charset is forced)."""
    if charset is None and value.isascii():
        return value
    cs = charset or "utf-8"
    return _ew(value, cs, q=cs != "utf-8")


def _addr(value: str, charset: str | None = None) -> str:
    """'Name <a@b>' with the display name encoded (or quoted) as a mailer would."""
    m = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", value)
    if not m:
        return value
    name, addr = m.groups()
    if not name:
        return f"<{addr}>"
    if charset is None and name.isascii():
        if re.search(r'[(),.:;@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{_ew(name, charset or 'utf-8', q=(charset or 'utf-8') != 'utf-8')} <{addr}>"


def _addrs(value: str) -> str:
    return ", ".join(_addr(v) for v in value.split(";"))


def _domain(value: str) -> str:
    return value.rsplit("@", 1)[1].rstrip(">").strip()


def _body(text: str, subtype: str, charset: str, cte: str | None) -> tuple[list[str], bytes]:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else ("quoted-printable" if charset == "utf-8" else "8bit")
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
    elif cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        payload = raw
    heads = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return heads, payload


def _multipart(subtype: str, parts: list[tuple[list[str], bytes]], seed: str) -> tuple[list[str], bytes]:
    boundary = f"----=_Part_{hashlib.sha1((seed + subtype).encode()).hexdigest()[:20]}"
    out = b""
    for heads, payload in parts:
        out += f"--{boundary}\n".encode() + "\n".join(heads).encode() + b"\n\n" + payload
        if not payload.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'], out


def htmlize(text: str, brand: str = "", charset: str = "utf-8") -> str:
    """An HTML rendering of a plain body: a table layout, inline styles, tracked links."""
    paras = []
    for block in text.strip().split("\n\n"):
        esc = _html.escape(block)
        esc = re.sub(
            r"https?://[^\s<]+",
            lambda m: f'<a href="https://click.example.net/ls/click?upn={hashlib.md5(m.group(0).encode()).hexdigest()[:16]}" '
            f'style="color:#0b5cad">{m.group(0)}</a>',
            esc,
        )
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
                     f'line-height:20px;color:#222">{esc.replace(chr(10), "<br>")}</p>')
    logo = (f'<tr><td style="padding:18px 24px;border-bottom:1px solid #e3e3e3"><img src="https://cdn.example.net/'
            f'logo.png" alt="{_html.escape(brand)} logo" width="120" height="32"></td></tr>' if brand else "")
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"></head><body style=\"margin:0;background:#f4f4f4\">\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f"{logo}<tr><td style=\"padding:24px\">\n" + "\n".join(paras) + "\n</td></tr></table>"
        '<img src="https://t.example.net/open.gif?u=8812" width="1" height="1" alt="" style="display:none">'
        "</td></tr></table></body></html>\n"
    )


def ics(uid: str, summary: str, start: str, minutes: int, organizer: str, *, method: str = "REQUEST",
        status: str = "CONFIRMED", location: str = "", seq: int = 0, description: str = "") -> str:
    """A small VCALENDAR with one VEVENT; start is UTC 'YYYYMMDDTHHMM'."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M")
    end = begin + timedelta(minutes=minutes)
    name, addr = re.fullmatch(r"(.*?)\s*<([^>]+)>", organizer).groups()  # type: ignore[union-attr]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 2.1//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{begin - timedelta(days=3):%Y%m%dT%H%M%S}Z",
        f"DTSTART:{begin:%Y%m%dT%H%M%S}Z", f"DTEND:{end:%Y%m%dT%H%M%S}Z", f"SUMMARY:{summary}",
        f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;CN=Aoife Brennan-Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CAND_ADDR}",
        f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def render(m: M) -> bytes:
    """The raw message."""
    when = _date(m.date)
    dom = _domain(m.frm)
    seed = m.slug
    mid = f"<{hashlib.sha1(seed.encode()).hexdigest()[:18]}.{when:%Y%m%d%H%M}@{dom}>"
    heads = [
        f"Return-Path: <bounce-{hashlib.md5(seed.encode()).hexdigest()[:8]}@{dom}>",
        f"From: {_addr(m.frm, m.name_charset)}",
        f"To: {_addrs(m.to)}",
    ]
    if m.cc:
        heads.append(f"Cc: {_addrs(m.cc)}")
    if m.reply_to:
        heads.append(f"Reply-To: {_addr(m.reply_to)}")
    heads += [
        f"Subject: {_header_text(m.subject, m.subject_charset)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: {mid}",
    ]
    if m.reply or m.subject.lower().startswith(("re:", "aw:", "rv:", "réf")):
        parent = f"<CA+{hashlib.sha1((seed + 'p').encode()).hexdigest()[:24]}@mail.example.ie>"
        root = f"<{hashlib.sha1((seed + 'r').encode()).hexdigest()[:16]}@{dom}>"
        heads += [f"In-Reply-To: {parent}", f"References: {root} {parent}"]
    if m.mailer:
        heads.append(f"X-Mailer: {m.mailer}")
    heads += [f"{k}: {v}" for k, v in m.headers]
    heads.append("MIME-Version: 1.0")

    text = m.text
    html_src = m.html if m.html is not None else (htmlize(text, m.brand, m.charset) if text and m.fmt != "plain" else None)
    if m.fmt == "plain":
        part = _body(text or "", "plain", m.charset, m.cte)
    elif m.fmt == "html":
        part = _body(html_src or "", "html", m.charset, m.cte)
    else:
        plain = text if text is not None else re.sub(r"<[^>]+>", "", html_src or "")
        part = _multipart("alternative", [_body(plain, "plain", m.charset, m.cte),
                                          _body(html_src or "", "html", m.charset, m.cte or "qp")], seed)
    if m.ics:
        cal_heads = [f'Content-Type: text/calendar; charset="utf-8"; method={m.ics_method}',
                     f"Content-Transfer-Encoding: {'7bit' if m.ics.isascii() else '8bit'}"]
        if part[0][0].startswith("Content-Type: multipart/alternative"):
            # the invitation as a third alternative, as Outlook and Google send it
            part = _multipart("mixed", [part, (cal_heads, m.ics.encode())], seed + "cal")
        else:
            part = _multipart("alternative", [part, (cal_heads, m.ics.encode())], seed + "cal")
        part = _multipart("mixed", [part, (['Content-Type: application/ics; name="invite.ics"',
                                            'Content-Disposition: attachment; filename="invite.ics"',
                                            "Content-Transfer-Encoding: base64"],
                                           base64.encodebytes(m.ics.encode()))], seed + "att")
    for name, ctype, data in m.attach:
        part = _multipart("mixed", [part, ([f'Content-Type: {ctype}; name="{name}"',
                                            f'Content-Disposition: attachment; filename="{name}"',
                                            "Content-Transfer-Encoding: base64"],
                                           base64.encodebytes(data))], seed + name)
    return ("\n".join(heads + part[0]) + "\n\n").encode("ascii") + part[1]


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
