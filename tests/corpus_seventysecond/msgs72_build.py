"""Builds raw RFC 5322 messages for the 72nd corpus from short specs.

Imports only the standard library. Each data module (msgs72_*.py) calls `m(...)` once per
message; make_seventysecond.py renders them to .eml files and labels.csv. The builder writes
the bytes itself (not through email.generator) so the corpus can hold the transfer encodings
and charsets real mail programs produce: quoted-printable, base64, raw 8bit latin-1 and
windows-1252, RFC 2047 words in Subject and display names, text/calendar parts.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

ME = ("Mathis Keller-Baptiste", "mathis.kb@example.ch")

# Local parts nobody reads: the label rule never gives these as contact.
NOT_HUMAN = re.compile(
    r"^(no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|noreply[-.\w]*|notifications?"
    r"|alerts?|jobalerts?|newsletter|news|info|mailer[-\w]*|updates?|messages?-noreply|calendar"
    r"|system|automated|hello|team|support|service|kundenservice|clientes|versand|tracking|notificaciones|benachrichtigung|avis|alertes|offres"
    r"|jobs-listings|inmail-hit-reply|invitations|digest|bonjour|contact|postmaster|billing)$",
    re.I,
)

ZONES = {"CET": 1, "CEST": 2, "GMT": 0, "BST": 1, "GST": 4, "IST": 5.5, "ART": -3, "ICT": 7}


@dataclass
class Spec:
    """One message to write, plus its labels."""

    kind: str
    scenario: str
    lang: str
    frm: tuple[str, str]
    subj: str
    body: str
    company: str = ""
    date: str = "2026-03-02 09:00"
    tz: str = "CET"
    fmt: str = "plain"  # plain | html | alt
    cte: str = "qp"  # 7bit | 8bit | qp | b64
    cs: str = "utf-8"
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = ME
    cc: str = ""
    contact: str | None = None  # None: derive from the label rule
    ics: dict[str, str] | None = None
    attach: str = ""
    html_body: str = ""
    logo: str = ""
    hdrs: dict[str, str] = field(default_factory=dict)
    reply: bool = False  # threaded: In-Reply-To/References an earlier message
    enc_subject: bool = False


ALL: list[Spec] = []


def m(kind: str, scenario: str, lang: str, frm: tuple[str, str], subj: str, body: str,
      **kw: object) -> None:
    """Register one message (called by the data modules)."""
    ALL.append(Spec(kind, scenario, lang, frm, subj, body, **kw))  # type: ignore[arg-type]


NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|ne[-_]?pas[-_]?repondre|nepasrepondre|bounce|notification|alert|mailer"
    r"|newsletter|jobmail",
    re.I,
)
SYSTEM_DOMAIN = re.compile(
    r"myworkday|taleo|greenhouse-mail|smartrecruiters|personio|teamtailor-mail|icims|csod-mail"
    r"|successfactors|lever-mail|linkedin|indeed|stepstone|glassdoor|calendly|goodtime|softgarden"
    r"|avature|hosco|hcareers|jobup|jobs\.ch", re.I)


def is_human(addr: str) -> bool:
    """Whether a person reads replies sent to this address."""
    if not addr or addr.lower() == ME[1]:
        return False
    local, domain = addr.lower().split("@")
    if NO_REPLY.search(local) or SYSTEM_DOMAIN.search(domain):
        return False
    return NOT_HUMAN.match(local) is None


def contact_of(s: Spec) -> str:
    """The label rule: a human Reply-To, else the human sender, else nothing."""
    if s.contact is not None:
        return s.contact
    if s.reply_to and is_human(s.reply_to[1]):
        return s.reply_to[1].lower()
    if is_human(s.frm[1]):
        return s.frm[1].lower()
    return ""


def _when(s: Spec) -> datetime:
    hours = ZONES[s.tz]
    return datetime.strptime(s.date, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=hours)))


def _addr(pair: tuple[str, str], cs: str) -> str:
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8" if cs == "utf-8" else cs)


def _subject(s: Spec) -> str:
    try:
        s.subj.encode("ascii")
        if not s.enc_subject:
            return s.subj
    except UnicodeEncodeError:
        pass
    return Header(s.subj, "utf-8" if s.cs == "utf-8" else s.cs, maxlinelen=76).encode()


def _encode(text: str, cs: str, cte: str) -> tuple[str, str]:
    raw = text.replace("\n", "\r\n").encode(cs)
    if cte == "b64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n")
    if cte == "8bit":
        return "8bit", raw.decode(cs).replace("\r\n", "\n")
    if not text.isascii():  # a 7bit part cannot carry it: fall back as mail programs do
        return _encode(text, cs, "qp")
    return "7bit", text


def _part(ctype: str, text: str, cs: str, cte: str, extra: str = "") -> str:
    name, payload = _encode(text, cs, cte)
    return (f"Content-Type: {ctype}; charset=\"{cs}\"{extra}\nContent-Transfer-Encoding: {name}\n\n"
            f"{payload.rstrip()}\n")


def _to_html(s: Spec) -> str:
    if s.html_body:
        return s.html_body
    paras = [p.strip() for p in s.body.split("\n\n") if p.strip()]
    cells = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'color:#333333;line-height:20px">{html.escape(p).replace(chr(10), "<br>")}</p>' for p in paras)
    logo = (f'<tr><td style="padding:18px 24px"><img src="https://cdn.example.net/brand/logo.png" '
            f'width="140" alt="{html.escape(s.logo)}"></td></tr>') if s.logo else ""
    pixel = f'<img src="https://t.example.net/o/{_mid_hash(s)[:16]}.gif" width="1" height="1" alt="">'
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;'
            'background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" '
            f'cellspacing="0" style="max-width:640px;margin:auto;background:#ffffff">{logo}'
            f'<tr><td style="padding:12px 24px">{cells}</td></tr></table>{pixel}</body></html>')


def _mid_hash(s: Spec) -> str:
    return hashlib.sha1(f"{s.scenario}|{s.date}|{s.frm[1]}|{s.subj}".encode()).hexdigest()


def _ics(s: Spec, ics: dict[str, str]) -> str:
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    end = start + timedelta(minutes=int(ics.get("minutes", "45")))
    method = ics.get("method", "REQUEST")
    stamp = _when(s).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics.get('uid', _mid_hash(s)[:20])}@example.net",
             f"DTSTAMP:{stamp}", f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
             f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', 'Microsoft Teams')}",
             f"ORGANIZER;CN={ics.get('org_name', s.frm[0])}:mailto:{ics.get('org', s.frm[1])}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME[0]}:mailto:{ME[1]}",
             f"SEQUENCE:{ics.get('sequence', '0')}",
             f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def render(s: Spec) -> bytes:
    """The message as bytes, LF line ends (as most .eml exports)."""
    domain = s.frm[1].split("@")[1]
    mid = f"<{_mid_hash(s)[:24]}@{domain}>"
    head = [f"Return-Path: <{s.frm[1]}>", f"Message-ID: {mid}", f"Date: {format_datetime(_when(s))}",
            f"From: {_addr(s.frm, s.cs)}", f"To: {_addr(s.to, s.cs)}"]
    if s.cc:
        head.append(f"Cc: {s.cc}")
    if s.reply_to:
        head.append(f"Reply-To: {_addr(s.reply_to, s.cs)}")
    head.append(f"Subject: {_subject(s)}")
    if s.reply:
        parent = f"<{_mid_hash(s)[24:40]}.prev@{s.to[1].split('@')[1]}>"
        head += [f"In-Reply-To: {parent}", f"References: <{_mid_hash(s)[:12]}.orig@{domain}> {parent}"]
    head += [f"{k}: {v}" for k, v in s.hdrs.items()]
    head.append("MIME-Version: 1.0")
    boundary = f"----=_Part_{_mid_hash(s)[:10]}"
    text = s.body.strip() + "\n"
    if s.fmt == "plain":
        body = _part("text/plain", text, s.cs, s.cte, "; format=flowed" if s.cte == "8bit" else "")
        alt = body
    elif s.fmt == "html":
        alt = _part("text/html", _to_html(s), s.cs, s.cte)
    else:
        alt = (f"Content-Type: multipart/alternative; boundary=\"{boundary}a\"\n\n"
               f"--{boundary}a\n{_part('text/plain', text, s.cs, s.cte)}"
               f"--{boundary}a\n{_part('text/html', _to_html(s), s.cs, s.cte)}")
        if s.ics:
            method = s.ics.get("method", "REQUEST")
            alt += f"--{boundary}a\n" + _part("text/calendar", _ics(s, s.ics), "utf-8", "7bit",
                                              f"; method={method}")
        alt += f"--{boundary}a--\n"
    if s.attach or (s.ics and s.fmt != "alt"):
        parts = [alt]
        if s.ics and s.fmt != "alt":
            method = s.ics.get("method", "REQUEST")
            parts.append(_part("text/calendar", _ics(s, s.ics), "utf-8", "7bit", f"; method={method}")
                         .replace("\n\n", "\nContent-Disposition: attachment; filename=\"invite.ics\"\n\n", 1))
        if s.attach:
            blob = base64.encodebytes(b"%PDF-1.4\n% corpus placeholder\n" + s.scenario.encode() * 8)
            parts.append(f"Content-Type: application/pdf; name=\"{s.attach}\"\nContent-Transfer-Encoding: "
                         f"base64\nContent-Disposition: attachment; filename=\"{s.attach}\"\n\n"
                         f"{blob.decode('ascii')}")
        body = f"Content-Type: multipart/mixed; boundary=\"{boundary}m\"\n\n" + "".join(
            f"--{boundary}m\n{p}" for p in parts) + f"--{boundary}m--\n"
    else:
        body = alt
    head_text = "\n".join(head) + "\n"
    out = head_text + body
    return out.encode(s.cs if s.cte == "8bit" else "ascii")
