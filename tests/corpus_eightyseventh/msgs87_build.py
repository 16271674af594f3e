"""Builder for the eighty-seventh corpus: turns compact message specs into .eml bytes.

Imports only the standard library; the message texts live in the msgs87_* data modules.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from html import escape

CANDIDATE = "Valentina Echeverría-Kowalczyk <valentina.ek@example.es>"
ME = "valentina.ek@example.es"
NOREPLY = re.compile(r"no-?reply|do-?not-?reply|notification|mailer|bounce|alerts?@|news@|info@", re.I)


@dataclass
class Msg:
    kind: str
    slug: str
    lang: str
    sender: str
    subject: str
    body: str
    company: str = ""
    contact: str | None = None          # None: Reply-To if given, else the sender's address
    reply_to: str = ""
    fmt: str = "plain"                  # plain | html | alt
    charset: str = "utf-8"
    cte: str | None = None              # quoted-printable | base64 | 8bit | None (library picks)
    html: str = ""
    logo: str = ""
    ics: dict[str, str] = field(default_factory=dict)
    attach: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    to: str = CANDIDATE
    date: str = "03-02 10:00"
    tz: str = "+01:00"
    thread: bool = False


def label_contact(m: Msg) -> str:
    """The SPEC's contact rule, unless the spec names it: Reply-To if set, else the sender."""
    if m.contact is not None:
        return m.contact
    source = m.reply_to or m.sender
    return getaddresses([source])[0][1].lower()


def _when(m: Msg) -> datetime:
    return datetime.fromisoformat(f"2026-{m.date.replace(' ', 'T')}:00{m.tz}")


def _auto_html(m: Msg) -> str:
    paras = [p for p in m.body.split("\n\n") if p.strip()]
    rows = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'line-height:20px;color:#333333">{escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras)
    token = hashlib.sha1(m.slug.encode()).hexdigest()[:16]
    logo = (f'<tr><td style="padding:18px 24px;background:#f4f4f4"><img src="https://cdn.example.net/'
            f'{token}/logo.png" alt="{escape(m.logo)}" width="140" height="32"></td></tr>'
            if m.logo else "")
    return ('<!DOCTYPE html><html><head><meta charset="' + m.charset + '"></head>'
            '<body style="margin:0;padding:0;background:#ffffff">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
            f'{logo}<tr><td style="padding:24px">{rows}</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:11px;color:#999999">'
            f'<a href="https://click.example.net/ls/click?upn={token}" style="color:#999999">'
            'Privacy</a> &middot; <img src="https://click.example.net/o/' + token +
            '.gif" width="1" height="1" alt=""></td></tr></table></body></html>')


def _ics(m: Msg, when: datetime) -> str:
    ics = m.ics
    start = datetime.fromisoformat(ics["start"]).astimezone(UTC)
    end = start + timedelta(minutes=int(ics.get("minutes", "45")))
    fmt = "%Y%m%dT%H%M%SZ"
    org = getaddresses([ics.get("organizer", m.sender)])[0]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 2.1//EN", "VERSION:2.0",
        f"METHOD:{ics.get('method', 'REQUEST')}", "BEGIN:VEVENT",
        f"UID:{hashlib.md5(ics.get('uid', m.slug).encode()).hexdigest()}@example.com",
        f"DTSTAMP:{when.astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics['summary']}",
        f"ORGANIZER;CN={org[0] or org[1]}:mailto:{org[1]}",
        f"ATTENDEE;CN=Valentina Echeverría-Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        f"LOCATION:{ics.get('location', '')}",
        f"SEQUENCE:{ics.get('sequence', '0')}",
        f"STATUS:{'CANCELLED' if ics.get('method') == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def build(m: Msg) -> bytes:
    when = _when(m)
    msg = EmailMessage()
    msg["From"] = m.sender
    msg["To"] = m.to
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(when)
    domain = getaddresses([m.sender])[0][1].split("@")[-1]
    seed = hashlib.sha1(m.slug.encode()).hexdigest()
    msg["Message-ID"] = f"<{seed[:12]}.{seed[12:20]}@{domain}>"
    if m.thread or m.subject.lower().startswith(("re:", "aw:", "rv:", "re :")):
        parent = f"<CAF{seed[20:34]}{seed[:6]}@mail.example.es>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{seed[5:17]}.{seed[30:36]}@{domain}> {parent}"
    msg["MIME-Version"] = "1.0"
    for key, value in m.extra.items():
        msg[key] = value
    kw: dict[str, str] = {"charset": m.charset}
    if m.cte:
        kw["cte"] = m.cte
    html = m.html or (_auto_html(m) if m.fmt in ("html", "alt") else "")
    if m.fmt == "html":
        msg.set_content(html, subtype="html", **kw)
    else:
        msg.set_content(m.body, **kw)
        if m.fmt == "alt":
            msg.add_alternative(html, subtype="html", **kw)
    if m.ics:
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(_ics(m, when), subtype="calendar",
                            params={"method": m.ics.get("method", "REQUEST")})
        msg.add_attachment(_ics(m, when).encode(), maintype="application", subtype="ics",
                           filename="invite.ics")
    if m.attach:
        data = b"%PDF-1.4\n% corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=m.attach)
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{number}_{seed[:10]}")  # stable output between runs
    return _legacy_subject(msg.as_bytes(), m)


def _legacy_subject(raw: bytes, m: Msg) -> bytes:
    """Mail sent in a legacy charset often encodes its subject in that charset too."""
    if m.charset == "utf-8" or m.subject.isascii():
        return raw
    header, sep, rest = raw.partition(b"\n\n")
    encoded = Header(m.subject, m.charset, header_name="Subject").encode(linesep="\n")
    header = re.sub(rb"^Subject:.*?\n(?! )", b"Subject: " + encoded.encode() + b"\n", header + b"\n",
                    count=1, flags=re.M | re.S)[:-1]
    return header + sep + rest

