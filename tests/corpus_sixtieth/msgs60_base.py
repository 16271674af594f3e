"""The message record of the sixtieth corpus and its rendering to RFC 5322 bytes.

Only the standard library; imported by make_sixtieth.py and the msgs60_* data modules.
Each data module lists Msg records; this module decides the MIME structure (plain, HTML-only,
alternative, calendar part, attachment), charsets, transfer encodings and quoted reply chains.
"""

from __future__ import annotations

import email.header
import email.policy
import email.utils
import html as html_lib
import re
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from typing import Any

CANDIDATE = "Kai Wozniak-Hartmann <kai.wozniak@example.at>"
CANDIDATE_ADDR = "kai.wozniak@example.at"


@dataclass(frozen=True)
class Msg:
    """One labelled message; fields default to the commonest shape (plain UTF-8 text)."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    body: str
    reply_to: str = ""
    fmt: str = "plain"  # plain | html | alt
    charset: str = "utf-8"
    cte: str = ""  # "" lets the library choose; or quoted-printable, base64, 8bit
    html: str = ""  # explicit HTML; otherwise derived from body for html/alt
    quote: tuple[str, str, str] = ("", "", "")  # (style, quoted author, quoted text)
    ics: str = ""  # METHOD of a text/calendar part: REQUEST or CANCEL
    ics_when: str = "20260310T090000Z"
    ics_title: str = ""
    attach: str = ""  # filename of a PDF attachment
    headers: tuple[tuple[str, str], ...] = ()
    to: str = CANDIDATE
    when: str = ""  # "2026-03-04 09:12"; otherwise derived from the slug
    parent: str = ""  # slug of the corpus message this one answers (threading headers)
    quoted_when: str = ""  # date of the quoted message when it is in the corpus


def maker(kind: str) -> Callable[..., Msg]:
    """A short constructor for one kind of job mail, so the data modules read like a list."""

    def make(slug: str, lang: str, company: str, contact: str, frm: str, subject: str,
             body: str, **kw: Any) -> Msg:
        return Msg(kind, slug, lang, company, contact, frm, subject, body, **kw)

    return make


def _addr(value: str) -> str:
    return email.utils.parseaddr(value)[1]


def _date(msg: Msg) -> datetime:
    """Vienna local time (CET/CEST by month), spread Jan-Oct 2026 when not given."""
    if msg.when:
        naive = datetime.strptime(msg.when, "%Y-%m-%d %H:%M")
    else:
        crc = zlib.crc32(msg.slug.encode())
        naive = datetime(2026, 1, 7, 7, 0) + timedelta(days=crc % 285, minutes=(crc >> 9) % 700)
    offset = 2 if 4 <= naive.month <= 10 else 1
    return naive.replace(tzinfo=timezone(timedelta(hours=offset)))


_ATTRIBUTION = {
    "gmail": "On {en}, {who} wrote:",
    "de": "Am {de} schrieb {who}:",
    "fr": "Le {fr}, {who} a écrit :",
    "es": "El {es}, {who} escribió:",
}
_FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
_FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
_ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def _quoted(msg: Msg, sent: datetime) -> str:
    style, who, text = msg.quote
    if not style:
        return ""
    earlier = (
        _date(replace(msg, when=msg.quoted_when))
        if msg.quoted_when
        else sent - timedelta(days=2, hours=3, minutes=17)
    )
    text = textwrap.dedent(text).strip("\n")
    if style in ("outlook", "fwd", "outlook_de"):
        head = {
            "outlook": "________________________________\nFrom: {who}\nSent: {long}\nTo: {to}\nSubject: {subj}",
            "outlook_de": "-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {de}\nAn: {to}\nBetreff: {subj}",
            "fwd": "---------- Forwarded message ---------\nFrom: {who}\nDate: {long}\nSubject: {subj}\nTo: {to}",
        }[style]
        body = text
    else:
        head = _ATTRIBUTION[style]
        body = "\n".join("> " + line if line else ">" for line in text.splitlines())
    subj = re.sub(r"^(re|aw|wg|fwd?|tr|rv):\s*", "", msg.subject, flags=re.I)
    stamp = head.format(
        who=who,
        to=msg.frm if style == "fwd" or _addr(who) == CANDIDATE_ADDR else CANDIDATE,
        subj=subj,
        en=earlier.strftime("%a, %-d %b %Y at %H:%M"),
        long=earlier.strftime("%A, %B %-d, %Y %-I:%M %p"),
        de=earlier.strftime("%d.%m.%Y um %H:%M"),
        fr=f"{_FR_DAYS[earlier.weekday()]} {earlier.day} {_FR_MONTHS[earlier.month - 1]} "
        f"{earlier.year} à {earlier:%H:%M}",
        es=f"{_ES_DAYS[earlier.weekday()]}, {earlier.day} {_ES_MONTHS[earlier.month - 1]} "
        f"{earlier.year} a las {earlier:%H:%M}",
    )
    gap = "\n" if style in ("outlook", "fwd", "outlook_de") else ""
    return f"\n\n{stamp}\n{gap}{body}\n"


def _html_paragraph(para: str) -> str:
    """Prose wrapped in the source flows as one line; lists and signatures keep their breaks."""
    lines = para.split("\n")
    joiner = " " if all(len(line) > 55 for line in lines[:-1]) else "<br>"
    return joiner.join(html_lib.escape(line) for line in lines)


def message_id(msg: Msg) -> str:
    """A stable Message-ID in the sender's domain."""
    domain = _addr(msg.frm).split("@")[-1] or "example.com"
    return f"<{zlib.crc32(msg.slug.encode()):08x}.{zlib.adler32(msg.slug.encode()):x}@{domain}>"


def _to_html(msg: Msg, text: str) -> str:
    """A marketing-style HTML rendering: layout table, inline styles, tracked links."""
    domain = _addr(msg.frm).split("@")[-1]
    paras = "".join(
        '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        'line-height:20px;color:#333333">' + _html_paragraph(p) + "</p>"
        for p in text.split("\n\n")
    )
    track = f"https://click.{domain}/ls/click?upn={zlib.crc32(msg.slug.encode()):x}u001"
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        '<div style="display:none;max-height:0;overflow:hidden">&nbsp;</div>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f4f4"><tr><td align="center">'
        '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">'
        f'<tr><td><img src="https://cdn.{domain}/logo.png" alt="Logo" width="120"></td></tr>'
        f"<tr><td>{paras}</td></tr>"
        f'<tr><td style="font-size:11px;color:#999999"><a href="{track}" '
        'style="color:#999999">Datenschutz / Privacy</a></td></tr>'
        f'</table></td></tr></table><img src="https://t.{domain}/o/{zlib.crc32(text.encode()):x}.gif" '
        'width="1" height="1" alt=""></body></html>'
    )


def _ics(msg: Msg, sent: datetime) -> str:
    start = datetime.strptime(msg.ics_when, "%Y%m%dT%H%M%SZ")
    end = start + timedelta(minutes=45)
    status = "CANCELLED" if msg.ics == "CANCEL" else "CONFIRMED"
    seq = "1" if msg.ics == "CANCEL" else "0"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", f"METHOD:{msg.ics}", "BEGIN:VEVENT",
        f"UID:{zlib.crc32(msg.ics_title.encode() or msg.slug.encode()):x}-{_addr(msg.frm)}",
        f"DTSTAMP:{sent.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{msg.ics_title or msg.subject}", f"ORGANIZER;CN=Organizer:mailto:{_addr(msg.frm)}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
        f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def render(msg: Msg, ids: dict[str, str]) -> bytes:
    """The message as bytes a mail server would store; ids maps slugs to Message-IDs."""
    sent = _date(msg)
    text = textwrap.dedent(msg.body).strip("\n") + "\n" + _quoted(msg, sent)
    out = EmailMessage()
    out["From"] = msg.frm
    out["To"] = msg.to
    if msg.reply_to:
        out["Reply-To"] = msg.reply_to
    out["Subject"] = msg.subject
    out["Date"] = email.utils.format_datetime(sent)
    out["Message-ID"] = ids[msg.slug]
    if msg.parent:
        out["In-Reply-To"] = ids[msg.parent]
        out["References"] = ids[msg.parent]
    elif msg.quote[0] and msg.quote[0] != "fwd":
        parent = f"<{zlib.crc32(msg.slug.encode() + b'p'):08x}.kai@example.at>"
        out["In-Reply-To"] = parent
        out["References"] = parent
    for name, value in msg.headers:
        out[name] = value
    out["MIME-Version"] = "1.0"
    kw = {"charset": msg.charset}
    if msg.cte:
        kw["cte"] = msg.cte
    html_text = textwrap.dedent(msg.html).strip() if msg.html else _to_html(msg, text.strip())
    if msg.fmt == "html":
        out.set_content(html_text, subtype="html", **kw)
    else:
        out.set_content(text, **kw)
        if msg.fmt == "alt":
            out.add_alternative(html_text, subtype="html", **kw)
    if msg.ics:
        out.add_alternative(_ics(msg, sent), subtype="calendar", params={"method": msg.ics})
    if msg.attach:
        pdf = b"%PDF-1.4\n% sixtieth corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        out.add_attachment(pdf, maintype="application", subtype="pdf", filename=msg.attach)
    for number, part in enumerate(p for p in out.walk() if p.is_multipart()):
        # Fixed boundaries keep the committed files byte-identical to a fresh generation.
        part.set_boundary(f"----=_Part_{number}_{zlib.crc32(msg.slug.encode()):08x}")
    return _legacy_encoded_words(msg, out.as_bytes(policy=email.policy.default))


def _legacy_encoded_words(msg: Msg, raw: bytes) -> bytes:
    """Old mailers encode Subject and display names in the body's 8-bit charset, not UTF-8."""
    if msg.charset == "utf-8":
        return raw
    head, sep, rest = raw.partition(b"\n\n")
    name, addr = email.utils.parseaddr(msg.frm)
    values = {
        b"Subject": email.header.Header(msg.subject, msg.charset, header_name="Subject").encode(),
        b"From": email.utils.formataddr((name, addr), charset=msg.charset),
    }
    for header, value in values.items():
        if "=?" in value:
            line = header + b": " + value.encode("ascii") + b"\n"
            pattern = rb"(?m)^" + header + rb":.*\n(?:[ \t].*\n)*"
            head = re.sub(pattern, lambda _, line=line: line, head + b"\n", count=1)[:-1]
    return head + sep + rest
